"""Admin panels that show contact messages only to staff allowed to read them."""

from wagtail.contrib.forms.panels import FormSubmissionsPanel

from .permissions import can_read_contact_messages


class ContactMessagesPanel(FormSubmissionsPanel):
    """The page editor's count of messages and link to them: for readers only (Editors edit
    the contact page, but its messages are personal data)."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return can_read_contact_messages(self.request.user) and super().is_shown()
