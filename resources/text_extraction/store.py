"""Save an extraction: replace the document's pages and status in one transaction, and keep
the search index in step (the old text is gone from search the moment the new one is in)."""

import logging

from django.db import connection, transaction
from django.utils import timezone

from wagtail.search.backends import get_search_backend

from .readers import TRUNCATED
from .runner import read_document

logger = logging.getLogger(__name__)


def file_language(document):
    from resources.models import ResourceFile

    return (
        ResourceFile.objects.filter(document=document)
        .order_by("pk")
        .values_list("language", flat=True)
        .first()
        or ""
    )


def needs_reading(document):
    from resources.models import DocumentText

    record = DocumentText.objects.filter(document=document).first()
    return record is None or record.source_file != document.file.name


def extract_and_store(document, isolated=True):
    """Read the document's file and store what was found; never raises for a bad file."""
    result, seconds = read_document(document, isolated=isolated)
    return store(document, result, seconds)


def store(document, result, seconds=0.0):
    from resources.models import DocumentText, DocumentTextPage, TextStatus

    language = file_language(document)
    with transaction.atomic():
        record, _created = DocumentText.objects.select_for_update().get_or_create(document=document)
        _drop_pages(record)
        pages = DocumentTextPage.objects.bulk_create(
            DocumentTextPage(document_text=record, number=number, language=language, text=text)
            for number, text in result.pages
        )
        record.status = TextStatus.SEARCHABLE if pages else TextStatus.NO_TEXT
        record.reason = result.reason if (not pages or result.reason == TRUNCATED) else ""
        record.source_file = document.file.name
        record.paged = result.paged
        record.page_count = len(pages)
        record.characters = sum(len(page.text) for page in pages)
        record.seconds = round(seconds, 3)
        record.read_at = timezone.now()
        record.save()
        _index(pages)
    return record


def _drop_pages(record):
    from resources.models import DocumentTextPage

    stale = DocumentTextPage.objects.filter(document_text=record)
    if connection.vendor != "postgresql":
        backend = get_search_backend()
        for page in stale:
            backend.delete(page)
    stale._raw_delete(stale.db)


def _index(pages):
    """On SQLite (and other databases) Wagtail's index is what finds the text; PostgreSQL
    finds it through the table's own GIN indexes, so it is not copied into Wagtail's index."""
    if pages and connection.vendor != "postgresql":
        get_search_backend().add_bulk(type(pages[0]), pages)


def set_language(document_id, language):
    """Keep the stored pages' language (French stemming) in step with the file row's."""
    from resources.models import DocumentTextPage

    DocumentTextPage.objects.filter(document_text__document_id=document_id).exclude(
        language=language
    ).update(language=language)
