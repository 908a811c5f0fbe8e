"""A restricted update (or one inside a restricted index) is never listed, searched, fed,
shown on the home page or linked as related, in any language."""

from datetime import date

from wagtail.models import PageViewRestriction

import pytest

from tests.newsroom.helpers import make_update

pytestmark = pytest.mark.django_db

SECRET = "Confidential briefing on a defender in hiding"


@pytest.fixture
def restricted_update(demo_site):
    page = make_update(
        SECRET,
        kind="statement",
        topics=["reprisals"],
        countries=["mongolia"],
        day=date(2026, 12, 1),
        summary="Where a defender hides.",
    )
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    return page


@pytest.mark.parametrize(
    "url",
    [
        "/en/latest-updates/",
        "/fr/actualites/",
        "/en/latest-updates/?topic=reprisals",
        "/en/latest-updates/?q=Confidential",
        "/en/latest-updates/feed/",
        "/fr/actualites/feed/",
        "/en/latest-updates/feed/topic/reprisals/",
        "/en/latest-updates/feed/country/mongolia/",
        "/en/search/?q=Confidential+briefing",
        "/fr/search/?q=Confidential+briefing",
        "/en/",
        "/fr/",
        "/en/latest-updates/mongolia-law-five-years/",
        "/sitemap.xml",
    ],
)
def test_a_restricted_update_is_never_listed(client, demo_site, restricted_update, url):
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert "Where a defender hides" not in response.content.decode()


def test_the_restricted_update_itself_asks_for_a_sign_in(client, demo_site, restricted_update):
    response = client.get(restricted_update.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]


def test_counts_leave_restricted_updates_out(client, demo_site, restricted_update):
    from tests.newsroom.helpers import count_heading

    before = count_heading(client.get("/en/latest-updates/?country=mongolia"))
    assert before == "1 update"
