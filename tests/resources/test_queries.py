"""Query budgets: list and search pages cost the same number of queries at 10 and 200
resources (nothing is fetched per result shown).

Site search loads each result's own fields with one query per page type on the page shown
(Wagtail's `specific()`): its cost depends on the mix of types, bounded by the number of page
types, so it is held to the budget rather than to an exact count.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from ishr_site.caching.generation import start_new_generation
from tests.resources_fixtures import generate
from tests.resources_html import listed

pytestmark = pytest.mark.django_db

URLS = [
    "/en/resources/",
    "/fr/ressources/",
    "/en/resources/?type=guide&type=report&type=study&type=manual&language=en&sort=title",
    "/fr/ressources/?topic=reprisals&topic=upr&topic=civic-space&topic=treaty-bodies&sort=oldest",
    "/en/resources/?q=rights&page=2",
    "/en/search/?q=rights",
    "/fr/search/?q=rights",
    "/en/resources/feed/",
]
# Measured right after a publish, when the facet counts are computed afresh too (they are kept
# per site generation): 38 for the English library, 46 for the French one (its routing finds the
# French home, its fallback reads both languages), 41 for a search in the library; the same at
# both sizes. Site search: 24 to 32, with the mix of page types found.
BUDGET = 46


def query_counts(client):
    counts = {}
    for url in URLS:
        client.get(url)  # warm Django's content types and Wagtail's renditions
        start_new_generation()  # as after a publish: counts and fragments built afresh
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "resource-card" in html or "search-result" in html or "<entry>" in html, url
        counts[url] = len(context)
    return counts


def test_list_and_search_queries_do_not_grow_with_results(
    client, empty_library, django_assert_max_num_queries
):
    assert generate(10) == 10
    small = query_counts(client)
    assert len(listed(client.get("/en/resources/"))) == 10
    assert generate(190) == 200
    large = query_counts(client)
    assert len(listed(client.get("/en/resources/"))) == 20
    exact = [url for url in URLS if "/search/" not in url]
    assert {url: large[url] for url in exact} == {url: small[url] for url in exact}
    for counts in (small, large):
        assert max(counts.values()) <= BUDGET, counts
    for url in URLS:
        with django_assert_max_num_queries(BUDGET):
            client.get(url)
