"""The admin report "Messages not yet e-mailed" and its retry button.

It shows when each message came and what went wrong, never what the message says (that is in
the form's own submissions listing, behind the same permission).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .delivery import deliver_waiting
from .permissions import can_read_contact_messages

SHOWN = 200


def unsent_messages():
    from home.models import ContactMessage

    return ContactMessage.objects.not_yet_emailed().select_related("page", "page__locale")


class UnsentContactMessagesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/unsent_contact_messages.html"
    page_title = gettext_lazy("Messages not yet e-mailed")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_read_contact_messages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        waiting = unsent_messages().order_by("submit_time")
        context.update(
            messages_waiting=waiting[:SHOWN],
            waiting_count=waiting.count(),
            retry_url=reverse("retry_contact_messages"),
        )
        return context


@require_POST
def retry_contact_messages(request):
    if not can_read_contact_messages(request.user):
        raise PermissionDenied
    sent, waiting = deliver_waiting()
    if sent:
        messages.success(
            request,
            ngettext("%(count)d message e-mailed.", "%(count)d messages e-mailed.", sent)
            % {"count": sent},
        )
    if waiting:
        messages.error(
            request,
            ngettext(
                "%(count)d message could still not be e-mailed; it is kept and will be tried again.",
                "%(count)d messages could still not be e-mailed; they are kept and will be tried again.",
                waiting,
            )
            % {"count": waiting},
        )
    if not sent and not waiting:
        messages.success(request, gettext("Every message has been e-mailed."))
    return redirect("unsent_contact_messages")
