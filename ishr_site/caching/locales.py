"""Locales remembered per generation (saving or deleting a locale starts a new one).

Wagtail looks up the active locale with a query whenever it routes from the site root or
resolves `.localized`, and our own code does as often; a page's `locale` is one more query each
time it is read. There are two locales, which change perhaps once in the life of the site.
"""

from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager

from .memo import GenerationMemo

_locales = GenerationMemo(max_entries=64)
_find_for_language = LocaleManager.get_for_language
LOCALE_FIELDS = ("id", "language_code")


def _values(locale):
    return tuple(getattr(locale, name) for name in LOCALE_FIELDS)


def _get_for_language(manager, language_code):
    values = _locales.get(
        ("language", language_code),
        lambda: _values(_find_for_language(manager, language_code)),
    )
    # A fresh instance each time: callers may change or cache things on it.
    return Locale.from_db(manager.db, LOCALE_FIELDS, values)


def locale_with_id(locale_id):
    values = _locales.get(
        ("id", locale_id), lambda: _values(Locale._base_manager.get(pk=locale_id))
    )
    return Locale.from_db(None, LOCALE_FIELDS, values)


def attach_locale(page):
    """Give `page` its locale without a query, unless it has it already."""
    if not Page.locale.is_cached(page):
        page.locale = locale_with_id(page.locale_id)
    return page


def remember_locales():
    """Route every `Locale.get_active()` and `Locale.get_default()` (Wagtail's and ours)
    through the memory above: both go through the manager's `get_for_language`."""
    LocaleManager.get_for_language = _get_for_language
