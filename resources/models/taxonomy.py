"""The resource library's vocabulary: types and regions (fixed lists) and topics and countries
(translatable snippets editors can extend).

Topics and countries keep one `slug` in every language (synchronised, not translated) so a
shared filter URL such as `?topic=reprisals` means the same thing on the English and French
library, and a French page that still points at an English term filters correctly.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    HANDBOOK = "handbook", _("Handbook")
    MANUAL = "manual", _("Manual")
    STUDY = "study", _("Study")
    REPORT = "report", _("Report")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    SUBMISSION = "submission", _("Submission")
    SCORECARD = "scorecard", _("Scorecard")
    ANNUAL_REPORT = "annual-report", _("Annual report")
    LEGAL_TOOL = "legal-tool", _("Legal tool")
    STRATEGY = "strategy", _("Strategy")


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")
    EUROPE_CENTRAL_ASIA = "europe-central-asia", _("Europe and Central Asia")
    MIDDLE_EAST_NORTH_AFRICA = "mena", _("Middle East and North Africa")
    GLOBAL = "global", _("Global")


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(
        _("name"), max_length=100, help_text=_("The topic as visitors read it, e.g. 'Reprisals'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in filter links; the same in every language. Letters, digits, hyphens."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Country(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100, help_text=_("The country's common name."))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in filter links; the same in every language, e.g. 'cote-divoire'."),
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        help_text=_("Resources about this country are also found under this region."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self):
        return self.name
