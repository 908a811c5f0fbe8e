"""A resource's downloadable files, one per language version.

The file's format, size and (for PDFs) page count are measured once when it is saved, never
per request. The rows are plain (not translatable) child objects of the page: wagtail-localize
copies them to each translation when it syncs, so a French page offers exactly the same files.
"""

import logging
from pathlib import PurePosixPath

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from resources.admin_panels import DocumentTextPanel
from resources.languages import LANGUAGE_CHOICES, language_info

from .document_text import TextStatus

logger = logging.getLogger(__name__)


def count_pdf_pages(document):
    """Pages in a PDF document, or None when it cannot be read (damaged or encrypted)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with document.open_file() as handle:
            return len(PdfReader(handle).pages)
    except (PyPdfError, OSError, ValueError) as error:
        logger.warning("Cannot count pages of document %s: %s", document.pk, error)
        return None


class ResourceFile(Orderable):
    page = ParentalKey("resources.ResourcePage", on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The file visitors download (served through the site, never a direct link)."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        db_index=True,
        help_text=_("The language the file is written in; any language, not only the site's."),
    )
    file_format = models.CharField(
        _("format"),
        max_length=10,
        blank=True,
        editable=False,
        help_text=_("Measured from the file when saved, e.g. PDF."),
    )
    file_size = models.PositiveBigIntegerField(
        _("size in bytes"),
        null=True,
        editable=False,
        help_text=_("Measured from the file when saved."),
    )
    page_count = models.PositiveIntegerField(
        _("pages"),
        null=True,
        editable=False,
        help_text=_("Counted from PDF files when saved."),
    )
    measured_file = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("The stored file the measurements belong to; re-measured when it changes."),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), DocumentTextPanel()]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return f"{self.document_id} ({self.language})"

    def save(self, *args, **kwargs):
        from resources.text_extraction.scheduling import schedule_extraction
        from resources.text_extraction.store import set_language

        if self.document_id and self.measured_file != self.document.file.name:
            self.measure()
        super().save(*args, **kwargs)
        if self.document_id:
            set_language(self.document_id, self.language)
            # The task itself skips a file already read (e.g. a translation's copy of the row).
            schedule_extraction(self.document_id)

    def measure(self):
        document = self.document
        self.file_format = PurePosixPath(document.file.name).suffix.lstrip(".").upper()[:10]
        self.file_size = document.get_file_size()
        self.page_count = count_pdf_pages(document) if self.file_format == "PDF" else None
        self.measured_file = document.file.name

    @property
    def text_record(self):
        """The document's extracted-text status, or None before it is first read."""
        from resources.models.document_text import DocumentText

        try:
            return self.document.extracted_text
        except DocumentText.DoesNotExist:
            return None

    @property
    def text_waiting(self):
        """True until the document's current file is read: never read yet, or replaced since
        (with a task queue the new file waits for the worker, and the old text is no news)."""
        record = self.text_record
        return record is None or record.source_file != self.document.file.name

    @property
    def text_status_label(self):
        if self.text_waiting:
            return TextStatus.PENDING.label
        return self.text_record.get_status_display()

    @property
    def text_reason_label(self):
        record = self.text_record
        return record.get_reason_display() if not self.text_waiting and record.reason else ""

    @property
    def language_label(self):
        return language_info(self.language)


def files_anyone_can_open(queryset=None):
    """File rows whose document lies in no restricted collection: the only files public pages
    list, count, filter by or search inside (see `home.restrictions`)."""
    from home.restrictions import public_document_ids

    if queryset is None:
        queryset = ResourceFile.objects.all()
    return queryset.filter(document_id__in=public_document_ids())


# Where a listing keeps each resource's public files (see `ResourcePage._public_files`).
PUBLIC_FILES = "public_files_listed"


def prefetch_public_files():
    """For listings of many resources: their public files in one query, kept under
    `PUBLIC_FILES` so no other prefetch of `files` (all of them) is mistaken for it."""
    return Prefetch("files", queryset=files_anyone_can_open(), to_attr=PUBLIC_FILES)
