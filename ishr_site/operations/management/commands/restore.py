"""`make restore BACKUP=…`: put back a backup archive and check every count."""

from django.core.management.base import BaseCommand, CommandError

from ishr_site.operations.backup import restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and media files with those of a backup archive, then check "
        "that every model and file count matches the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz made by `manage.py backup`.")
        parser.add_argument("--no-input", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        if not options["no_input"]:
            answer = input("This replaces the current database and media files. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        expected, found = restore_backup(options["archive"])
        differences = {
            label: (count, found["models"].get(label))
            for label, count in expected["models"].items()
            if found["models"].get(label) != count
        }
        if expected["media_files"] != found["media_files"]:
            differences["media files"] = (expected["media_files"], found["media_files"])
        if differences:
            lines = "\n".join(
                f"  {k}: expected {e}, found {f}" for k, (e, f) in differences.items()
            )
            raise CommandError(f"Restored, but counts differ:\n{lines}")
        rows = sum(found["models"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {rows} rows and {found['media_files']} media files; every count matches."
            )
        )
