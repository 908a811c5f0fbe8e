"""The site a request is for, without Wagtail's query on every request.

Wagtail finds the site by host name and port each time (`Site.find_for_request`), then keeps it
on the request. Here the answer is remembered per host and generation (saving a site starts a
new one) and put on the request before anything asks.
"""

from django.http.request import split_domain_port

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from .memo import GenerationMemo

# Requests may carry any host name; the few real ones fit many times over.
_sites = GenerationMemo(max_entries=64)


def _field_values(instance):
    return tuple(getattr(instance, field.attname) for field in instance._meta.concrete_fields)


def _from_values(model, values):
    """A fresh instance for each request: callers may cache things on it."""
    names = [field.attname for field in model._meta.concrete_fields]
    return model.from_db(None, names, values)


def _find_site(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    # Wagtail fetches the root page with the site: routing starts from it.
    return _field_values(site), _field_values(site.root_page)


def site_for_request(request):
    """As `Site.find_for_request` would find it (the same host name and port rules)."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    found = _sites.get((hostname, port), lambda: _find_site(hostname, port))
    if found is None:
        return None
    site_values, root_values = found
    site = _from_values(Site, site_values)
    site.root_page = _from_values(Page, root_values)
    return site


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail keeps its answer in this attribute and asks no further.
        request._wagtail_site = site_for_request(request)
        return self.get_response(request)
