"""The site chrome (menus, footer, home page addresses) cached per language and site generation.

These are the same on every page of a language and change only when something is published, so
rendering a page does not query for them again; a new site generation (see `generation`) retires
them together with the cached pages.
"""

from django.utils import translation

from .generation import current_generation, page_cache

CHROME_SECONDS = 60 * 60 * 24


def cached_chrome(name, site_id, build):
    """`build()` once per language, site and generation; plain data or HTML only."""
    key = f"ishr:chrome:{current_generation()}:{site_id}:{translation.get_language()}:{name}"
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_SECONDS)
    return value
