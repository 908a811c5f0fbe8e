"""Search inside documents: extraction time per PDF page, and search latency with and without
document text at a given library size.

Run on PostgreSQL, against a database of its own (it adds thousands of pages and files):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<database> MEDIA_ROOT=<scratch folder> \\
        .venv/bin/python tests/benchmarks/document_search.py --size 10000

Extraction: PDFs of realistic text (about 1,900 characters a page) read in this process and in
the bounded worker process, plus one 2,000-page PDF read with the default limits. Search: the
library is topped up to `--size` resources with `add_bulk_resources` (each file its own PDF
with its own text), then each URL is rendered through Django's test client, once with
document text and once as the site searched before it (document matching switched off).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishr_site.settings.test")
os.environ.setdefault("ADMIN_PASSWORD", "benchmark-only-password")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from resources import document_matches  # noqa: E402
from resources.models import DocumentTextPage, ResourceIndexPage, ResourcePage  # noqa: E402
from resources.pdfs import make_text_pdf  # noqa: E402
from resources.text_extraction.readers import Limits, extract  # noqa: E402
from resources.text_extraction.runner import _in_worker  # noqa: E402

PAGE_TEXT = (
    "Defenders we interviewed said that lawyers document threats and attacks before reporting "
    "them to the special rapporteur, and that community leaders prepare a shadow report for "
    "the treaty body review. "
) * 9
# Generated text draws on a small stock of sentences, so its phrases ("shadow report…") are on
# two pages in three: the worst case. The demo's "grounds pass lanyard" is in one file only,
# like a phrase a defender remembers from one guide.
URLS = {
    "library, searched (common word)": "/en/resources/?q=defenders",
    "library, searched (common phrase)": "/en/resources/?q=shadow+report+treaty+body",
    "library, searched (one file)": "/en/resources/?q=grounds+pass+lanyard",
    "library, searched (title words)": "/en/resources/?q=reprisals+handbook",
    "site search": "/en/search/?q=human+rights+council",
    "site search (common phrase)": "/en/search/?q=urgent+appeals+detained",
    "site search (one file)": "/en/search/?q=grounds+pass+lanyard",
    "site search (French)": "/fr/search/?q=droits",
}


def say(line):
    """Benchmark output is the point of this script: plain lines on standard output."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def extraction_figures(long_pages):
    say("Extraction (median of 3, ms per page):")
    for pages in (10, 100):
        content = make_text_pdf("Benchmark", "en", [PAGE_TEXT] * pages)
        for name, reader in (
            ("in process", lambda c: extract(c, "PDF", Limits())),
            ("worker process", lambda c: _in_worker(c, "PDF", Limits())),
        ):
            timings = []
            for _ in range(3):
                started = time.perf_counter()
                result = reader(content)
                timings.append((time.perf_counter() - started) * 1000)
            assert len(result.pages) == pages + 1
            per_page = statistics.median(timings) / (pages + 1)
            say(f"  {pages:>4} pages, {name:<15} {per_page:6.1f} ms/page")
    content = make_text_pdf("Benchmark", "en", [PAGE_TEXT] * long_pages)
    started = time.perf_counter()
    result = _in_worker(content, "PDF", Limits())
    say(
        f"  {long_pages} pages, worker, default limits: {time.perf_counter() - started:.1f} s, "
        f"{len(result.pages)} pages and {result.characters:,} characters kept "
        f"({result.reason or 'complete'})"
    )


def top_up(size):
    missing = size - ResourcePage.objects.filter(locale__language_code="en").count()
    if missing > 0:
        started = time.perf_counter()
        call_command("add_bulk_resources", count=missing, stdout=open(os.devnull, "w"))  # noqa: SIM115
        say(f"  generated {missing} resources in {time.perf_counter() - started:.1f} s")


def median_ms(client, url, repeat):
    client.get(url)
    timings = []
    for _ in range(repeat):
        cache.clear()  # uncached: the library's counts would otherwise hide the search
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings)


def without_document_text():
    """Switch document matching off, as the site searched before it existed."""
    ResourcePage.search_matches_outside_fields = None
    document_matches.attach_document_matches = lambda resources, query: resources


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--long-pages", type=int, default=2000)
    parser.add_argument("--search-only", action="store_true", help="Skip the extraction figures.")
    options = parser.parse_args()
    say(f"Database: {connection.vendor}")
    if not options.search_only:
        extraction_figures(options.long_pages)
    call_command("migrate", verbosity=0)
    if not ResourceIndexPage.objects.exists():
        call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    say(f"{options.size} resources:")
    top_up(options.size)
    say(f"  {DocumentTextPage.objects.count():,} pages of document text")
    client = Client()
    with_text = {name: median_ms(client, url, options.repeat) for name, url in URLS.items()}
    without_document_text()
    without = {name: median_ms(client, url, options.repeat) for name, url in URLS.items()}
    say("Search, uncached, median ms: with document text / without / ratio")
    for name in URLS:
        ratio = with_text[name] / without[name]
        say(f"  {name:<34} {with_text[name]:7.1f} {without[name]:7.1f}  {ratio:.2f}×")


if __name__ == "__main__":
    main()
