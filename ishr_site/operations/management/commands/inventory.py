"""Rows per model and media files, as JSON: to compare two databases or check a restore."""

import json

from django.core.management.base import BaseCommand

from ishr_site.operations.backup import inventory


class Command(BaseCommand):
    help = "Print the number of rows of every model and of media files, as JSON."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(inventory(), indent=2))
