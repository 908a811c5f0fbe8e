"""The contact page: a form built by editors, protected against spam without a captcha."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.contact_messages.delivery import EmailAfterCommitMixin
from home.contact_messages.panels import ContactMessagesPanel
from ishr_site.security.form_protection import SpamProtectedFormMixin

from .base import BasePage
from .contact_message import ContactMessage


class ContactFormField(TranslatableMixin, AbstractFormField):
    """One field of the contact form; its label and help are translated with the page."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The key submissions are stored under stays the same in every language.
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(SpamProtectedFormMixin, EmailAfterCommitMixin, AbstractEmailForm, BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the form: who answers, and how quickly."),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown after a message is sent."),
    )

    content_panels = BasePage.content_panels + [
        ContactMessagesPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    # Addresses stay the same in every language; only the words are translated.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("subject"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    def get_submission_class(self):
        return ContactMessage

    def get_submissions_list_view_class(self):
        # Imported here: admin views are not loaded while the models are.
        from home.contact_messages.admin_listing import ContactMessagesListView

        return ContactMessagesListView

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
