"""Searching is the dearest thing a visitor can ask for: anonymous searches are limited per
client address, bounded in length and page number, and over the limit a visitor gets a short
page in their language asking them to wait, with no cookie, never cached."""

from datetime import UTC, datetime, timedelta

from django.test import Client

import pytest
import time_machine

pytestmark = pytest.mark.django_db

LIMIT = 5
NOW = datetime(2026, 12, 1, 9, 0, 5, tzinfo=UTC)


@pytest.fixture(autouse=True)
def small_search_limit(settings):
    settings.SEARCH_RATE_LIMIT = f"{LIMIT}/m"
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def searches(client, path, count, start=0, **headers):
    # Distinct words: none of them answered by the page cache.
    return [client.get(path, {"q": f"rights{n}"}, **headers) for n in range(start, start + count)]


def assert_friendly_refusal(response, language):
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Content-Language"] == language
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert "X-Cache" not in response
    assert not response.cookies
    text = response.content.decode()
    if language == "fr":
        assert "Trop de recherches" in text
        assert 'lang="fr"' in text
    else:
        assert "Too many searches" in text


def test_site_search_over_the_limit_asks_to_wait_in_english(demo_site, frozen):
    visitor = Client()
    answered = searches(visitor, "/en/search/", LIMIT)
    assert [r.status_code for r in answered] == [200] * LIMIT
    (refused,) = searches(visitor, "/en/search/", 1, start=LIMIT)
    assert_friendly_refusal(refused, "en")
    # The refusal is not cached either: the next minute, the same search is answered.
    frozen.shift(timedelta(seconds=61))
    (again,) = searches(visitor, "/en/search/", 1, start=LIMIT)
    assert again.status_code == 200


def test_french_search_over_the_limit_asks_to_wait_in_french(demo_site, frozen):
    visitor = Client()
    searches(visitor, "/fr/search/", LIMIT)
    (refused,) = searches(visitor, "/fr/search/", 1, start=LIMIT)
    assert_friendly_refusal(refused, "fr")


def test_the_library_search_shares_the_limit(resource_demo, frozen):
    visitor = Client()
    searches(visitor, "/en/search/", LIMIT - 1)
    (last,) = searches(visitor, "/en/resources/", 1, start=100)
    assert last.status_code == 200
    (refused,) = searches(visitor, "/fr/ressources/", 1, start=200)
    assert_friendly_refusal(refused, "fr")
    # Browsing and filtering the library is not searching: never limited.
    for value in ("report", "guide", "manual"):
        assert visitor.get("/en/resources/", {"type": value}).status_code == 200


def test_each_address_has_its_own_limit(demo_site, frozen):
    visitor = Client()
    searches(visitor, "/en/search/", LIMIT + 1, REMOTE_ADDR="192.0.2.10")
    (other,) = searches(visitor, "/en/search/", 1, start=50, REMOTE_ADDR="192.0.2.11")
    assert other.status_code == 200


def test_a_cached_search_is_still_served_over_the_limit(demo_site, frozen):
    visitor = Client()
    first = visitor.get("/en/search/", {"q": "defenders"})
    assert first["X-Cache"] == "MISS"
    searches(visitor, "/en/search/", LIMIT + 1)
    # Answered from the page cache: it costs nothing, so it is not refused.
    assert visitor.get("/en/search/", {"q": "defenders"})["X-Cache"] == "HIT"


def test_staff_signed_in_are_not_limited(demo_site, admin_client, frozen):
    answered = searches(admin_client, "/en/search/", LIMIT + 3)
    assert {r.status_code for r in answered} == {200}


def test_over_long_queries_and_odd_page_numbers_get_a_normal_page(demo_site, frozen):
    visitor = Client()
    long_query = "défenseurs " * 2000
    response = visitor.get("/fr/search/", {"q": long_query})
    assert response.status_code == 200
    for page in ("0", "-3", "99999999999999999999999999", "1" * 5000, "2.5", "x"):
        assert visitor.get("/en/resources/", {"page": page}).status_code == 200, page
        frozen.shift(timedelta(seconds=61))
        assert visitor.get("/en/search/", {"q": "rights", "page": page}).status_code == 200, page
