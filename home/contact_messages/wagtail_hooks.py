"""How contact messages plug into Wagtail's admin (registered from home/wagtail_hooks.py)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import UnsentContactMessagesView, retry_contact_messages
from .dashboard import UnsentContactMessagesPanel
from .permissions import can_read_contact_messages
from .status import failed_count, late_count


@hooks.register("filter_form_submissions_for_user")
def only_readers_see_form_submissions(user, form_pages):
    # Wagtail opens a form's submissions (listing, CSV/XLSX export, delete) to anyone who may
    # edit the page. Every form's submissions are personal data: without the permission, none.
    if can_read_contact_messages(user):
        return form_pages
    return form_pages.none()


@hooks.register("register_permissions")
def contact_message_permission():
    # Listed in Wagtail's group editor, so another group can be given it there.
    return Permission.objects.filter(
        content_type__app_label="home", codename="read_contact_messages"
    )


@hooks.register("register_admin_urls")
def unsent_contact_message_urls():
    return [
        path(
            "reports/unsent-contact-messages/",
            UnsentContactMessagesView.as_view(),
            name="unsent_contact_messages",
        ),
        path(
            "reports/unsent-contact-messages/retry/",
            retry_contact_messages,
            name="retry_contact_messages",
        ),
    ]


class ReadersOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_contact_messages(request.user)


@hooks.register("register_reports_menu_item")
def unsent_contact_messages_menu_item():
    return ReadersOnlyMenuItem(
        _("Messages not yet e-mailed"),
        reverse("unsent_contact_messages"),
        name="unsent-contact-messages",
        icon_name="mail",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def unsent_contact_messages_panel(request, panels):
    if can_read_contact_messages(request.user):
        # A message queued seconds ago is no news; a failed one, or a long wait, is.
        failed, late = failed_count(), late_count()
        if failed or late:
            panels.append(UnsentContactMessagesPanel(failed, late))
