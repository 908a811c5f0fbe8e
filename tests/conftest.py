"""Shared fixtures: the demo site, built exactly as `make run` builds it."""

import io
import os
import warnings

from django.core.management import call_command

from wagtail.models import Locale, Page, Site

import pytest

from tests.mirror_fixtures import mirror_export  # noqa: F401  (fixture of the mirror tests)
from tests.resources_fixtures import (  # noqa: F401  (fixtures of the resource library tests)
    empty_library,
    resource_demo,
    resource_demo_data,
)


class DemoSite:
    """Handles on the demo tree, looked up once the loader has run."""

    def __init__(self):
        self.english = Locale.objects.get(language_code="en")
        self.french = Locale.objects.get(language_code="fr")
        self.site = Site.objects.get(is_default_site=True)
        self.home_en = self.site.root_page.specific
        self.home_fr = self.home_en.get_translation(self.french).specific

    def page(self, url_path_en):
        """An English page by its path below home, e.g. 'about/'."""
        return Page.objects.get(url_path=f"/home/{url_path_en}").specific

    def french_of(self, page):
        return page.get_translation(self.french).specific


def load_demo():
    """Run the real loader; on a database that already has the demo it only checks and returns."""
    os.environ.setdefault("ADMIN_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", stdout=io.StringIO())
    return DemoSite()


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """Always create the test database, then load the demo into it once.

    pytest-django creates a test database only when a collected test asks for `db`; the
    read-only browser tests use a shared server instead, and must never reach the developer's
    own database. Each test then runs in a rolled-back transaction on top of the demo."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose, interactive=False, aliases=["default"]
        )
        load_demo()
    yield
    with django_db_blocker.unblock():
        drop_other_connections()
        try:
            teardown_databases(config, verbosity=request.config.option.verbose)
        except Exception as error:  # noqa: BLE001 — as pytest-django: a leftover is no failure
            warnings.warn(f"Could not drop the test database: {error}", stacklevel=1)


def drop_other_connections():
    """Close connections that browser-test threads may have left open (Playwright's event loop
    gives them a context of their own), so the test database can be dropped."""
    from django.db import connection, connections

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    connections.close_all()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test's database changes are rolled back (which no write watcher sees); pages and
    fragments cached during it must go too, and the site generation with them (before the next
    test's fixtures, some of which render pages, run)."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture
def demo_site(db):
    return load_demo()


@pytest.fixture
def demo_site_live(transactional_db):
    """The demo site in a database a live server can see (committed, not in a test transaction).

    Such a test ends with a flush that empties every table; the loader rebuilds the whole tree
    (root page and collection included) for whichever test needs it next."""
    return load_demo()
