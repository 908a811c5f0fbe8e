"""iCalendar (.ics) files for training events, built with the icalendar library."""

from datetime import UTC

from django.utils import timezone

from icalendar import Calendar, Event, vUri


def event_calendar(event_page, url):
    """An .ics document (bytes) with one event: the training's times in UTC, its place or
    'Online', and a link back to the page in the visitor's language."""
    calendar = Calendar()
    calendar.add("prodid", "-//International Service for Human Rights//ishr.ch//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"training-{event_page.translation_key}@ishr.ch")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", event_page.starts_at.astimezone(UTC))
    if event_page.ends_at:
        event.add("dtend", event_page.ends_at.astimezone(UTC))
    event.add("summary", event_page.title)
    if event_page.intro:
        event.add("description", f"{event_page.intro}\n\n{url}")
    else:
        event.add("description", url)
    event.add("location", event_page.location_text())
    event.add("url", vUri(url))
    calendar.add_component(event)
    return calendar.to_ical()
