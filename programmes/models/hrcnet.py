"""HRCnet, the NGO network around the Human Rights Council, and its member organisations."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from home.vocabulary.places import COUNTRY_CHOICES, country_name
from programmes.blocks import SessionUpdateBlock

from .common import ProgrammeBasePage, RelatedResourceBase

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class NetworkMember(TranslatableMixin, models.Model):
    """An HRCnet member organisation; translatable so its name and description can be given in
    each language (many keep their own name)."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("The organisation's name as it presents itself.")
    )
    acronym = models.CharField(
        _("acronym"), max_length=30, blank=True, help_text=_("E.g. CIVICUS; leave empty if none.")
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        help_text=_("Where the organisation is based."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The organisation's own site, if it has one.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional; the organisation's name is always shown as text too."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]

    override_translatable_fields = [
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("HRCnet member")
        verbose_name_plural = _("HRCnet members")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def country_name(self):
        return country_name(self.country)


register_snippet(NetworkMember)


class HRCnetPage(ProgrammeBasePage):
    template = "programmes/hrcnet_page.html"

    purpose = RichTextField(
        _("purpose and aims"),
        features=TEXT_FEATURES + ["h3"],
        blank=True,
        help_text=_("Why the network exists and what it aims to achieve."),
    )
    how_to_join = RichTextField(
        _("how to join"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Who can become a member and how to ask."),
    )
    session_updates = StreamField(
        [("session", SessionUpdateBlock())],
        verbose_name=_("updates per Council session"),
        blank=True,
        help_text=_("Most recent session first."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [FieldPanel("purpose"), FieldPanel("how_to_join"), FieldPanel("session_updates")]
        + ProgrammeBasePage.related_panels
    )

    parent_page_types = ["programmes.ProgrammesIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("HRCnet page")
        verbose_name_plural = _("HRCnet pages")

    def members(self):
        """Member organisations in the page's language, else in the default language."""
        members = NetworkMember.objects.filter(locale_id=self.locale_id).select_related("logo")
        if not members.exists():
            members = NetworkMember.objects.filter(locale=Locale.get_default()).select_related(
                "logo"
            )
        return members.prefetch_related("logo__renditions")

    def session_items(self):
        """Session updates with anchors (#hrc57) that stay unique if a session is entered twice."""
        items, seen = [], set()
        for number, block in enumerate(self.session_updates, start=1):
            base = slugify(block.value["session"]) or f"session-{number}"
            anchor, counter = base, 2
            while anchor in seen:
                anchor, counter = f"{base}-{counter}", counter + 1
            seen.add(anchor)
            items.append({"anchor": anchor, "value": block.value})
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = list(self.members())
        context["sessions"] = self.session_items()
        return context


class HRCnetRelatedResource(RelatedResourceBase):
    page = ParentalKey(HRCnetPage, on_delete=models.CASCADE, related_name="related_resources")
