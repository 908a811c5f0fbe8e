"""The site a request is for, and the root paths of every site, without asking the database
or the shared cache on every request.

Wagtail finds the site by host name and port each time (`Site.find_for_request`), and reads
the sites' root paths (every page address needs them) from the shared cache, then keeps both on
the request. Here both are remembered per generation (saving a site, or publishing or moving a
page, starts a new one) and put on the request before anything asks.
"""

from django.http.request import split_domain_port

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .memo import CopyingMemo, GenerationMemo

# Requests may carry any host name; the few real ones fit many times over.
_sites = CopyingMemo(max_entries=64)
_root_paths = GenerationMemo(max_entries=1)


def _find_site(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    # Routing starts from the root page's specific form (the home page): fetched once here
    # rather than on every request.
    site.root_page = site.root_page.specific
    return site


def site_for_request(request):
    """As `Site.find_for_request` would find it (the same host name and port rules)."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    # A fresh copy for each request: callers cache things on the site and its root page.
    return _sites.get((hostname, port), lambda: _find_site(hostname, port))


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail keeps its answer in this attribute and asks no further.
        request._wagtail_site = site_for_request(request)
        # A list of named tuples, which nothing changes.
        request._wagtail_cached_site_root_paths = _root_paths.get(
            "root paths", Site.get_site_root_paths
        )
        return self.get_response(request)
