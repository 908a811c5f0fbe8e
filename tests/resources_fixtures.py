"""Fixtures for the resource library tests, imported by the test modules that use them.

Loading the whole demo takes several seconds, so `resource_demo` loads it once per test module
inside a transaction that is rolled back afterwards; each test still runs in its own savepoint
(pytest-django's `db`), so tests cannot see each other's changes.
"""

import os

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale, Page

import pytest

from home.demo.builder import DemoBuilder
from resources.models import ResourceIndexPage, ResourcePage


class ResourceDemo:
    """Handles on the demo tree and its library (like the foundation's DemoSite)."""

    def __init__(self):
        from wagtail.models import Site

        self.english = Locale.objects.get(language_code="en")
        self.french = Locale.objects.get(language_code="fr")
        self.site = Site.objects.get(is_default_site=True)
        self.home_en = self.site.root_page.specific
        self.library_en = ResourceIndexPage.objects.get(locale=self.english)
        self.library_fr = self.french_of(self.library_en)

    def french_of(self, page):
        return page.get_translation(self.french).specific

    def resource(self, slug):
        return ResourcePage.objects.get(locale=self.english, slug=slug)


def _load_demo():
    os.environ.setdefault("ADMIN_PASSWORD", "demo-password-for-tests")
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", verbosity=0, stdout=devnull)


@pytest.fixture(scope="module")
def resource_demo_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        _load_demo()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def resource_demo(resource_demo_data, db):
    return ResourceDemo()


@pytest.fixture
def empty_library(db):
    """The site pages, the shared vocabulary and an empty library in both languages (no resources)."""
    from django.contrib.auth import get_user_model

    from home.apps import ensure_content_locales
    from home.demo import site_pages
    from home.demo.vocabulary import ensure_vocabulary
    from resources import demo

    ensure_content_locales(sender=None)
    # The test database starts with the demo library: empty it (inside the test's transaction).
    ResourcePage.objects.all().delete()
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    builder = DemoBuilder(user)
    site_pages.load(builder)
    ensure_vocabulary(builder)
    demo.ensure_library(builder, site_pages_home())
    return ResourceIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))


def site_pages_home():
    from home.demo.builder import site_home

    return site_home()


def generate(count, translated_share=0.2):
    from resources.bulk_resources import BulkResources

    BulkResources(translated_share=translated_share).add(count)
    return Page.objects.type(ResourcePage).filter(locale__language_code="en").count()
