"""Median render time and query count of the library and search at two content sizes.

Run on PostgreSQL, against a database of its own (it adds thousands of pages):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<database> \\
        .venv/bin/python tests/benchmarks/library.py --sizes 100 10000

It migrates, loads the demo content when missing, then tops the library up to each size with
`add_bulk_resources` (it never removes resources, so start from an empty database) and renders
each page through Django's test client (no network, no web server) after a warm-up.
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
from django.test.utils import CaptureQueriesContext  # noqa: E402

from resources.models import ResourceIndexPage, ResourcePage  # noqa: E402

URLS = {
    "library": "/en/resources/",
    "library (French)": "/fr/ressources/",
    "library, filtered": "/en/resources/?type=guide&type=report&topic=reprisals&language=fr",
    "library, searched": "/en/resources/?q=defenders",
    "site search": "/en/search/?q=human+rights+council",
    "site search (French)": "/fr/search/?q=droits",
}


def say(line):
    """Benchmark output is the point of this script: plain lines on standard output."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def english_resources():
    return ResourcePage.objects.filter(locale__language_code="en").count()


def top_up(size):
    missing = size - english_resources()
    if missing > 0:
        started = time.perf_counter()
        call_command("add_bulk_resources", count=missing, stdout=open(os.devnull, "w"))  # noqa: SIM115
        say(f"  generated {missing} resources in {time.perf_counter() - started:.1f} s")


def measure(client, url, repeat, cold):
    """Median milliseconds and queries; `cold` empties the cache before each request, as
    after an edit (the library's counts are cached until resources change)."""
    client.get(url)  # warm-up: per-process caches
    timings = []
    for _ in range(repeat):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return statistics.median(timings), len(context)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10000])
    parser.add_argument("--repeat", type=int, default=15, help="Requests per page and size.")
    options = parser.parse_args()
    say(f"Database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    if not ResourceIndexPage.objects.exists():
        call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    results = {}
    for size in sorted(options.sizes):
        say(f"{size} resources:")
        top_up(size)
        for name, url in URLS.items():
            for cold in (False, True):
                median, queries = measure(client, url, options.repeat, cold)
                results[(name, size, cold)] = median
                state = "uncached" if cold else "cached"
                say(f"  {name:<22} {state:<9} median {median:7.1f} ms  {queries:3d} queries")
    if len(options.sizes) > 1:
        small, large = min(options.sizes), max(options.sizes)
        say(f"Ratio {large} / {small} (cached, uncached):")
        for name in URLS:
            ratios = [results[(name, large, c)] / results[(name, small, c)] for c in (0, 1)]
            say(f"  {name:<22} {ratios[0]:.2f}×  {ratios[1]:.2f}×")


if __name__ == "__main__":
    main()
