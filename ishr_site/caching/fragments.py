"""Pieces of pages kept in the shared cache per site generation, site and language: the menu,
footer, breadcrumbs and language links, the same on many pages, and the heavy parts of a page's
own content (per page: its listings, terms, files), changed only by a write that starts a new
generation (see `generation`), which retires them with the cached pages.

Only plain data or HTML, never model instances: what is read back is exactly what was stored,
whichever worker stored it.
"""

from django.conf import settings
from django.utils import translation

from wagtail.models import Site

from .generation import current_generation, page_cache

FRAGMENT_SECONDS = 60 * 60 * 24


def fragment_key(name, site_id):
    language = translation.get_language()
    return f"ishr:fragment:{current_generation()}:{site_id}:{language}:{name}"


def cached_fragment(name, site_id, build):
    """What `build()` returns, built once per generation, site and language."""
    key = fragment_key(name, site_id)
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def sees_fresh_content(request):
    """Previews render unsaved revisions, and signed-in editors check what they have just
    changed: both always get a page's content built afresh, never a fragment."""
    if request is None or getattr(request, "is_preview", False):
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def page_fragment_seconds():
    """How long a fragment of a page's own content may be kept. It may carry signed media
    links (images, files), which must stay valid while the page it goes into is served from
    the page cache and a CDN (each up to PAGE_CACHE_SECONDS): with signed links, only what
    is left of their life after that; 0 keeps nothing."""
    options = settings.STORAGES["default"].get("OPTIONS", {})
    if not options.get("querystring_auth"):
        return FRAGMENT_SECONDS
    spare = options["querystring_expire"] - 2 * settings.PAGE_CACHE_SECONDS - 60
    return max(0, min(FRAGMENT_SECONDS, spare))


def cached_page_fragment(request, page, name, build):
    """What `build()` returns (HTML) for this page, built once per generation, site, language
    and page for visitors; afresh for previews and signed-in editors (see
    `sees_fresh_content`). A fragment must show only what an anonymous visitor of the page
    may see: listings in it are narrowed by `home.restrictions.visible_to_public`. An empty
    name keeps nothing (a page variant the page cache would not keep either)."""
    seconds = page_fragment_seconds()
    if not name or sees_fresh_content(request) or page is None or page.pk is None or not seconds:
        return build()
    site = Site.find_for_request(request)
    key = fragment_key(f"page:{page.pk}:{name}", getattr(site, "pk", None))
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, seconds)
    return value
