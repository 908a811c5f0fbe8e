"""Finding a page costs the same however many pages sit beside it or above it: the home page's
own `route()` (home/routing.py) reads every page the path could name in one query, then the
page served in its specific form, where Wagtail's walk costs two queries a level. It finds what
Wagtail's walk finds: drafts on the way, only a live page served, routable pages' own routes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, path):
    client.get(path)  # warm Django's content types and Wagtail's renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def add_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_page_costs_the_same_however_many_pages_sit_beside_it(client, demo_site):
    level_1 = add_page(demo_site.home_en, "Level 1", "level-1")
    page = add_page(level_1, "Level 2", "level-2")
    alone = queries_for(client, page.url)
    for number in range(30):
        add_page(level_1, f"Sibling {number}", f"sibling-{number}")
    assert queries_for(client, page.url) == alone


def test_each_level_down_costs_nothing_more(client, demo_site):
    parent, paths = demo_site.home_en, []
    for level in range(1, 5):
        parent = add_page(parent, f"Level {level}", f"level-{level}")
        paths.append(parent.url)
    assert paths[-1] == "/en/level-1/level-2/level-3/level-4/"
    # Breadcrumbs are one query whatever the depth; the language links are cached per page.
    assert queries_for(client, paths[-1]) == queries_for(client, paths[0])


def test_a_draft_on_the_way_still_leads_to_its_live_page(client, demo_site):
    """As in Wagtail's walk: only the page served must be live."""
    draft = StandardPage(title="Draft section", slug="draft-section", live=False)
    demo_site.home_en.add_child(instance=draft)
    live = add_page(draft, "Live below a draft", "live-below")
    assert client.get("/en/draft-section/").status_code == 404
    response = client.get("/en/draft-section/live-below/")
    assert response.status_code == 200
    assert live.title in response.text


def test_drafts_missing_pages_and_routes_of_routable_pages(client, demo_site):
    about = demo_site.page("about/")
    StandardPageFactory(parent=about, title="Draft", live=False)
    assert client.get("/en/about/draft/").status_code == 404
    assert client.get("/en/about/missing/").status_code == 404
    # The library's own route (its feed) is found below it, in both languages.
    assert client.get("/en/resources/feed/").status_code == 200
    assert client.get("/fr/ressources/feed/").status_code == 200
    assert client.get("/en/resources/feed/extra/").status_code == 404
    # Pages below a routable page are found when its own routes do not match.
    assert client.get("/en/resources/model-law/").status_code == 200
    assert client.get("/en/resources/model-law/feed/").status_code == 404
