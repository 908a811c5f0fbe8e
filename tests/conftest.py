"""Shared fixtures: the demo site, built exactly as `make run` builds it."""

from django.core.management import call_command

from wagtail.models import Locale, Page, Site

import pytest

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


def load_demo(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-password-for-tests")
    call_command("load_demo_content", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return DemoSite()


@pytest.fixture
def demo_site(db, monkeypatch):
    return load_demo(monkeypatch)


@pytest.fixture
def demo_site_live(transactional_db, django_db_serialized_rollback, monkeypatch):
    """The demo site in a database a live server can see (committed, not in a test transaction).

    Serialized rollback restores what migrations created (root page, collection, locales)
    after the flush that ends each such test."""
    return load_demo(monkeypatch)
