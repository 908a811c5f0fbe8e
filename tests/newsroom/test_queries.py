"""The updates index and its feeds cost the same number of queries at 10 and 200 updates:
nothing is fetched per update shown."""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from ishr_site.caching.generation import start_new_generation
from ishr_site.newsroom.models import UpdatePage
from tests.newsroom.helpers import listed, make_update, remove_demo_updates

pytestmark = pytest.mark.django_db

URLS = [
    "/en/latest-updates/",
    "/fr/actualites/",
    "/en/latest-updates/?type=news&type=statement&topic=reprisals&topic=upr&year=2026",
    "/fr/actualites/?region=africa&country=mali&page=1",
    "/en/latest-updates/?q=defenders&page=2",
    "/en/latest-updates/feed/",
    "/fr/actualites/feed/topic/reprisals/",
    "/en/latest-updates/feed/country/mali/",
]
KINDS = ["news", "statement", "joint-letter", "press-release", "op-ed"]


def generate(count):
    start = UpdatePage.objects.count()
    for number in range(start, count):
        make_update(
            f"Defenders update {number}",
            kind=KINDS[number % len(KINDS)],
            day=date(2026, 11, 1) - timedelta(days=number),
            topics=["reprisals", "upr"][: 1 + number % 2],
            countries=["mali"] if number % 3 == 0 else [],
            regions=["africa"] if number % 4 == 0 else [],
            publish=False,  # live without a revision: the same for the index, much faster
        )
    return UpdatePage.objects.count()


def query_counts(client):
    counts = {}
    for url in URLS:
        client.get(url)  # warm Django's content types
        start_new_generation()  # as after a publish: counts and fragments built afresh
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, url
        assert "update-card" in response.text or "<entry>" in response.text, url
        counts[url] = len(context)
    return counts


def test_index_and_feed_queries_do_not_grow_with_updates(client, demo_site):
    remove_demo_updates()
    assert generate(10) == 10
    small = query_counts(client)
    assert len(listed(client.get("/en/latest-updates/"))) == 10
    assert generate(200) == 200
    large = query_counts(client)
    assert len(listed(client.get("/en/latest-updates/"))) == 20
    assert large == small
