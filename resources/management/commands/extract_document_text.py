"""Read the text of every resource file for search: for a library that existed before text
search, or after changing the limits. Resumable: a file already read from its current stored
file is skipped (unless --force), so an interrupted run picks up where it stopped."""

import time

from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model

from resources.models import ResourceFile
from resources.text_extraction.store import extract_and_store, needs_reading


class Command(BaseCommand):
    help = "Read (or re-read) the text of resource files so search finds phrases inside them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Read every file again, even if already read."
        )
        parser.add_argument(
            "--in-process",
            action="store_true",
            help="Read in this process instead of a bounded worker: only for trusted files.",
        )

    def handle(self, *args, force=False, in_process=False, **options):
        documents = (
            get_document_model()
            .objects.filter(pk__in=ResourceFile.objects.values("document_id"))
            .order_by("pk")
        )
        total = documents.count()
        started = time.monotonic()
        read = skipped = 0
        for position, document in enumerate(documents.iterator(), start=1):
            if force or needs_reading(document):
                record = extract_and_store(document, isolated=not in_process)
                read += 1
                self.stdout.write(
                    f"[{position}/{total}] document {document.pk}: {record.status}"
                    + (f" ({record.reason})" if record.reason else "")
                    + f", {record.page_count} pages, {record.seconds:.2f} s"
                )
            else:
                skipped += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Read {read} file(s), skipped {skipped} already read, "
                f"in {time.monotonic() - started:.1f} s."
            )
        )
