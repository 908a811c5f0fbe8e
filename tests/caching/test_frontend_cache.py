"""A CDN or caching proxy in front is told to drop what a publish changes, in its language only."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

import environ
import pytest

from ishr_site.settings.deployment import frontend_cache
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


class PurgeReceiver(BaseHTTPRequestHandler):
    """Stands in for Varnish: records each PURGE it is sent."""

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_receiver(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeReceiver)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server.purged
    server.shutdown()
    server.server_close()


def test_publishing_a_french_resource_purges_it_and_its_listings_in_french_only(
    resource_demo, purge_receiver
):
    english = ResourcePage.objects.live().filter(locale=resource_demo.english).first()
    french = resource_demo.french_of(english)
    french.title = "Un titre revu"
    french.save_revision().publish()

    paths = {path for _host, path in purge_receiver}
    library = french.get_parent().url
    assert french.url in paths
    assert {library, library + "feed/", "/fr/"} <= paths
    assert not [path for path in paths if path.startswith("/en/")]
    # The purge names the site's own host, as the proxy keys its cache.
    hosts = {host for host, _path in purge_receiver}
    assert hosts == {urlsplit(french.full_url).netloc}


def test_frontend_cache_is_chosen_by_the_environment(monkeypatch):
    env = environ.Env()
    monkeypatch.setenv("FRONTEND_CACHE", "cloudflare")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone")
    assert frontend_cache(env) == {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": "token",
            "ZONEID": "zone",
        }
    }
    monkeypatch.setenv("FRONTEND_CACHE", "http")
    with pytest.raises(ImproperlyConfigured, match="FRONTEND_CACHE_LOCATION is not set"):
        frontend_cache(env)
    monkeypatch.setenv("FRONTEND_CACHE", "fastly")
    with pytest.raises(ImproperlyConfigured, match="use one of http, cloudflare, cloudfront"):
        frontend_cache(env)


def test_moving_a_page_purges_its_old_and_new_addresses_and_listings(demo_site, purge_receiver):
    about = demo_site.page("about/")
    support = demo_site.page("support-defenders/")
    about.move(support, pos="last-child")
    paths = {path for _host, path in purge_receiver}
    assert {"/en/about/", "/en/support-defenders/about/", "/en/support-defenders/", "/en/"} <= paths
    assert not [path for path in paths if path.startswith("/fr/")]
