"""Known routes: once Wagtail has found the page an address names, the next uncached request
finds it in one query, and is otherwise served exactly as before. A route never outlives a
change to what it leads to, however the change is written, and never skips a restriction.
The page cache is off here (test settings): each request renders the page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db


def page_queries(client, path):
    """(the page queries of one request, the page it answered)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return [q["sql"] for q in captured if "wagtailcore_page" in q["sql"]], response.content


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/fr/", "/en/programmes/model-law/"])
def test_a_known_address_is_found_in_one_query_and_answers_the_same(client, demo_site, path):
    first, found_by_wagtail = page_queries(client, path)
    again, found_by_its_route = page_queries(client, path)
    assert len(again) == 1, again
    assert len(first) > 1
    assert found_by_its_route == found_by_wagtail


def test_a_page_unpublished_without_signals_is_gone_on_the_next_request(client, demo_site):
    about = demo_site.page("about/")
    client.get(about.url)
    client.get(about.url)  # served through its known route
    Page.objects.filter(pk=about.pk).update(live=False)
    assert client.get(about.url).status_code == 404


def test_a_page_renamed_by_raw_sql_leaves_its_old_address(client, demo_site):
    about = demo_site.page("about/")
    old_url = about.url
    client.get(old_url)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page SET slug = %s, url_path = %s WHERE id = %s",
            ["who-we-are", about.url_path.replace("/about/", "/who-we-are/"), about.pk],
        )
    assert client.get(old_url).status_code == 404
    assert client.get(old_url.replace("/about/", "/who-we-are/")).status_code == 200


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_known_route_still_asks_for_the_restriction(client, demo_site, language):
    about = demo_site.page("about/")
    page = about if language == "en" else demo_site.french_of(about)
    client.get(page.url)
    client.get(page.url)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response.headers["Location"]


def test_a_restriction_written_by_raw_sql_guards_the_page_at_once(client, demo_site):
    """Serving reads where restricted sections start from the same per-generation entry as
    listings: a restriction inserted without a model save or signal takes effect at once."""
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    for page in (about, french):
        assert client.get(page.url).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailcore_pageviewrestriction (page_id, restriction_type, password) "
            "VALUES (%s, %s, %s)",
            [about.pk, PageViewRestriction.LOGIN, ""],
        )
    for page in (about, french):
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert "login" in response.headers["Location"]


def test_sub_routes_of_routable_pages_are_left_to_wagtail(client, demo_site):
    """A training's calendar is a sub-route of its page: the page and the calendar each keep
    answering with their own content, however often they are asked for."""
    training = Page.objects.get(slug="webinar-universal-periodic-review").specific
    for _ in range(2):
        assert client.get(training.url + "calendar/")["Content-Type"].startswith("text/calendar")
        page = client.get(training.url)
        assert page["Content-Type"].startswith("text/html")
        assert training.title in page.content.decode()
