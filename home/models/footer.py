"""The site footer: one translatable snippet per language, edited like any content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External address"), required=False, help_text=_("Used when no page is chosen.")
    )

    class Meta:
        icon = "link"
        label = _("Link")


class Footer(TranslatableMixin, models.Model):
    address = models.TextField(
        _("address"), help_text=_("Postal address, one line per row, as it should be printed.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The public contact address."))
    phone = models.CharField(
        _("telephone"), max_length=40, blank=True, help_text=_("International format, e.g. +41 …")
    )
    links = StreamField(
        [("link", FooterLinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Links shown in the footer, such as privacy or accessibility."),
    )
    note = models.CharField(
        _("closing note"),
        max_length=250,
        blank=True,
        help_text=_("A short line such as the registration or copyright statement."),
    )

    panels = [
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("links"),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})").format(language=self.locale.get_display_name()))

    @classmethod
    def for_active_language(cls):
        """The footer in the visitor's language, else the default language's footer."""
        footers = {f.locale_id: f for f in cls.objects.select_related("locale")}
        active = Locale.get_active()
        return footers.get(active.pk) or footers.get(Locale.get_default().pk)


register_snippet(Footer)
