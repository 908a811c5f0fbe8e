"""Serve anonymous visitors' GET requests from the shared cache.

Only what is the same for every anonymous visitor is cached: public pages without cookies. The
admin, previews, document downloads (they are counted), anything for a visitor who carries a
session, and every response that sets a cookie or says it is private are never cached. The key is
the path (which carries the language prefix) and the query string in a canonical order; only
query strings the page understands are stored (see `variants`). Each entry carries the
site generation it was rendered in (see `generation`), and is served only while that is still
the current one — both read in one round trip. Responses may say `Vary: Cookie` (templates look at the user, which
touches the session); that is harmless here, since a request that carries a session is never
served from or stored in this cache.
"""

import hashlib

from django.conf import settings
from django.utils.cache import patch_cache_control

from .generation import one_read_per_request, page_cache, read_with
from .variants import is_a_known_variant, variant_query_string

# Static files and image renditions are files, served with their own lifetimes.
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/static/", "/media/")


def _is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
        and "preview" not in request.GET
    )


def _is_cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def _key(request):
    address = f"{request.path}?{variant_query_string(request)}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    # The scheme keeps plain-HTTP requests out of HTTPS pages' entries: they must still meet
    # SecurityMiddleware's redirect to HTTPS, which runs after this middleware.
    return f"ishr:page:{request.scheme}:{request.method}:{request.get_host()}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_read_per_request(request):
            return self._respond(request)

    def _respond(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _is_cacheable_request(request):
            return self.get_response(request)
        cache = page_cache()
        key = _key(request)
        generation, entry = read_with(key)
        if entry is not None and entry[0] == generation:
            response = entry[1]
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if _is_cacheable_response(response) and is_a_known_variant(request):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
                s_maxage=settings.PAGE_CACHE_SECONDS,
            )

            def store(rendered):
                cache.set(key, (generation, rendered), settings.PAGE_CACHE_SECONDS)

            if hasattr(response, "render") and callable(response.render):
                response.add_post_render_callback(store)
            else:
                store(response)
            response["X-Cache"] = "MISS"
        return response
