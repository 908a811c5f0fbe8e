"""Permanent redirects from the previous site's addresses of updates to the new pages."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from ishr_site.newsroom.old_addresses import import_old_addresses


class Command(BaseCommand):
    help = (
        "Read a CSV of old addresses of updates (columns old_address and optionally new_slug) "
        "and create permanent redirects to the new pages; lines that match no update are "
        "reported. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="Path of the CSV file.")

    def handle(self, *args, csv_file, **options):
        try:
            with open(csv_file, encoding="utf-8-sig", newline="") as lines, transaction.atomic():
                report = import_old_addresses(lines)
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": csv_file, "error": error.strerror}
            ) from error
        for number, address, why in report.unmatched:
            self.stderr.write(
                _("Line %(line)s: %(address)s not matched (%(why)s)")
                % {"line": number, "address": address, "why": why}
            )
        self.stdout.write(
            _(
                "%(created)s redirects created, %(updated)s updated, %(unchanged)s unchanged, "
                "%(unmatched)s lines not matched."
            )
            % {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "unmatched": len(report.unmatched),
            }
        )
