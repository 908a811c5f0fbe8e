"""The dashboard panel that tells readers of contact messages some are not e-mailed yet."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component


class UnsentContactMessagesPanel(Component):
    name = "unsent_contact_messages"
    order = 90  # above the translation panel: a message waiting is more urgent
    template_name = "home/admin/unsent_contact_messages_panel.html"
    heading = _("Messages not yet e-mailed")

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {
            "heading": self.heading,
            "count": self.count,
            "report_url": reverse("unsent_contact_messages"),
        }
