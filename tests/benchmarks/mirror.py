"""How long `export_mirror` takes: a full export, then an export with nothing changed, then one
after a single page was edited, on the demo site topped up with generated resources.

Run on PostgreSQL, against a database of its own (it adds thousands of pages):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<database> \\
        .venv/bin/python tests/benchmarks/mirror.py --resources 10000

It migrates, loads the demo content when missing, tops the library up to the given number of
English resources with `add_bulk_resources`, and exports into a temporary folder.
"""

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishr_site.settings.test")
os.environ.setdefault("ADMIN_PASSWORD", "benchmark-only-password")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from home.models import StandardPage  # noqa: E402
from resources.models import ResourceIndexPage, ResourcePage  # noqa: E402


def say(line):
    """Benchmark output is the point of this script: plain lines on standard output."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def export(output):
    stdout = io.StringIO()
    started = time.perf_counter()
    call_command("export_mirror", output=str(output), stdout=stdout)
    seconds = time.perf_counter() - started
    return seconds, stdout.getvalue().strip().splitlines()[-1]


def folder_size(folder):
    files = [path for path in folder.rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=10000)
    options = parser.parse_args()
    say(f"Database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    if not ResourceIndexPage.objects.exists():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
    missing = options.resources - ResourcePage.objects.filter(locale__language_code="en").count()
    if missing > 0:
        started = time.perf_counter()
        call_command("add_bulk_resources", count=missing, stdout=io.StringIO())
        say(f"Generated {missing} resources in {time.perf_counter() - started:.1f} s")
    pages = ResourcePage.objects.live().count()
    say(f"{pages} live resource pages (both languages)")

    scratch = Path(tempfile.mkdtemp(prefix="ishr-mirror-benchmark-"))
    try:
        output = scratch / "ishr-mirror"
        seconds, summary = export(output)
        count, size = folder_size(output)
        archive = output.with_name("ishr-mirror.zip").stat().st_size
        say(
            f"Full export:        {seconds:7.1f} s  {count} files, {size / 1e6:.0f} MB, zip {archive / 1e6:.0f} MB"
        )
        say(f"  {summary}")
        seconds, summary = export(output)
        say(f"Nothing changed:    {seconds:7.1f} s")
        say(f"  {summary}")
        page = StandardPage.objects.get(slug="privacy", locale__language_code="en")
        page.intro = f"{page.intro} (edited by the benchmark)"
        page.save_revision().publish()
        seconds, summary = export(output)
        say(f"One page edited:    {seconds:7.1f} s")
        say(f"  {summary}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
