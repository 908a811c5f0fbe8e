"""Dates and times as ISHR states them: in Geneva time, with the zone named, in the page's
language ("15 January 2026, midnight CET" / "15 janvier 2026, minuit CET")."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

register = template.Library()

GENEVA = ZoneInfo("Europe/Zurich")


def in_geneva(value):
    return value.astimezone(GENEVA)


@register.filter
def geneva_date(value):
    """The calendar date in Geneva, e.g. 13 April 2026."""
    if not value:
        return ""
    if hasattr(value, "astimezone") and hasattr(value, "hour"):
        value = in_geneva(value)
    return formats.date_format(value, "j F Y")


@register.filter
def geneva_datetime(value):
    """Date, time and zone; a deadline at 00:00 reads as midnight at the end of the day before."""
    if not value:
        return ""
    local = in_geneva(value)
    zone = local.tzname()
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        day = formats.date_format(local - timedelta(days=1), "j F Y")
        return _("%(day)s, midnight %(zone)s") % {"day": day, "zone": zone}
    return _("%(day)s, %(time)s %(zone)s") % {
        "day": formats.date_format(local, "j F Y"),
        "time": formats.time_format(local, "H:i"),
        "zone": zone,
    }


@register.filter
def geneva_time(value):
    if not value:
        return ""
    local = in_geneva(value)
    return f"{formats.time_format(local, 'H:i')} {local.tzname()}"


@register.filter
def iso_datetime(value):
    """Machine-readable form for <time datetime>, with Geneva's offset like the visible text."""
    return in_geneva(value).isoformat() if value else ""
