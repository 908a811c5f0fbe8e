"""`manage.py export_mirror --output DIR`: a static copy of the public site anyone can host."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ishr_site.mirror.export import MirrorRenderer
from ishr_site.mirror.output import MirrorError, StagedExport
from ishr_site.mirror.rendering import MOST_PROCESSES, default_processes, why_one_process

PROGRESS_EVERY_SECONDS = 2


class Command(BaseCommand):
    help = (
        "Export every public page, file and image into a static mirror folder (and a .zip of it "
        "beside it, with its SHA-256). Run again to update it: only what changed is rewritten."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="The mirror folder to write.")
        parser.add_argument(
            "--live-site",
            default=settings.MIRROR_LIVE_SITE,
            help="The live site's host name, named on every page of the mirror.",
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help=(
                "How many processes render pages at once (default: one per CPU, at most "
                f"{MOST_PROCESSES})."
            ),
        )

    def handle(self, *args, output, live_site, processes=None, **options):
        if processes is not None and processes < 1:
            raise CommandError("--processes must be 1 or more.")
        processes = self.usable_processes(processes)
        started = time.monotonic()
        last_report = [started]

        def progress(done, total):
            now = time.monotonic()
            if now - last_report[0] >= PROGRESS_EVERY_SECONDS or done == total:
                last_report[0] = now
                self.stdout.write(f"  {done} of {total} pages and listings exported…")

        try:
            writer = StagedExport(output)
            writer.start()
        except MirrorError as error:
            raise CommandError(str(error)) from error
        try:
            renderer = MirrorRenderer(writer, live_site, progress=progress, processes=processes)
            unresolved = renderer.run()
            zip_path = writer.output.with_name(writer.output.name + ".zip")
            writer.finish(zip_path)
        except MirrorError as error:
            writer.abort()
            raise CommandError(str(error)) from error
        except BaseException:
            writer.abort()
            raise
        for path in sorted(unresolved):
            self.stderr.write(
                f"  not in the mirror (links to it go to the language choice): {path}"
            )
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Mirror in {writer.output} ({len(writer.files)} files: {len(writer.written)} "
                f"written, {writer.kept} unchanged) in {seconds:.1f} s with {processes} "
                f"rendering process{'es' if processes > 1 else ''}; archive {zip_path}."
            )
        )

    def usable_processes(self, asked):
        reason = why_one_process()
        if reason is None:
            return asked or default_processes()
        if asked and asked > 1:
            self.stdout.write(f"  Pages are rendered in one process: {reason}.")
        return 1
