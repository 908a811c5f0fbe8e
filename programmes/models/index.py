"""The programmes index: every programme with its summary and image."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.images import get_image_model

from home.restrictions import visible_to_public

from .common import ProgrammeBasePage, RelatedResourceBase

PROGRAMME_PAGE_TYPES = [
    "programmes.HRDAPPage",
    "programmes.AcademyPage",
    "programmes.HRCnetPage",
    "programmes.ModelLawPage",
    "programmes.TrainingsIndexPage",
]


class ProgrammesIndexPage(ProgrammeBasePage):
    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + ProgrammeBasePage.related_panels
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = PROGRAMME_PAGE_TYPES
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programmes index")
        verbose_name_plural = _("programmes indexes")

    def programmes(self):
        """Live child programmes with their listing images, in a fixed number of queries."""
        children = list(visible_to_public(self.get_children().live()).specific())
        image_ids = {
            child.listing_image_id for child in children if getattr(child, "listing_image_id", None)
        }
        # Their renditions come with them: none is looked up (or written back) one by one.
        images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions()
        images = {image.pk: image for image in images}
        for child in children:
            image_id = getattr(child, "listing_image_id", None)
            child.listing_image_prefetched = images.get(image_id)
        return children

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A method, not its result: read only when the cards are not in the cache (see
        # home.templatetags.page_fragments).
        context["programmes"] = self.programmes
        return context


class ProgrammesIndexRelatedResource(RelatedResourceBase):
    page = ParentalKey(
        ProgrammesIndexPage, on_delete=models.CASCADE, related_name="related_resources"
    )
