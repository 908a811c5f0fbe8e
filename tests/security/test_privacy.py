"""Visiting the site leaves no trace: no cookies, no stored addresses or search terms."""

from django.apps import apps

from wagtail.documents.models import Document

import pytest

from home.models import ContactPage

from .conftest import EXTRA_PUBLIC_URLS, live_page_urls

pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def a_document(demo_site):
    from django.core.files.base import ContentFile

    document = Document(title="Annual report")
    document.file.save("annual-report.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def test_no_cookies_for_anonymous_visitors_on_any_page_in_either_language(demo_site, client):
    document = a_document(demo_site)
    urls = [url for _type, _language, url in live_page_urls()]
    urls += EXTRA_PUBLIC_URLS + [document.url, "/en/?q=defenders", "/fr/?q=d%C3%A9fenseurs"]
    contact_urls = {page.url for page in ContactPage.objects.live()}
    checked = 0
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code < 500, url
        cookies = set(response.cookies.keys())
        if url in contact_urls:
            # The one POST form: only its CSRF token, and the page is never cached.
            assert cookies == {"csrftoken"}, url
            assert "no-store" in response.headers["Cache-Control"], url
            assert "private" in response.headers["Cache-Control"], url
        else:
            assert cookies == set(), f"{url} set {cookies}"
            assert "Set-Cookie" not in response.headers, url
        checked += 1
        client.cookies.clear()
    assert checked >= 12
    assert len(contact_urls) == 2


def test_anonymous_browsing_and_searching_write_nothing(demo_site, client):
    """No address, search term or visit is stored: the database is unchanged by reading."""
    urls = [url for _type, _language, url in live_page_urls()]
    for url in urls:
        client.get(url)  # the first view of an image makes its resized copies (renditions)
    before = row_counts()
    for url in urls:
        client.get(url, {"q": "torture Geneva"}, REMOTE_ADDR="203.0.113.7")
        client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert row_counts() == before


def test_the_privacy_notice_is_published_in_both_languages(demo_site, client):
    privacy = demo_site.page("privacy/")
    english = client.get(privacy.url)
    french = client.get(demo_site.french_of(privacy).url)
    assert english.status_code == 200 and french.status_code == 200
    assert "No cookies are set when you read the site." in english.content.decode()
    assert "Aucun cookie n’est déposé" in french.content.decode()
    assert 'lang="fr"' in french.content.decode()
