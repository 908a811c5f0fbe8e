"""`make backup`: the database and the media files in one archive."""

from django.core.management.base import BaseCommand

from ishr_site.operations.backup import create_backup


class Command(BaseCommand):
    help = "Write a backup archive (database dump, media files, row counts) to --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="Folder for the archive.")

    def handle(self, *args, **options):
        archive, manifest = create_backup(options["output"])
        rows = sum(manifest["inventory"]["models"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {archive} ({rows} rows, "
                f"{manifest['inventory']['media_files']} media files)."
            )
        )
        self.stdout.write(str(archive))
