"""Uncached pages cost a small number of queries that does not grow with the content around them
(menu entries, featured items, translations)."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db

PATHS = ["/en/", "/fr/", "/en/about/", "/fr/soutien-aux-defenseurexs/"]


def queries_for(client, path):
    client.get(path)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


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
    few = queries_for(client, path)
    assert few <= 16, f"{path}: {few} queries"
    add_menu_pages(demo_site, 30)
    assert queries_for(client, path) == few
