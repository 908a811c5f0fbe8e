"""The kinds of update (news, statement, joint letter…): a translatable snippet, so editors
add a kind without a change to the code. Like topics, a kind keeps one slug in every language,
so `?type=statement` filters the same way in English and French."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class UpdateKind(TranslatableMixin, models.Model):
    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("The kind as visitors read it, e.g. 'Joint letter'."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Used in filter links (?type=…); the same in every language. Letters, digits, hyphens."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order in the filters"),
        default=100,
        help_text=_("Kinds are offered in this order in the filters (smallest first)."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kind of update")
        verbose_name_plural = _("kinds of update")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"],
                name="newsroom_kind_slug_unique_per_locale",
                violation_error_message=_("Another kind in this language has this slug."),
            )
        ]

    def __str__(self):
        return self.name

    def validate_constraints(self, exclude=None):
        # The locale is never a field of the editor's form, yet the slug is unique per locale:
        # a taken slug is a message on the form, not a database error.
        super().validate_constraints(exclude=set(exclude or ()) - {"locale"})
