"""Known routes: the page a public address names, kept per site generation, so that finding
it costs one query instead of four. The one module that writes Wagtail's private attributes.

Wagtail remembers on the request the site it found for it (`request._wagtail_site`, written by
`Site.find_for_request`) and the page route (`request._wagtail_route_for_request`, written by
`Page.route_for_request`), and reads them back for the rest of the request. Finding them costs
a site query (with a CASE expression Django compiles every time), the active locale, the home
page in its specific form and the routing query, on every uncached request.

This middleware keeps, per site generation, site, language and address, which site and which
page (its type and id) Wagtail found, as plain values. On the next request for the address it
reads that page in one query and fills in the two attributes; Wagtail's own serve view does
the rest as always (its hooks, the view restrictions, the page's own `serve`). A write to
pages or sites starts a new generation (`writes`), so a route is never kept past a change to
what it leads to. Only plain routes are kept: a page served as itself (not a sub-route of a
routable page), live when it was found.

It was written for Wagtail 8.0. At start-up it checks that Wagtail still reads both attributes
where it did (`tests/caching/test_wagtail_is_not_patched.py` fails when it does not), logs what
it fills in, and stands aside otherwise, leaving routing to Wagtail alone.
"""

import hashlib
import inspect
import logging

from django.apps import apps
from django.db import router

from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .fragments import FRAGMENT_SECONDS, fragment_key
from .generation import page_cache

logger = logging.getLogger(__name__)


def wagtail_reads_what_is_filled_in():
    """Whether the installed Wagtail still reads back the two attributes filled in here."""
    return "request._wagtail_site" in inspect.getsource(
        Site.find_for_request
    ) and "request._wagtail_route_for_request" in inspect.getsource(Page.route_for_request)


def _site_fields():
    # In the model's order: `Model.from_db` reads the values in that order.
    return [field.attname for field in Site._meta.concrete_fields]


def _key(request):
    address = f"{request.get_host()}:{request.get_port()}:{request.path}"
    return fragment_key(f"known-route:{hashlib.sha256(address.encode()).hexdigest()}", None)


def _fill_in(request, known):
    site_values, model_label, page_id, url_path = known
    try:
        model = apps.get_model(model_label)
        # Still live and where it was: should a change have been written where this site does
        # not see it (in psql, say), Wagtail routes as usual.
        page = model.objects.get(pk=page_id, live=True, url_path=url_path)
    except (LookupError, Page.DoesNotExist):
        return
    request._wagtail_site = Site.from_db(router.db_for_read(Site), _site_fields(), site_values)
    request._wagtail_route_for_request = RouteResult(page)


def _remember(request, key):
    route = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if route is None or site is None:
        return
    page, args, kwargs = route
    if args or kwargs or not page.live:
        return
    site_values = tuple(getattr(site, name) for name in _site_fields())
    known = (site_values, page._meta.label_lower, page.pk, page.url_path)
    page_cache().set(key, known, FRAGMENT_SECONDS)


class KnownRoutesMiddleware:
    """After the language is set (LocaleMiddleware) and the host checked (CommonMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.active = wagtail_reads_what_is_filled_in()
        if self.active:
            logger.info(
                "Known routes fill in Wagtail's request._wagtail_site and "
                "request._wagtail_route_for_request (written for Wagtail 8.0)."
            )
        else:
            logger.warning(
                "Wagtail no longer reads request._wagtail_site or "
                "request._wagtail_route_for_request where it did: known routes stand aside."
            )

    def __call__(self, request):
        if (
            not self.active
            or request.method not in ("GET", "HEAD")
            or getattr(request, "is_preview", False)
        ):
            return self.get_response(request)
        key = _key(request)
        known = page_cache().get(key)
        if known is not None:
            _fill_in(request, known)
        response = self.get_response(request)
        if known is None:
            _remember(request, key)
        return response
