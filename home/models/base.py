"""The abstract page every ISHR page type builds on.

An ordinary abstract Page subclass (not Wagtail 8's custom base page model, which
wagtail-localize does not support).
"""

from wagtail.models import Page

from home.restrictions import restrictions_for_page


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
        return restrictions_for_page(self)
