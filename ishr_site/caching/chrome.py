"""The site chrome (menus, footer, home page addresses) cached per language and site generation.

These are the same on every page of a language and change only when something is published, so
rendering a page does not query for them again; a new site generation (see `generation`) retires
them together with the cached pages.
"""

from django.utils import translation

from .generation import current_generation, page_cache
from .memo import GenerationMemo

CHROME_SECONDS = 60 * 60 * 24
# Also kept in each process: a read from the shared cache costs more than the rest of the
# lookup. Menus and footers, and breadcrumbs and translations of every page, in each language.
_in_process = GenerationMemo(max_entries=50_000)


def cached_chrome(name, site_id, build):
    """`build()` once per language, site and generation; plain data or HTML only, which
    callers read and never change (every request of the process shares it)."""
    language = translation.get_language()
    return _in_process.get(
        (site_id, language, name), lambda: _shared_chrome(name, site_id, language, build)
    )


def _shared_chrome(name, site_id, language, build):
    key = f"ishr:chrome:{current_generation()}:{site_id}:{language}:{name}"
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_SECONDS)
    return value
