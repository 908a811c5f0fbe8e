"""A small English programmes tree for tests that do not need the whole bilingual demo.

Loading the demo takes seconds; these pages take milliseconds, so the behaviour tests can
build exactly the content they check (for example 3 or 30 courses)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from wagtail.models import Page, Site

import pytest

from programmes.models import NetworkMember
from tests.factories import HomePageFactory, ProgrammesIndexPageFactory

GENEVA = ZoneInfo("Europe/Zurich")


def geneva(*args):
    return datetime(*args, tzinfo=GENEVA)


def add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def programmes_index(db):
    """An English home page as the default site's root, with an empty programmes index.

    The demo tree the test database starts with is removed (inside the test's transaction), so
    these tests see exactly the content they build."""
    site = Site.objects.get(is_default_site=True)
    demo_homes = list(Page.objects.filter(depth=2))
    home = HomePageFactory(parent=site.root_page.get_parent(), slug="test-home")
    site.root_page = home
    site.save()
    for demo_home in demo_homes:
        demo_home.delete()
    NetworkMember.objects.all().delete()
    return ProgrammesIndexPageFactory(parent=home)


def phase(title, starts_on, ends_on=None):
    return (
        "phase",
        {"title": title, "starts_on": starts_on, "ends_on": ends_on, "description": ""},
    )


DEMO_TIMELINE = [phase("Distance course", date(2026, 4, 13), date(2026, 6, 8))]
