"""Uncached pages cost a small number of queries that does not grow with the content around them
(menu entries, featured items, translations): right after a publish, when the fragments kept per
site generation (menu, footer, language links) are built afresh, and then with them read from
the cache. Nothing is kept in the worker between requests, so every render reads the page, its
site, locale and restrictions from the database."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from home.models import StandardPage
from ishr_site.caching.generation import start_new_generation

pytestmark = pytest.mark.django_db

PATHS = ["/en/", "/fr/", "/en/about/", "/fr/soutien-aux-defenseurexs/"]
# Measured after a change / with the fragments cached: /en/ 35 / 6, /fr/ 44 / 7, /en/about/
# 24 / 7, /fr/soutien-aux-defenseurexs/ 32 / 8, the same with 30 more menu pages (routing reads
# every page of the path in one query, then the page served). French pages cost more: routing
# from the default language's home finds its French translation. The home pages' sections
# (latest updates, the open call, trainings, resources, priorities, a story) cost about nine
# queries once per site generation; kept in the page's fragment after that.
BUDGET_AFTER_A_CHANGE = 45
BUDGET = 8


def count_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def queries_for(client, path):
    """(queries of the first render in a new generation, of the next one)."""
    client.get(path)  # warm Django's content types and Wagtail's renditions
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
    assert first <= BUDGET_AFTER_A_CHANGE, f"{path}: {first} queries after a publish"
    assert again <= BUDGET, f"{path}: {again} queries"
    add_menu_pages(demo_site, 30)
    assert queries_for(client, path) == (first, again)
