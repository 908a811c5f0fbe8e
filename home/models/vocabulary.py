"""The site's shared vocabulary: regions (a fixed list) and topics and countries (translatable
snippets editors can extend), used by every content type to say what it is about.

They live in the foundation so that any content app can point at them without depending on
another content app. Topics and countries keep one `slug` in every language (synchronised, not
translated) so a shared filter URL such as `?topic=reprisals` means the same thing in English
and French, and a French page that still points at an English term filters correctly. A
country's optional ISO code is synchronised too: it is what ties the snippet to the list of
ISO codes the programme pages name and place on their map (`home.vocabulary.places`).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.vocabulary.places import COUNTRY_CHOICES


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
    code = models.CharField(
        _("ISO code"),
        max_length=2,
        blank=True,
        choices=COUNTRY_CHOICES,
        help_text=_(
            "The country's two-letter ISO 3166-1 code, the same in every language; it links the "
            "country to the programme pages' map. Leave empty if the list does not have it."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region"), FieldPanel("code")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("code", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            # One country per code in each language; countries without a code are not counted.
            models.UniqueConstraint(
                fields=["code", "locale"],
                condition=~Q(code=""),
                name="home_country_code_unique_per_locale",
                violation_error_message=_("Another country in this language has this ISO code."),
            )
        ]

    def __str__(self):
        return self.name

    def validate_constraints(self, exclude=None):
        # The locale is never a field of the editor's form, yet the code is unique per locale:
        # check it anyway, so a taken code is a message on the form, not a database error.
        super().validate_constraints(exclude=set(exclude or ()) - {"locale"})
