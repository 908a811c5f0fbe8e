"""The site footer: one translatable snippet per language, reviewed and published like a page.

It is shown on every page, so a change goes through the "Review and publish" workflow: Editors
save drafts and submit them, Moderators publish (see `home.editorial.roles`). Visitors only ever
see the published version.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
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


class Footer(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
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

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="footer",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="footer",
        for_concrete_model=False,
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
        """The published footer in the visitor's language, else the default language's."""
        footers = {
            footer.locale_id: footer
            for footer in cls.objects.select_related("locale", "live_revision")
        }
        # The default locale is looked up only when the active language has no footer.
        return cls._published(footers.get(Locale.get_active().pk)) or cls._published(
            footers.get(Locale.get_default().pk)
        )

    @staticmethod
    def _published(footer):
        """What visitors may see of one footer row. Wagtail's own editor keeps drafts in
        revisions, so a live row holds the published text; wagtail-localize saves a draft
        translation into the row and marks it not live, so the published text is then in the
        live revision."""
        if footer is None or footer.live:
            return footer
        if footer.live_revision is not None:
            return footer.live_revision.as_object()
        return None


register_snippet(Footer)
