"""Uncached pages cost a small number of queries that does not grow with the content around them
(menu entries, featured items, translations): right after a publish, when every worker builds
what it remembers per site generation afresh, and then none at all for what it remembered."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from home.models import StandardPage
from ishr_site.caching.generation import start_new_generation

pytestmark = pytest.mark.django_db

PATHS = ["/en/", "/fr/", "/en/about/", "/fr/soutien-aux-defenseurexs/"]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def queries_for(client, path):
    """(queries of the first render in a new generation, of the next one)."""
    client.get(path)  # warm per-process caches (content types, renditions)
    start_new_generation()
    return count_queries(client, path), count_queries(client, path)


def add_menu_pages(demo_site, count):
    for number in range(count):
        page = StandardPage(
            title=f"Menu page {number}", slug=f"menu-page-{number}", show_in_menus=True
        )
        demo_site.home_en.add_child(instance=page)
        page.save_revision().publish()


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize("path", PATHS)
def test_page_queries_stay_small_and_flat(client, demo_site, path):
    first, again = queries_for(client, path)
    # Measured: 17 to 26, the menu, footer and language links built afresh included.
    assert first <= 26, f"{path}: {first} queries after a publish"
    assert again == 0, f"{path}: {again} queries"
    add_menu_pages(demo_site, 30)
    assert queries_for(client, path) == (first, again)
