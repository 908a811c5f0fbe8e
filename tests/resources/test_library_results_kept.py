"""A page of library results (its cards and page links) is rendered once per site generation,
language and choice of filters, then read from the shared cache: read again it costs no query
for the results, a publish shows in it on the next request, and a query string the library did
not understand is never kept, so nothing one visitor put in the address bar reaches another's
page links."""

from datetime import date

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from resources.models import ResourcePage
from tests.resources_fixtures import generate
from tests.resources_html import listed

pytestmark = pytest.mark.django_db

LIBRARY = "/en/resources/"
# Measured with the page of results and the counts kept: 10 (site, locale, routing, the
# library page, restrictions, terms' generation read…); the results and files cost 2 more.
BUDGET_WITH_RESULTS_KEPT = 10


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize("url", [LIBRARY, f"{LIBRARY}?page=2", f"{LIBRARY}?type=guide&sort=title"])
def test_results_read_again_cost_no_result_queries(client, empty_library, url):
    generate(45)
    first_count, first = queries(client, url)
    again_count, again = queries(client, url)
    assert listed(again) == listed(first) and listed(again)
    assert again_count <= BUDGET_WITH_RESULTS_KEPT < first_count


@override_settings(PAGE_CACHE_SECONDS=0)
def test_a_publish_shows_in_kept_results_at_once(client, empty_library):
    generate(25)
    listed(client.get(LIBRARY))  # the first page of results is now kept
    newest = ResourcePage(
        title="Newest briefing on reprisals",
        summary="Published just now.",
        publication_date=date(2026, 11, 30),
        resource_type="policy-brief",
    )
    empty_library.add_child(instance=newest)
    newest.save_revision().publish()
    assert listed(client.get(LIBRARY))[0][0] == "Newest briefing on reprisals"
    newest.unpublish()
    assert "Newest briefing on reprisals" not in str(listed(client.get(LIBRARY)))


@override_settings(PAGE_CACHE_SECONDS=0)
def test_what_one_visitor_adds_to_the_address_never_reaches_another(client, empty_library):
    generate(45)
    own = client.get(f"{LIBRARY}?campaign=private-token-of-one-visitor").content.decode()
    # Their own page keeps what they sent in its page links (Django's {% querystring %}) …
    assert "private-token-of-one-visitor" in own
    # … but the next visitor's page of results is built for them, not read from that one.
    assert "private-token-of-one-visitor" not in client.get(LIBRARY).content.decode()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_a_page_past_the_end_reads_the_last_page_kept(client, empty_library):
    generate(45)  # three pages of results
    last = listed(client.get(f"{LIBRARY}?page=3"))
    count, past = queries(client, f"{LIBRARY}?page=99")
    assert listed(past) == last
    assert count <= BUDGET_WITH_RESULTS_KEPT
