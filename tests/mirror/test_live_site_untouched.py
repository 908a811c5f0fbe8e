"""An export renders the live site's own pages, and the live site never notices.

The exporter's request handler is the only place that knows about mirrors: a page it renders
carries the mirror banner even while the live page is in the page cache, and live visitors
never get a mirror's page (nor a mirror's search) from the cache or from anywhere else.
"""

from wagtail.models import Site

import pytest

from ishr_site.mirror.context import MirrorExport
from ishr_site.mirror.rendering import make_client, render

pytestmark = pytest.mark.django_db

BANNER = 'class="mirror-banner"'


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def mirror_client(demo_site):
    site = Site.objects.get(is_default_site=True)
    host = site.hostname + ("" if site.port in (80, 443) else f":{site.port}")
    return make_client(host, MirrorExport(live_site="www.ishr.ch"))


def test_a_page_in_the_live_cache_is_rendered_afresh_for_the_copy(client, mirror_client):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"

    copy = render(mirror_client, ("/en/about/", ()))

    assert copy.status == 200
    assert BANNER in copy.body.decode()


def test_live_visitors_never_get_the_copys_pages(client, mirror_client):
    for path in ("/en/about/", "/fr/", "/en/search/"):
        assert BANNER in render(mirror_client, (path, ())).body.decode()

    for path in ("/en/about/", "/fr/", "/en/search/"):
        for _visit in range(2):  # the first visit fills the cache, the second reads it
            assert BANNER not in client.get(path).content.decode(), path


def test_the_copy_has_its_own_search_page_and_the_live_site_keeps_its_search(client, mirror_client):
    copy = render(mirror_client, ("/fr/search/", (("q", "défenseurs"),))).body.decode()
    assert 'id="mirror-search"' in copy
    assert "/mirror-search/fr.js" in copy

    live = client.get("/fr/search/", {"q": "défenseurs"}).content.decode()
    assert 'id="mirror-search"' not in live
    assert 'class="search-summary"' in live  # the live search answered the query
