"""Pieces of pages kept in the shared cache per site generation, site and language: the menu,
footer, breadcrumbs and language links, the same on many pages and changed only by a write
that starts a new generation (see `generation`), which retires them with the cached pages.

Only plain data or HTML, never model instances: what is read back is exactly what was stored,
whichever worker stored it.
"""

from django.utils import translation

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
