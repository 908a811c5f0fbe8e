"""One benchmark database: built when missing, then its pages found and their queries counted.

Run by bench.py in a process of its own, with DATABASE_URL and MEDIA_ROOT set:

    python tests/benchmarks/bench_data.py 10000

It migrates, loads the demo when missing, tops the library up to the given number of English
resources (a fifth also get a French version; the French library falls back to English for the
rest), then prints one JSON object: each benchmarked page's path and the SQL queries one
uncached render costs (page cache off, after a warm-up request, as on a running server).
"""

import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishr_site.settings.test")
os.environ.setdefault("ADMIN_PASSWORD", "benchmark-only-password")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from programmes.models import ModelLawPage, ProgrammesIndexPage  # noqa: E402
from resources.library import visible_resources  # noqa: E402
from resources.models import ResourceIndexPage, ResourcePage  # noqa: E402
from resources.models.index_page import RESULTS_PER_PAGE  # noqa: E402

# Two types and a file language: a full page of 20 cards at both sizes (24 matches at 100,
# 1,791 at 10,000), so the two sizes render the same page and differ only in the library's
# size. (A filter matching one resource at 100 and a full page at 10,000 measured mostly
# the 19 extra cards.)
FILTER = "?type=guide&type=report&language=en"


def build(size):
    quiet = io.StringIO()
    call_command("migrate", verbosity=0)
    if not ResourceIndexPage.objects.exists():
        call_command("load_demo_content", stdout=quiet)
    missing = size - ResourcePage.objects.filter(locale__language_code="en").count()
    if missing > 0:
        call_command("add_bulk_resources", count=missing, stdout=quiet)


def first_live(model):
    return model.objects.live().filter(locale__language_code="en").order_by("path").first()


def pages():
    """(name, path) of the benchmarked pages; slugs come from the database."""
    library = first_live(ResourceIndexPage).url
    # Page 50 where there is one (10,000 resources), else the last page (100 resources: 5): a
    # page past the end is shown as the last one but is not a variant the caches keep.
    listed = visible_resources(Locale.objects.get(language_code="en")).count()
    deep = min(50, -(-listed // RESULTS_PER_PAGE))
    resource = (
        ResourcePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-first_published_at", "-pk")
        .first()
    )
    return [
        ("home", "/en/"),
        ("programmes index", first_live(ProgrammesIndexPage).url),
        ("Model Law", first_live(ModelLawPage).url),
        ("library", library),
        ("library, filtered", library + FILTER),
        ("library, deep page", f"{library}?page={deep}"),
        ("resource", resource.url),
        ("search", "/en/search/?q=human+rights+council"),
        # French search stems titles and summaries too (home/page_search.py): measured on its own.
        ("search (fr)", "/fr/search/?q=conseil+des+droits+de+l%27homme"),
    ]


def queries(client, path):
    response = client.get(path)  # warm-up: menus, footer and library counts cached
    assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as context:
        client.get(path)
    return len(context)


def main():
    build(int(sys.argv[1]))
    client = Client()
    found = {name: {"path": path, "queries": queries(client, path)} for name, path in pages()}
    sys.stdout.write(json.dumps(found) + "\n")


if __name__ == "__main__":
    main()
