"""HRDAP, the Human Rights Defender Advocacy Programme: a yearly call for applications."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField

from programmes.blocks import AlumniQuoteBlock, FAQBlock, PhaseBlock
from programmes.call_status import call_status

from .common import ProgrammeBasePage, RelatedResourceBase

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class HRDAPPage(ProgrammeBasePage):
    template = "programmes/hrdap_page.html"

    call_year = models.PositiveSmallIntegerField(
        _("call year"),
        null=True,
        blank=True,
        help_text=_("The edition the current call is for, e.g. 2026."),
    )
    call_opens_at = models.DateTimeField(
        _("applications open"),
        null=True,
        blank=True,
        help_text=_("Date and time (Geneva time) from which applications are accepted."),
    )
    call_closes_at = models.DateTimeField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_(
            "The moment applications close, in Geneva time. For 'midnight CET on 15 January' "
            "enter 16 January at 00:00: the page then reads '15 January, midnight CET'."
        ),
    )
    next_call_expected = models.DateField(
        _("next call expected"),
        null=True,
        blank=True,
        help_text=_("Shown once the call has closed; only the month and year are displayed."),
    )
    places = models.PositiveSmallIntegerField(
        _("places"), null=True, blank=True, help_text=_("How many defenders will be selected.")
    )
    themes = StreamField(
        [("theme", blocks.CharBlock(label=_("Theme"), max_length=120))],
        verbose_name=_("themes of the year"),
        blank=True,
        help_text=_("The year's themes, e.g. democratic backsliding; they change every year."),
    )
    eligibility = RichTextField(
        _("eligibility"), features=TEXT_FEATURES, blank=True, help_text=_("Who can apply.")
    )
    benefits = RichTextField(
        _("what participants get"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Training, coaching, travel, accompanied advocacy…"),
    )
    timeline = StreamField(
        [("phase", PhaseBlock())],
        verbose_name=_("timeline"),
        blank=True,
        help_text=_("The phases of the programme in order, with their dates."),
    )
    alumni_quotes = StreamField(
        [("quote", AlumniQuoteBlock())],
        verbose_name=_("alumni quotes"),
        blank=True,
        help_text=_("What former participants say; name them only with their consent."),
    )
    faq = StreamField(
        [("question", FAQBlock())],
        verbose_name=_("frequently asked questions"),
        blank=True,
        help_text=_("Each question gets its own link at the top of the list."),
    )
    apply_url = models.URLField(
        _("application form address"),
        blank=True,
        help_text=_("Where defenders apply; the button shows only while the call is open."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("call_year"),
                    FieldRowPanel([FieldPanel("call_opens_at"), FieldPanel("call_closes_at")]),
                    FieldPanel("next_call_expected"),
                    FieldPanel("apply_url"),
                    FieldPanel("places"),
                ],
                heading=_("Call for applications"),
            ),
            FieldPanel("themes"),
            FieldPanel("eligibility"),
            FieldPanel("benefits"),
            FieldPanel("timeline"),
            FieldPanel("alumni_quotes"),
            FieldPanel("faq"),
        ]
        + ProgrammeBasePage.related_panels
    )

    override_translatable_fields = [
        SynchronizedField("call_year"),
        SynchronizedField("call_opens_at"),
        SynchronizedField("call_closes_at"),
        SynchronizedField("next_call_expected"),
        SynchronizedField("places"),
        SynchronizedField("apply_url"),
    ]

    parent_page_types = ["programmes.ProgrammesIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("advocacy programme (HRDAP)")
        verbose_name_plural = _("advocacy programmes (HRDAP)")

    def clean(self):
        super().clean()
        if self.call_opens_at and self.call_closes_at and self.call_opens_at >= self.call_closes_at:
            raise ValidationError(
                {"call_closes_at": _("The deadline must come after the opening date.")}
            )

    def status(self, now=None):
        """The call's state at `now` (the current time unless a test passes one)."""
        return call_status(self.call_opens_at, self.call_closes_at, now or timezone.now())

    def faq_items(self):
        """Questions with anchors that are unique on the page and readable in the URL."""
        items, seen = [], set()
        for number, block in enumerate(self.faq, start=1):
            words = slugify(block.value["question"])[:60].strip("-")
            base = f"faq-{words}" if words else f"faq-{number}"
            anchor, counter = base, 2
            while anchor in seen:
                anchor, counter = f"{base}-{counter}", counter + 1
            seen.add(anchor)
            items.append({"anchor": anchor, "value": block.value})
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call"] = self.status()
        context["faq_items"] = self.faq_items()
        return context


class HRDAPRelatedResource(RelatedResourceBase):
    page = ParentalKey(HRDAPPage, on_delete=models.CASCADE, related_name="related_resources")
