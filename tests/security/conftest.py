"""Helpers shared by the security tests: every public address of the demo site."""

from django.core.cache import cache
from django.urls import get_resolver

from wagtail.models import Page

import pytest

from .password_restricted_content import restricted_demo  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def rows_before(db):
    """Documents and images already in the database (the demo's) when the test starts."""
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    return {"documents": Document.objects.count(), "images": Image.objects.count()}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Lockouts and rate limits live in the cache; each test starts from a clean slate."""
    cache.clear()
    yield
    cache.clear()


def live_page_urls():
    """The relative URL of every live, public page of every type, in every language."""
    urls = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        if url:
            urls.append((type(page).__name__, page.locale.language_code, url))
    return sorted(urls, key=lambda item: item[2])


def top_level_patterns():
    """Every URL pattern outside the admin, as the resolver lists them."""
    return [str(pattern.pattern) for pattern in get_resolver().url_patterns]


# Public addresses that are not pages: the front door, robots, sitemap, a 404 in each language.
EXTRA_PUBLIC_URLS = ["/", "/robots.txt", "/sitemap.xml", "/en/no-such-page/", "/fr/pas-de-page/"]
