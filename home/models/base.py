"""The abstract page every ISHR page type builds on.

An ordinary abstract Page subclass (not Wagtail 8's custom base page model, which
wagtail-localize does not support).
"""

from wagtail.models import Page

from home.restrictions import restrictions_for_page
from ishr_site.caching.locales import attach_locale
from ishr_site.caching.restrictions import view_restrictions


class BasePage(Page):
    """Shared behaviour for ISHR pages; the site chrome relies only on Page's own API."""

    class Meta:
        abstract = True

    def get_listing_summary(self):
        """The text shown for this page in listings, cards and search results."""
        return getattr(self, "intro", "") or self.search_description

    def get_view_restrictions(self):
        # Those of the page's translations too (see home.restrictions): a restriction on the
        # English page asks for a login or password on the French one as well.
        return view_restrictions(self, lambda: restrictions_for_page(self))

    def get_context(self, request, *args, **kwargs):
        # The language chrome and link previews read the page's locale.
        attach_locale(self)
        return super().get_context(request, *args, **kwargs)
