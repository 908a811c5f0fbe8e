"""How often each document is downloaded: one aggregate number per document, nothing about who
downloaded it (no IP address, user agent, cookie or time of day)."""

from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class DownloadCount(models.Model):
    # Shown only in the admin's downloads report: counting a download (a visitor's request)
    # changes no public page, so it never starts a new site generation (ishr_site/caching/writes.py).
    changes_public_pages = False

    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="download_count",
        help_text=_("The downloaded document."),
    )
    count = models.PositiveBigIntegerField(
        _("downloads"), default=0, help_text=_("Times the document has been served.")
    )

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        ordering = ["-count"]

    def __str__(self):
        return f"{self.document}: {self.count}"

    @classmethod
    def increment(cls, document_id):
        """Add one in the database itself, so simultaneous downloads are never lost. A queryset
        update sends no signal; the first download's new row says it changes no page."""
        updated = cls.objects.filter(document_id=document_id).update(count=F("count") + 1)
        if not updated:
            cls.objects.get_or_create(document_id=document_id)
            cls.objects.filter(document_id=document_id).update(count=F("count") + 1)
