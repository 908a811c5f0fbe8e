"""Trainings and events: upcoming first, past in an archive, and an .ics file per event."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from icalendar import Calendar

from programmes.models import TrainingEventPage, TrainingsIndexPage
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page, geneva
from tests.programmes_helpers import main_content

# The small English programmes tree, as a fixture of this module.
programmes_index = programmes_fixtures.programmes_index

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


@pytest.fixture
def trainings(programmes_index):
    return add_page(programmes_index, TrainingsIndexPage(title="Trainings", slug="trainings"))


def event(parent, slug, starts_at, ends_at=None, **fields):
    return add_page(
        parent,
        TrainingEventPage(
            title=f"Event {slug}",
            slug=slug,
            starts_at=starts_at,
            ends_at=ends_at,
            intro=f"About {slug}.",
            **fields,
        ),
    )


@pytest.fixture
def webinar(trainings):
    return event(
        trainings,
        "upr-webinar",
        geneva(2026, 12, 10, 14, 0),
        geneva(2026, 12, 10, 15, 30),
        format="online",
        language="fr",
        application_deadline=geneva(2026, 12, 8, 12, 0),
        registration_url="https://example.org/register",
    )


def test_ics_parses_and_carries_the_right_times(client, webinar):
    response = client.get(webinar.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="upr-webinar.ics"'
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    vevent = events[0]
    # 14:00 in Geneva in December (CET, UTC+1) is 13:00 UTC.
    assert vevent.decoded("dtstart") == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)
    assert vevent.decoded("dtend") == datetime(2026, 12, 10, 14, 30, tzinfo=UTC)
    assert str(vevent["summary"]) == "Event upr-webinar"
    assert str(vevent["location"]) == "Online"
    assert str(vevent["url"]).endswith("/en/programmes/trainings/upr-webinar/")
    assert str(vevent["uid"]).endswith("@ishr.ch")


def test_ics_in_summer_time(client, trainings):
    geneva_event = event(
        trainings,
        "geneva-weeks",
        geneva(2026, 6, 10, 9, 0),
        geneva(2026, 6, 20, 17, 0),
        format="in_person",
        location="Geneva",
    )
    vevent = Calendar.from_ical(client.get(geneva_event.url + "calendar/").content).walk("VEVENT")[
        0
    ]
    assert vevent.decoded("dtstart") == datetime(2026, 6, 10, 7, 0, tzinfo=UTC)  # CEST = UTC+2
    assert str(vevent["location"]) == "Geneva"


@pytest.mark.parametrize(
    "suffix",
    ["calendar.ics", "calendar/extra/", "calendar/%00/", "calendar.ics/", "ics/", "calendar//"],
)
def test_malformed_calendar_requests_are_404(client, webinar, suffix):
    # A NUL byte is refused before routing, with the site's 400 page.
    expected = 400 if "%00" in suffix else 404
    assert client.get(webinar.url + suffix).status_code == expected


def test_event_page_shows_times_in_geneva_and_the_calendar_link(client, webinar):
    with time_machine.travel(NOW, tick=False):
        html = main_content(client.get(webinar.url).content.decode())
    assert "10 December 2026, 14:00 CET" in html
    assert "8 December 2026, 12:00 CET" in html
    assert 'datetime="2026-12-10T14:00:00+01:00"' in html
    assert 'href="/en/programmes/trainings/upr-webinar/calendar/" download' in html
    assert 'href="https://example.org/register"' in html
    assert "French" in html and "Online" in html


def test_registration_link_disappears_after_the_deadline(client, webinar):
    with time_machine.travel(datetime(2026, 12, 9, tzinfo=UTC), tick=False):
        html = main_content(client.get(webinar.url).content.decode())
    assert 'href="https://example.org/register"' not in html


def test_upcoming_first_then_archive(client, trainings):
    event(trainings, "later", geneva(2027, 1, 20, 15), geneva(2027, 1, 20, 16))
    event(trainings, "sooner", geneva(2026, 12, 10, 14), geneva(2026, 12, 10, 15))
    # Started before now but still running: still upcoming.
    event(trainings, "running", geneva(2026, 11, 1, 9), geneva(2026, 12, 31, 17))
    event(trainings, "old", geneva(2025, 6, 10, 9), geneva(2025, 6, 20, 17))
    event(trainings, "recent", geneva(2026, 6, 10, 9), geneva(2026, 6, 20, 17))
    event(trainings, "no-end-past", geneva(2026, 3, 1, 9))
    with time_machine.travel(NOW, tick=False):
        html = main_content(client.get(trainings.url).content.decode())
    upcoming, archive = html.split('id="archive-heading"')
    titles = re.compile(r"<h3><a href=\"[^\"]+\">Event ([\w-]+)</a></h3>")
    assert titles.findall(upcoming) == ["running", "sooner", "later"]
    assert titles.findall(archive) == ["recent", "no-end-past", "old"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", "%FF"])
def test_odd_archive_page_numbers_give_a_normal_page(client, trainings, page):
    for number in range(3):
        event(trainings, f"past-{number}", geneva(2025, 1, 1 + number, 9))
    response = client.get(trainings.url + f"?page={page}")
    assert response.status_code == 200
    assert "Event past-0" in response.content.decode()


def test_events_only_go_in_the_trainings_index(trainings, programmes_index):
    assert TrainingEventPage.can_create_at(trainings)
    assert not TrainingEventPage.can_create_at(programmes_index)
    assert TrainingsIndexPage.allowed_subpage_models() == [TrainingEventPage]


def test_end_before_start_is_refused(webinar):
    from django.core.exceptions import ValidationError

    webinar.ends_at = geneva(2026, 12, 9)
    with pytest.raises(ValidationError):
        webinar.full_clean()
