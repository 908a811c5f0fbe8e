"""Uploads: only real documents and images of bounded size; documents served safely."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image

import pytest
from PIL import Image as PillowImage

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03" + b"\x00" * 200


def office_file(part):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<document/>")
    return buffer.getvalue()


def open_document(mimetype):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("1", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", PDF),
        ("report.docx", office_file("word/document.xml")),
        ("figures.xlsx", office_file("xl/workbook.xml")),
        ("report.odt", open_document("application/vnd.oasis.opendocument.text")),
        ("figures.csv", b"country,cases\nSuisse,3\n"),
        ("notes.txt", "Défenseur·e·x·s\n".encode()),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
    ],
)
def test_real_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Document.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("drawing.svg", SVG, "“.svg” files cannot be uploaded"),
        ("page.html", HTML, "“.html” files cannot be uploaded"),
        ("setup.exe", WINDOWS_PROGRAM, "“.exe” files cannot be uploaded"),
        ("report.pdf", HTML, "This file’s content is not a real .pdf file"),
        ("report.pdf", SVG, "This file’s content is not a real .pdf file"),
        ("report.docx", WINDOWS_PROGRAM, "This file’s content is not a real .docx file"),
        ("report.docx", office_file("xl/workbook.xml"), "not a real .docx file"),
        ("notes.txt", HTML, "This file’s content is not a real .txt file"),
        ("data.csv", WINDOWS_PROGRAM, "This file’s content is not a real .csv file"),
    ],
)
def test_bad_documents_are_refused_with_a_clear_error(
    admin_client, name, content, message, rows_before
):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Document.objects.count() == rows_before["documents"]


@override_settings(DOCUMENTS_MAX_UPLOAD_SIZE=1024)
def test_oversized_documents_are_refused(admin_client, rows_before):
    response = upload_document(admin_client, "big.pdf", PDF + b"0" * 2048)
    assert "documents can be at most 1.0\xa0KB" in response.content.decode()
    assert Document.objects.count() == rows_before["documents"]


def test_the_multiple_upload_form_checks_content_too(admin_client, rows_before):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("report.pdf", HTML)},
    )
    assert response.json()["success"] is False
    assert "not a real .pdf file" in response.json()["error_message"]
    assert Document.objects.count() == rows_before["documents"]


def test_documents_are_served_through_the_serve_view(admin_client, client):
    upload_document(admin_client, "report.pdf", PDF)
    upload_document(admin_client, "report.docx", office_file("word/document.xml"))
    pdf = Document.objects.get(title="report.pdf")
    docx = Document.objects.get(title="report.docx")
    assert pdf.url.startswith("/documents/") and "/media/" not in pdf.url
    inline = client.get(pdf.url)
    attachment = client.get(docx.url)
    assert inline.status_code == 200 and attachment.status_code == 200
    assert inline.headers["Content-Disposition"].startswith("inline")
    assert attachment.headers["Content-Disposition"].startswith("attachment")
    assert attachment.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in attachment.headers["Content-Security-Policy"]


def test_a_real_image_is_accepted(admin_client):
    response = upload_image(admin_client, "photo.png", png(800, 600))
    assert response.status_code == 302
    assert Image.objects.filter(title="photo.png").exists()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("drawing.svg", SVG, "Not a supported image format"),
        ("photo.png", HTML, "Not a valid .png image"),
        ("photo.png", PDF, "Upload a valid image"),
        # Small files that would unpack into huge bitmaps (decompression bombs).
        ("bomb.png", png(8000, 6000), "too many pixels"),
        ("bomb.png", png(20000, 20000), "too many pixels"),
    ],
    ids=["svg", "html-as-png", "pdf-as-png", "48-megapixels", "400-megapixels"],
)
def test_bad_images_are_refused_with_a_clear_error(
    admin_client, name, content, message, rows_before
):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Image.objects.count() == rows_before["images"]


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=2048)
def test_oversized_images_are_refused(admin_client, rows_before):
    response = upload_image(admin_client, "photo.png", png(3000, 2000) + b"\x00" * 4096)
    assert "This file is too big" in response.content.decode()
    assert Image.objects.count() == rows_before["images"]
