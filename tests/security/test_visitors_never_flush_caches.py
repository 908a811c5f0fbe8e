"""Nothing an anonymous visitor does starts a new site generation: downloading documents (each
counted) and writing to us leave every cached page and fragment in place, though both write to
the database. Editors' changes still show at once."""

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document

import pytest

from ishr_site.caching.generation import GENERATION_KEY, current_generation, page_cache
from resources.models import DownloadCount

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def new_documents(count):
    """Public documents in this test's own media folder (the demo's files are elsewhere)."""
    documents = []
    for number in range(count):
        document = Document(title=f"Report {number}")
        document.file.save(f"report-{number}.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
        documents.append(document)
    return documents


def stored_generation():
    return page_cache().get(GENERATION_KEY)


def download(client, document):
    response = client.get(document.url)
    assert response.status_code == 200, document.url
    b"".join(response.streaming_content) if response.streaming else response.content


def test_many_anonymous_downloads_leave_the_generation_and_cached_pages(demo_site):
    visitor = Client()
    documents = new_documents(5)
    assert visitor.get("/en/about/")["X-Cache"] == "MISS"
    assert visitor.get("/fr/")["X-Cache"] == "MISS"
    generation = stored_generation()
    assert generation is not None
    for _round in range(3):
        for document in documents:
            download(visitor, document)
    # Every document was counted, the first download of each making its counter.
    assert DownloadCount.objects.filter(document__in=documents, count=3).count() == 5
    assert stored_generation() == generation
    assert visitor.get("/en/about/")["X-Cache"] == "HIT"
    assert visitor.get("/fr/")["X-Cache"] == "HIT"


def test_a_contact_message_leaves_the_generation(demo_site):
    visitor = Client()
    contact = demo_site.page("contact/")
    visitor.get("/en/")
    generation = stored_generation()
    sent = visitor.post(
        contact.url,
        {"your_name": "A", "your_e_mail_address": "a@example.org", "your_message": "Hello"},
    )
    assert sent.status_code == 200
    assert stored_generation() == generation
    assert visitor.get("/en/")["X-Cache"] == "HIT"


def test_an_editor_unpublishing_still_starts_a_new_generation(demo_site, admin_client):
    visitor = Client()
    assert visitor.get("/en/about/").status_code == 200
    generation = current_generation()
    about = demo_site.page("about/")
    response = admin_client.post(f"/admin/pages/{about.pk}/unpublish/", {})
    assert response.status_code == 302
    assert stored_generation() != generation
    assert visitor.get("/en/about/").status_code == 404


def test_an_editor_publishing_still_starts_a_new_generation(demo_site, admin_user):
    visitor = Client()
    visitor.get("/en/about/")
    generation = stored_generation()
    about = demo_site.page("about/")
    about.title = "About the International Service for Human Rights"
    about.save_revision(user=admin_user).publish(user=admin_user)
    assert stored_generation() != generation
    response = visitor.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "About the International Service for Human Rights" in response.text


def test_editors_downloading_a_document_leave_the_generation(demo_site, admin_client):
    (document,) = new_documents(1)
    admin_client.get("/en/")
    generation = stored_generation()
    download(admin_client, document)
    assert stored_generation() == generation
