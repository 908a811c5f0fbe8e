"""Helpers shared by the programme demo modules."""

from datetime import datetime
from zoneinfo import ZoneInfo

GENEVA = ZoneInfo("Europe/Zurich")


def geneva(year, month, day, hour=0, minute=0):
    """An aware datetime in Geneva time, as an editor would enter it."""
    return datetime(year, month, day, hour, minute, tzinfo=GENEVA)


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def html(*texts, items=()):
    """Paragraphs followed by a bulleted list: plain text only, so each paragraph and list item
    is one string for translators."""
    listing = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""
    return paragraphs(*texts) + listing
