"""Whether a page has view restrictions, remembered per page and generation.

Wagtail checks before serving every page (one query: those of the page and its translations,
see `home.restrictions`), though almost no page is restricted. Adding, changing or removing a
restriction, moving a page or publishing one (a translation made later) starts a new
generation, so a page remembered as unrestricted is looked up again after any of them.
"""

from wagtail.models import PageViewRestriction

from .memo import GenerationMemo

_unrestricted = GenerationMemo(max_entries=20_000)


def view_restrictions(page, find_restrictions):
    """The restrictions `find_restrictions()` finds for `page`; none, without a query, when it
    found none before in this generation. Restricted pages are always looked up afresh: the
    restrictions' groups and passwords are checked on every request."""
    if page.pk is None:
        return find_restrictions()
    if _unrestricted.get(page.pk, lambda: not find_restrictions().exists()):
        return PageViewRestriction.objects.none()
    return find_restrictions()
