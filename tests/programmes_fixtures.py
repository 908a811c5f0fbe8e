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


HOME_SLUG = "test-home"
# The starting state of the test database that the fixture below asks for (tests/conftest.py).
WITHOUT_PAGES = "without_pages"


def remove_demo_pages():
    """An English home page as the default site's root instead of the demo's tree, which is
    deleted (as an editor would delete it), with the demo's network members."""
    site = Site.objects.get(is_default_site=True)
    demo_homes = list(Page.objects.filter(depth=2))
    home = HomePageFactory(parent=site.root_page.get_parent(), slug=HOME_SLUG)
    site.root_page = home
    site.save()
    for demo_home in demo_homes:
        demo_home.delete()
    NetworkMember.objects.all().delete()


@pytest.fixture
def programmes_index(db):
    """An English home page as the default site's root, with an empty programmes index.

    These tests see exactly the content they build: the demo tree the test database holds is
    removed by `remove_demo_pages`. That takes seconds, so it is done once per run and kept as
    a copy of the database that each of these tests starts from (tests/demo_database.py); if
    the test database still holds the demo (the first test of a worker), it is done here,
    inside the test's transaction."""
    site = Site.objects.get(is_default_site=True)
    if site.root_page.slug != HOME_SLUG:
        remove_demo_pages()
        site.refresh_from_db()
    assert list(Page.objects.filter(depth=2)) == [site.root_page]
    assert not NetworkMember.objects.exists()
    return ProgrammesIndexPageFactory(parent=site.root_page.specific)


def phase(title, starts_on, ends_on=None):
    return (
        "phase",
        {"title": title, "starts_on": starts_on, "ends_on": ends_on, "description": ""},
    )


DEMO_TIMELINE = [phase("Distance course", date(2026, 4, 13), date(2026, 6, 8))]
