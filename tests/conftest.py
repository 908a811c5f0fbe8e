"""Shared fixtures: the demo site, built exactly as `make run` builds it."""

import io
import os
import warnings

from django.core.management import call_command

from wagtail.models import Locale, Page, Site

import pytest

from tests.demo_database import DemoDatabase, shared_folder
from tests.mirror_fixtures import mirror_export  # noqa: F401  (fixture of the mirror tests)
from tests.resources_fixtures import (  # noqa: F401  (fixtures of the resource library tests)
    empty_library,
    resource_demo,
    resource_demo_data,
)
from tests.worker_groups import GroupScheduling, group_of


def pytest_xdist_make_scheduler(config, log):
    # Work is handed out in the order below, not largest group first.
    config.option.loadscopereorder = False
    return GroupScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    # Tests without a database first: while one worker builds the demo database, the others
    # run those instead of waiting for it. Then the groups that must stay on one worker (the
    # longest pieces of work: started early, they do not leave one worker finishing alone).
    # The sort keeps the order within each part.
    items.sort(key=lambda item: (needs_the_database(item), group_of(item.nodeid) == item.nodeid))


def needs_the_database(item):
    from django.test import TransactionTestCase

    return (
        "django_db_setup" in getattr(item, "fixturenames", ())
        or item.get_closest_marker("django_db") is not None
        or issubclass(getattr(item, "cls", None) or object, TransactionTestCase)
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
    call_command("load_demo_content", stdout=io.StringIO())
    return DemoSite()


# The demo's admin account gets this password; tests that sign in as the admin read it here.
os.environ.setdefault("ADMIN_PASSWORD", "demo-password-for-tests")


def demo_database(config, tmp_path_factory):
    return DemoDatabase(shared_folder(config, tmp_path_factory), load_demo, variants())


def variants():
    """The starting states other than the demo (see DemoDatabase.use)."""
    from tests.programmes_fixtures import WITHOUT_PAGES, remove_demo_pages

    return {WITHOUT_PAGES: remove_demo_pages}


def starting_state(item):
    from tests.programmes_fixtures import WITHOUT_PAGES

    return WITHOUT_PAGES if "programmes_index" in item.fixturenames else DemoDatabase.DEMO


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_modify_db_settings, django_db_blocker,
    tmp_path_factory,
):  # fmt: skip
    """Always create the test database (one per pytest-xdist worker), with the demo in it.

    pytest-django creates a test database only when a collected test asks for `db`; the
    read-only browser tests use a shared server instead, and must never reach the developer's
    own database. The first worker migrates and loads the demo, the others copy it (see
    tests/demo_database.py). Each test then runs in a rolled-back transaction on top of it."""
    from django.test.utils import teardown_databases

    database = demo_database(request.config, tmp_path_factory)
    with django_db_blocker.unblock():
        config = database.set_up(verbosity=request.config.option.verbose)
    request.config.stash[demo_database_key] = database
    yield
    with django_db_blocker.unblock():
        drop_other_connections()
        try:
            teardown_databases(config, verbosity=request.config.option.verbose)
        except Exception as error:  # noqa: BLE001 — as pytest-django: a leftover is no failure
            warnings.warn(f"Could not drop the test database: {error}", stacklevel=1)


demo_database_key = pytest.StashKey[DemoDatabase]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    """Before the test's transaction opens: the copy of the database it starts from (the demo,
    or the demo without its pages for the small-tree tests)."""
    database = item.config.stash.get(demo_database_key, None)
    if database and needs_the_database(item):
        with django_db_blocker_of(item.config).unblock():
            database.use(starting_state(item))
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that committed (a live server's, `transactional_db`) ends with every table
    emptied: put the demo back for the next test, as a copy rather than a reload."""
    result = yield
    database = item.config.stash.get(demo_database_key, None)
    if database and nextitem is not None and "transactional_db" in item.fixturenames:
        with django_db_blocker_of(item.config).unblock():
            database.restore()
    return result


def django_db_blocker_of(config):
    from pytest_django.plugin import blocking_manager_key

    return config.stash[blocking_manager_key]


def pytest_sessionfinish(session):
    """The demo's copy goes once every worker is done (the controller's own session ends last)."""
    if hasattr(session.config, "workerinput"):
        return
    folder = shared_folder(session.config, session.config._tmp_path_factory)
    if (folder / "demo-database").exists():
        with django_db_blocker_of(session.config).unblock():
            DemoDatabase(folder, load_demo, variants()).remove()


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
    return DemoSite()


@pytest.fixture
def demo_site_live(transactional_db):
    """The demo site in a database a live server can see (committed, not in a test transaction).

    Such a test ends with a flush that empties every table; the demo is then copied back
    (pytest_runtest_teardown above) for whichever test comes next."""
    return DemoSite()
