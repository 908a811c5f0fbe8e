"""The text extracted from a document, stored page by page so a match can name its page.

Keyed by the Wagtail document, not by the resource's file row: wagtail-localize copies file
rows to each translation, and both copies point at the same document, so the text is read and
stored once. `source_file` records which stored file the text came from; a replaced file no
longer matches it and is read again, its old pages deleted.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from resources.text_extraction import readers


class TextStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be read")
    SEARCHABLE = "searchable", _("Searchable text")
    NO_TEXT = "no_text", _("No searchable text")


class TextReason(models.TextChoices):
    NONE = "", _("Nothing to report")
    ENCRYPTED = readers.ENCRYPTED, _("The file is password-protected, so it cannot be read.")
    DAMAGED = readers.DAMAGED, _("The file is damaged or not in the format its name says.")
    IMAGE_ONLY = (
        readers.IMAGE_ONLY,
        _("The file has no text layer (scanned pages are images); run it through OCR first."),
    )
    UNSUPPORTED = (
        readers.UNSUPPORTED,
        _("Text is read from PDF, DOCX, ODT and EPUB files only."),
    )
    TOO_LARGE = readers.TOO_LARGE, _("The file is too large to read safely.")
    TIMED_OUT = readers.TIMED_OUT, _("Reading the file took too long and was stopped.")
    TRUNCATED = (
        readers.TRUNCATED,
        _(
            "Only the beginning of the file is searchable: it passes the page, length or time limit."
        ),
    )


class DocumentText(models.Model):
    # Every field is measured by the extraction, never typed by an editor (editable=False).
    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="extracted_text",
        editable=False,
    )
    status = models.CharField(
        _("text status"),
        max_length=12,
        choices=TextStatus.choices,
        default=TextStatus.PENDING,
        editable=False,
    )
    reason = models.CharField(
        _("reason"),
        max_length=12,
        choices=TextReason.choices,
        blank=True,
        default="",
        editable=False,
    )
    source_file = models.CharField(
        _("file read"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("The stored file the text was read from; read again when it changes."),
    )
    paged = models.BooleanField(_("has pages"), default=True, editable=False)
    page_count = models.PositiveIntegerField(_("pages with text"), default=0, editable=False)
    characters = models.PositiveIntegerField(_("characters"), default=0, editable=False)
    seconds = models.FloatField(_("seconds to read"), default=0, editable=False)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return f"{self.document_id}: {self.status}"


class DocumentTextPage(index.Indexed, models.Model):
    """One page of text. Indexed by Wagtail's database backend (SQLite's FTS5 table); on
    PostgreSQL the GIN indexes of migration 0003 are used instead (see `document_search.py`)."""

    document_text = models.ForeignKey(
        DocumentText, on_delete=models.CASCADE, related_name="pages", editable=False
    )
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)  # None: no pages
    language = models.CharField(max_length=8, blank=True, db_index=True, editable=False)
    text = models.TextField(editable=False)

    search_fields = [index.SearchField("text")]

    class Meta:
        ordering = ["document_text", "number"]

    def __str__(self):
        return f"{self.document_text_id} p. {self.number}"
