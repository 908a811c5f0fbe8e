"""Finding a page costs the same at any depth of the tree, and routes as Wagtail would."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, path):
    client.get(path)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, demo_site):
    parent, paths = demo_site.home_en, []
    for level in range(1, 5):
        parent = StandardPageFactory(parent=parent, title=f"Level {level}")
        paths.append(parent.url)
    assert paths[-1] == "/en/level-1/level-2/level-3/level-4/"
    assert queries_for(client, paths[-1]) == queries_for(client, paths[0])


def test_drafts_missing_pages_and_routes_of_routable_pages(client, demo_site):
    about = demo_site.page("about/")
    StandardPageFactory(parent=about, title="Draft", live=False)
    assert client.get("/en/about/draft/").status_code == 404
    assert client.get("/en/about/missing/").status_code == 404
    # The library's own route (its feed) is found below it, in both languages.
    assert client.get("/en/resources/feed/").status_code == 200
    assert client.get("/fr/ressources/feed/").status_code == 200
    assert client.get("/en/resources/feed/extra/").status_code == 404
