"""The Model Law for the Recognition and Protection of Human Rights Defenders, its text with
commentary, its language versions and the tracker of national laws."""

import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from home.vocabulary.places import COUNTRY_CHOICES, country_name
from ishr_site.caching.variants import uses_query_parameters
from programmes.blocks import LanguageDownloadBlock, LawPartBlock
from programmes.tracker import STATUS_CHOICES, applied_sort, sorted_entries, tracker_map

from .common import ProgrammeBasePage, RelatedResourceBase


class ModelLawPage(ProgrammeBasePage):
    background = RichTextField(
        _("background"),
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("How the Model Law was developed and what it is for."),
    )
    parts = StreamField(
        [("part", LawPartBlock())],
        verbose_name=_("text of the law"),
        blank=True,
        help_text=_("The law's parts and their sections; each section gets a lasting address."),
    )
    downloads = StreamField(
        [("version", LanguageDownloadBlock())],
        verbose_name=_("language versions"),
        blank=True,
        help_text=_("The full text in each language it is published in."),
    )
    tracker_intro = RichTextField(
        _("tracker introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("A sentence or two above the national implementation tracker."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [
            FieldPanel("background"),
            FieldPanel("downloads"),
            FieldPanel("parts"),
            FieldPanel("tracker_intro"),
            InlinePanel("implementations", heading=_("National implementation"), label=_("Step")),
        ]
        + ProgrammeBasePage.related_panels
    )

    parent_page_types = ["programmes.ProgrammesIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Model Law page")
        verbose_name_plural = _("Model Law pages")

    def clean(self):
        super().clean()
        numbers = [section["number"] for part in self.parts for section in part.value["sections"]]
        duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
        if duplicates:
            raise ValidationError(
                {
                    "parts": _("Section numbers must be unique; repeated: %(numbers)s")
                    % {"numbers": ", ".join(str(n) for n in duplicates)}
                }
            )

    def table_of_contents(self):
        """Parts with their sections' anchors, in the order of the text."""
        contents = []
        for index, part in enumerate(self.parts, start=1):
            contents.append(
                {
                    "anchor": f"part-{index}",
                    "number": part.value["number"],
                    "title": part.value["title"],
                    "sections": [
                        {
                            "anchor": f"section-{section['number']}",
                            "number": section["number"],
                            "title": section["title"],
                        }
                        for section in part.value["sections"]
                    ],
                }
            )
        return contents

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = applied_sort(request.GET.get("sort", ""))
        uses_query_parameters(request, sort=sort)
        context["tracker_sort"] = sort
        # The text and the tracker are kept as one fragment per sort order (see the
        # template): what they read comes lazily, so a kept fragment costs no query.
        context["law_fragment"] = f"law:{sort}"
        entries = functools.cache(lambda: list(self.implementations.all()))
        context["tracker_entries"] = functools.cache(lambda: sorted_entries(entries(), sort)[1])
        context["tracker_map"] = functools.cache(lambda: tracker_map(entries()))
        context["tracker_columns"] = [
            ("country", _("Country")),
            ("status", _("Status")),
            ("year", _("Year")),
        ]
        context["toc"] = self.table_of_contents()
        return context


class NationalImplementation(Orderable):
    """One step a country took towards protecting defenders by law. Country, status, year and
    reference are facts, kept equal in every language."""

    page = ParentalKey(ModelLawPage, on_delete=models.CASCADE, related_name="implementations")
    country = models.CharField(
        _("country"), max_length=2, choices=COUNTRY_CHOICES, help_text=_("The country concerned.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, help_text=_("What was done.")
    )
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year it happened."))
    reference = models.CharField(
        _("reference"),
        max_length=200,
        blank=True,
        help_text=_(
            "The instrument's official reference in its own language, e.g. Loi n° 2014-388."
        ),
    )

    panels = [
        FieldPanel("country"),
        FieldPanel("status"),
        FieldPanel("year"),
        FieldPanel("reference"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("national implementation step")
        verbose_name_plural = _("national implementation steps")

    @property
    def country_name(self):
        return country_name(self.country)


class ModelLawRelatedResource(RelatedResourceBase):
    page = ParentalKey(ModelLawPage, on_delete=models.CASCADE, related_name="related_resources")
