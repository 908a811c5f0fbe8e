"""The home page leads to what is happening: the latest updates, HRDAP's call, upcoming
trainings, the newest resources, ISHR's priorities and a featured story, filled by the content
apps; a publish changes it at once, editors can choose the story and the priorities, and the
call's state follows the clock even while the home page's content is kept in the cache."""

from datetime import UTC, date, datetime

from django.test import override_settings

import pytest
import time_machine
from bs4 import BeautifulSoup

from home.models import HomePagePriority, Topic
from ishr_site.newsroom.models import UpdatePage
from tests.newsroom.helpers import make_update

pytestmark = pytest.mark.django_db


def headings(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".home-section h2")]


def section(response, css):
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select_one(css)
    return found.get_text(" ", strip=True) if found else ""


def test_the_home_pages_show_every_section_in_their_language(client, demo_site):
    with time_machine.travel(datetime(2026, 1, 10, 12, tzinfo=UTC), tick=False):
        english = client.get("/en/")
        french = client.get("/fr/")
    assert headings(english) == [
        "Latest updates",
        "Call for applications 2026",
        "Upcoming trainings and events",
        "Newest resources",
        "Our priorities",
        "Featured story",
    ]
    assert headings(french) == [
        "Actualités",
        "Appel à candidatures 2026",
        "Formations et événements à venir",
        "Ressources récentes",
        "Nos priorités",
        "Récit à la une",
    ]
    updates = BeautifulSoup(english.content, "html.parser").select(".home-updates__item")
    assert len(updates) == 4
    assert "Women human rights defenders" in section(english, ".home-priorities")
    assert "Femmes défenseures des droits humains" in section(french, ".home-priorities")


def test_a_published_update_leads_the_home_page_at_once(client, demo_site):
    before = section(client.get("/en/"), ".home-updates__item--lead")
    assert "Burundi" not in before
    make_update("Burundi: the Council renews the Commission of Inquiry", day=date(2026, 12, 1))
    assert "Burundi: the Council renews" in section(client.get("/en/"), ".home-updates__item--lead")
    # Unpublished, it is gone again.
    UpdatePage.objects.get(slug="burundi-the-council-renews-the-commission-of-inquiry").unpublish()
    assert "Burundi" not in section(client.get("/en/"), ".home-updates")


def test_editors_choose_the_story_and_the_priorities(client, demo_site):
    home = demo_site.home_en
    story = UpdatePage.objects.get(slug="niger-law-without-mechanism", locale=demo_site.english)
    home.featured_story = story
    home.priorities = [
        HomePagePriority(topic=Topic.objects.get(slug="reprisals", locale=demo_site.english))
    ]
    home.save_revision().publish()
    response = client.get("/en/")
    assert "Niger: a law without a mechanism" in section(response, ".home-story")
    assert section(response, ".home-priorities") == "Our priorities Reprisals"
    link = BeautifulSoup(response.content, "html.parser").select_one(".home-priorities a")
    assert link["href"] == "/en/latest-updates/?topic=reprisals"


@override_settings(PAGE_CACHE_SECONDS=0)  # the fragment alone: is it kept past the deadline?
def test_the_call_follows_the_clock_inside_the_cached_content(client, demo_site):
    # 15 January 2026 at midnight in Geneva (23:00 UTC) closes the demo's call.
    with time_machine.travel(datetime(2026, 1, 15, 22, 59, tzinfo=UTC), tick=False):
        assert "Applications open until" in section(client.get("/en/"), ".home-call")
        assert "Applications open until" in section(client.get("/en/"), ".home-call")
    with time_machine.travel(datetime(2026, 1, 15, 23, 1, tzinfo=UTC), tick=False):
        closed = section(client.get("/en/"), ".home-call")
    assert "Applications closed" in closed


def test_a_home_without_updates_hides_the_updates_section(client, demo_site):
    from tests.newsroom.helpers import remove_demo_updates

    remove_demo_updates()
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Latest updates" not in headings(response)
    assert "Featured story" not in headings(response)
    assert "Newest resources" in headings(response)
