"""Upload checks for documents: an allowed size, and content that matches the extension.

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS; this form also opens the
file, so that a renamed executable, an HTML page or an SVG called `report.pdf` is refused with a
clear message instead of being served to defenders as if it were a PDF.
"""

import os
import zipfile

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, .xls, .ppt
# Zip-based formats: the part an OOXML file must contain, or an OpenDocument's `mimetype`.
OOXML_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
ZIP_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
}
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script")


def read_head(uploaded, size=4096):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def zip_matches(uploaded, extension):
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if extension in OOXML_PARTS:
                return "[Content_Types].xml" in names and OOXML_PARTS[extension] in names
            if "mimetype" not in names:
                return False
            return archive.read("mimetype").strip() == ZIP_MIMETYPES[extension].encode()
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    finally:
        uploaded.seek(0)


def text_matches(uploaded):
    """Plain text or CSV: readable as UTF-8 (or Windows Latin), no binary, no markup."""
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if b"\x00" in data:
        return False
    if data.lstrip().lower().startswith(MARKUP_STARTS):
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            data.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def content_matches_extension(uploaded, extension):
    head = read_head(uploaded)
    if extension == "pdf":
        return b"%PDF-" in head[:1024]
    if extension in {"doc", "xls", "ppt"}:
        return head.startswith(OLE2_SIGNATURE)
    if extension in OOXML_PARTS or extension in ZIP_MIMETYPES:
        return zip_matches(uploaded, extension)
    if extension in {"txt", "csv"}:
        return text_matches(uploaded)
    return False  # an extension allowed in settings but unknown here: refuse rather than guess


class CheckedDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "collection" in self.fields:
            # The choices leave out private collections for those who may not use them (see
            # `private_documents`): say why, instead of Django's "Select a valid choice".
            self.fields["collection"].error_messages["invalid_choice"] = _(
                "Only Moderators can put documents in private collections, or take them out. "
                "Choose another collection, or ask a Moderator."
            )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Editing a document without replacing its file keeps the stored, already checked one.
        if not uploaded or not hasattr(uploaded, "content_type"):
            return uploaded
        limit = settings.DOCUMENTS_MAX_UPLOAD_SIZE
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("This file is %(size)s; documents can be at most %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            )
        extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise forms.ValidationError(
                _("“.%(extension)s” files cannot be uploaded. Allowed: %(allowed)s."),
                code="invalid_extension",
                params={
                    "extension": extension,
                    "allowed": ", ".join(settings.WAGTAILDOCS_EXTENSIONS),
                },
            )
        if not content_matches_extension(uploaded, extension):
            raise forms.ValidationError(
                _(
                    "This file’s content is not a real .%(extension)s file. Save it again in "
                    "that format, or upload it with its true extension."
                ),
                code="content_mismatch",
                params={"extension": extension},
            )
        return uploaded
