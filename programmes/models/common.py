"""What every programme page shares: a summary and image for listings, and related resources."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from home.models import BasePage
from home.restrictions import visible_to_public

# The page types an editor may pick as a related resource. At merge with the resource library
# this becomes ["resources.ResourcePage"]; nothing else needs to change.
RELATED_RESOURCE_PAGE_TYPES = ["resources.ResourcePage"]


class ProgrammeBasePage(BasePage):
    """An ISHR programme page: summary and image used by the programmes index and listings."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences shown under the title and in listings."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the summary in listings; decorative, so it needs no text."),
    )

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    summary_panels = [
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("listing_image")], heading=_("Summary"))
    ]
    related_panels = [
        InlinePanel("related_resources", heading=_("Related resources"), label=_("Resource"))
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A method, not its result: read only when the list is not in the cache (see
        # home.templatetags.page_fragments).
        context["related_resource_items"] = self.related_resource_items
        return context

    def related_resource_items(self):
        """The related resources in the visitor's language: a fixed number of queries."""
        links = self.related_resources.all().select_related("resource")
        return localized_live_pages([link.resource for link in links])


class RelatedResourceBase(Orderable):
    """A link from a programme page to a resource. The resource is stored as the source page;
    templates show its translation in the visitor's language (see `localized_live_pages`)."""

    resource = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A guide, report or other resource relevant to this programme."),
    )

    panels = [PageChooserPanel("resource", page_type=RELATED_RESOURCE_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("related resource")
        verbose_name_plural = _("related resources")


def localized_live_pages(pages):
    """Each page's live version in the active language (else the page itself, if live), as
    specific pages, in the given order, in a number of queries that does not grow with the list."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    active = Locale.get_active()
    keys = {page.translation_key for page in pages}
    locales = {active.pk} | {page.locale_id for page in pages}
    candidates = visible_to_public(
        Page.objects.filter(translation_key__in=keys, locale__in=locales).live()
    ).specific()
    by_key_and_locale = {(page.translation_key, page.locale_id): page for page in candidates}
    result = []
    for page in pages:
        found = by_key_and_locale.get((page.translation_key, active.pk)) or by_key_and_locale.get(
            (page.translation_key, page.locale_id)
        )
        if found is not None and found not in result:
            result.append(found)
    return result
