"""The dashboard panel that tells readers of contact messages some are not e-mailed yet:
those that failed, and those the background worker has left waiting too long."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .status import WORKER_LATE


class UnsentContactMessagesPanel(Component):
    name = "unsent_contact_messages"
    order = 90  # above the translation panel: a message waiting is more urgent
    template_name = "home/admin/unsent_contact_messages_panel.html"
    heading = _("Messages not yet e-mailed")

    def __init__(self, failed, late):
        self.failed = failed
        self.late = late

    def get_context_data(self, parent_context):
        return {
            "heading": self.heading,
            "failed": self.failed,
            "late": self.late,
            "late_minutes": int(WORKER_LATE.total_seconds() // 60),
            "report_url": reverse("unsent_contact_messages"),
        }
