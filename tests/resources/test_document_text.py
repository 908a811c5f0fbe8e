"""Reading resource files for search: every upload is saved whatever its content, its status
says why a file has no searchable text, limits hold, and a replaced file's old text is gone."""

import io
import time

from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtail.documents.models import Document

import pytest

from resources.models import DocumentText, DocumentTextPage, ResourceFile, TextReason, TextStatus
from resources.pdfs import make_text_pdf
from resources.text_extraction.readers import Limits, extract
from tests import document_files

pytestmark = pytest.mark.django_db


def add_file(page, name, content, capture, language="en"):
    """Upload a document and attach it to `page`, committing as the admin's save does."""
    with capture(execute=True):
        document = Document(title=name)
        document.file.save(name, ContentFile(content), save=False)
        document.save()
        ResourceFile.objects.create(page=page, document=document, language=language)
    return DocumentText.objects.filter(document=document).first(), document


def found(client, query, language="en"):
    library = "resources" if language == "en" else "ressources"
    return client.get(f"/{language}/{library}/", {"q": query}).content.decode()


@pytest.mark.parametrize(
    ("maker", "reason"),
    [
        (document_files.damaged_pdf, TextReason.DAMAGED),
        (document_files.encrypted_pdf, TextReason.ENCRYPTED),
        (document_files.image_only_pdf, TextReason.IMAGE_ONLY),
    ],
)
def test_unreadable_pdfs_upload_fine_with_the_reason_for_editors(
    admin_client, resource_demo, django_capture_on_commit_callbacks, maker, reason
):
    page = resource_demo.resource("reprisals-handbook")
    record, document = add_file(page, "upload.pdf", maker(), django_capture_on_commit_callbacks)
    assert ResourceFile.objects.filter(page=page, document=document).exists()
    assert (record.status, record.reason) == (TextStatus.NO_TEXT, reason)
    assert not record.pages.exists()
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert str(reason.label) in edit.content.decode()
    report = admin_client.get("/admin/reports/document-text/")
    assert document.title in report.content.decode()


def test_a_good_pdf_is_searchable_and_its_page_counted(
    client, resource_demo, django_capture_on_commit_callbacks
):
    page = resource_demo.resource("reprisals-handbook")
    content = document_files.text_pdf("Nothing here.", "The quokka sanctuary report.")
    record, _document = add_file(page, "good.pdf", content, django_capture_on_commit_callbacks)
    assert (record.status, record.reason, record.page_count) == (
        TextStatus.SEARCHABLE,
        "",
        3,
    )  # cover and two pages
    html = found(client, "quokka sanctuary")
    assert "/en/resources/reprisals-handbook/" in html
    assert "Found in the English PDF, page 3" in html  # page 1 is the cover


def test_a_word_file_is_searchable_without_a_page_number(
    client, resource_demo, django_capture_on_commit_callbacks
):
    page = resource_demo.resource("reprisals-handbook")
    content = document_files.docx("Notes on the axolotl hearings")
    record, _document = add_file(page, "notes.docx", content, django_capture_on_commit_callbacks)
    assert record.status == TextStatus.SEARCHABLE and not record.paged
    html = found(client, "axolotl hearings")
    assert "Found in the English DOCX</a>" in html
    assert "notes.docx#page" not in html


def test_a_decompression_bomb_is_refused_quickly(resource_demo, django_capture_on_commit_callbacks):
    page = resource_demo.resource("reprisals-handbook")
    started = time.monotonic()
    record, _document = add_file(
        page, "bomb.pdf", document_files.bomb_pdf(), django_capture_on_commit_callbacks
    )
    assert time.monotonic() - started < 15
    assert (record.status, record.reason) == (TextStatus.NO_TEXT, TextReason.TOO_LARGE)


def test_page_and_character_caps_keep_the_beginning(
    settings, resource_demo, django_capture_on_commit_callbacks
):
    settings.RESOURCE_TEXT_LIMITS = {"max_pages": 5, "max_characters": 1500}
    pages = [f"Page {n}: defenders report threats to the committee." * 5 for n in range(40)]
    record, _document = add_file(
        resource_demo.resource("reprisals-handbook"),
        "long.pdf",
        make_text_pdf("Long", "en", pages),
        django_capture_on_commit_callbacks,
    )
    assert (record.status, record.reason) == (TextStatus.SEARCHABLE, TextReason.TRUNCATED)
    assert record.page_count <= 5
    assert sum(len(p.text) for p in record.pages.all()) <= 1500


def test_reading_stops_at_the_soft_deadline_with_what_it_read():
    pages = 300
    content = make_text_pdf("Long", "en", ["Defenders and the committee. " * 40] * pages)
    started = time.monotonic()
    result = extract(content, "PDF", Limits(soft_seconds=0.05))
    # Reading all 300 pages takes from a third of a second (a fast, idle machine) to seconds;
    # the deadline ends it after a fraction of them, keeping the pages read until then.
    assert time.monotonic() - started < 5
    assert result.reason == "truncated"
    assert 0 < len(result.pages) < pages
    assert result.pages[0][0] == 1


def test_a_stuck_worker_is_killed_and_the_upload_still_saved(
    settings, resource_demo, django_capture_on_commit_callbacks
):
    settings.RESOURCE_TEXT_HARD_TIMEOUT = 0.01
    started = time.monotonic()
    record, document = add_file(
        resource_demo.resource("reprisals-handbook"),
        "slow.pdf",
        document_files.text_pdf("Anything."),
        django_capture_on_commit_callbacks,
    )
    assert time.monotonic() - started < 5
    assert (record.status, record.reason) == (TextStatus.NO_TEXT, TextReason.TIMED_OUT)
    assert ResourceFile.objects.filter(document=document).exists()


def test_replacing_a_file_replaces_its_text_in_search(
    client, resource_demo, django_capture_on_commit_callbacks
):
    page = resource_demo.resource("reprisals-handbook")
    record, document = add_file(
        page,
        "first.pdf",
        document_files.text_pdf("The quetzal migration study."),
        django_capture_on_commit_callbacks,
    )
    assert "/en/resources/reprisals-handbook/" in found(client, "quetzal migration")
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("second.pdf", ContentFile(document_files.text_pdf("Ocelot tracks.")))
    assert "/en/resources/reprisals-handbook/" not in found(client, "quetzal migration")
    assert "/en/resources/reprisals-handbook/" in found(client, "ocelot tracks")
    texts = DocumentTextPage.objects.filter(document_text__document=document)
    assert [p.text for p in texts] == ["Test file", "Ocelot tracks."]  # cover, page 2


def test_editors_can_read_a_file_again(admin_client, resource_demo):
    document = resource_demo.resource("reprisals-handbook").files.first().document
    DocumentText.objects.filter(document=document).delete()
    url = f"/admin/resources/documents/{document.pk}/read-text/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"next": "https://elsewhere.example/"})
    assert response.status_code == 302 and "elsewhere" not in response["Location"]
    assert DocumentText.objects.get(document=document).status == TextStatus.SEARCHABLE


def test_the_command_reads_what_is_missing_and_resumes(resource_demo):
    documents = ResourceFile.objects.filter(
        page=resource_demo.resource("reprisals-handbook")
    ).values("document")
    DocumentText.objects.filter(document__in=documents).delete()
    out = io.StringIO()
    call_command("extract_document_text", stdout=out)
    assert "document" in out.getvalue() and "searchable" in out.getvalue()
    assert "Read 1 file(s)" in out.getvalue()
    again = io.StringIO()
    call_command("extract_document_text", stdout=again)
    assert "Read 0 file(s)" in again.getvalue()


def test_generated_files_hold_the_text_stored_for_them():
    from random import Random

    from resources.bulk_resource_files import page_texts

    texts = page_texts(Random(1), "civic space", "generated-abc-en")
    result = extract(make_text_pdf("Generated", "en", texts), "PDF", Limits())
    read = [" ".join(text.split()) for _number, text in result.pages[1:]]
    assert read == [" ".join(text.split()) for text in texts]
