"""E-mailing a stored contact message to the team, once, whatever the mail server does.

`schedule_delivery` queues the e-mail once the transaction that stored the message commits, so
a queue worker always finds the row and a failed send can never roll the message back.
`deliver` is what the task runs: it takes the row's lock (on PostgreSQL), so the task and a
retry from the admin or `resend_contact_messages` never send the same message twice, and it
records the outcome on the message. It never raises: with the immediate backend it runs inside
the visitor's request, which must still end with the thank-you page; in the queue's worker, a
message deleted before its turn is skipped.
"""

import logging
import smtplib
import socket

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


class EmailAfterCommitMixin:
    """For an e-mail form page (before AbstractEmailForm in its bases): keep the message, then
    e-mail it once the request's transaction has committed.

    Wagtail's own version sends the e-mail inside the request: an unreachable mail server then
    answered 500 and rolled the message back. Now a failed send is recorded on the message and
    shown to staff, and the visitor is thanked all the same."""

    def process_form_submission(self, form):
        message = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        if self.to_address:
            schedule_delivery(message.pk)
        return message


def schedule_delivery(message_id):
    transaction.on_commit(lambda: _enqueue(message_id), robust=True)


def _enqueue(message_id):
    from home.tasks import send_contact_message

    try:
        send_contact_message.enqueue(message_id)
    except Exception as error:  # a queue outage: the message waits for a retry
        logger.error(
            "Contact message %s could not be queued for e-mail (%s)", message_id, error_name(error)
        )


def error_name(error):
    """The class of an error, never its text (an SMTP refusal may quote addresses)."""
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def email_body(message, page):
    """One "Label: value" line per field of the form, in the page's own order and language."""
    data = message.form_data
    lines = []
    for field in page.get_form_fields():
        if field.clean_name in data:
            value = data[field.clean_name]
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            lines.append(f"{field.label}: {value}")
    return "\n".join(lines)


# The mail server itself cannot be reached: the next message would only wait as long again.
SERVER_AWAY = (
    ConnectionError,
    TimeoutError,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
    socket.gaierror,
)


def deliver(message_id):
    """Send the message if it is still unsent; True when sent now, False when not."""
    return _attempt(message_id) is SENT


SENT = "sent"
SKIPPED = "skipped"


def _attempt(message_id):
    """SENT, SKIPPED (already sent, being sent, or no recipient) or the error that stopped it."""
    from wagtail.admin.mail import send_mail

    from home.models import ContactMessage

    with transaction.atomic():
        # Only the message's row is locked (not its page, which editors may be saving).
        message = (
            ContactMessage.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=message_id, emailed_at__isnull=True)
            .select_related("page")
            .first()
        )
        if message is None:  # already sent, or being sent by another worker right now
            return SKIPPED
        page = message.page.specific
        recipients = [address.strip() for address in page.to_address.split(",") if address.strip()]
        if not recipients:
            return SKIPPED
        message.email_attempts += 1
        message.last_email_attempt_at = timezone.now()
        outcome = SENT
        try:
            send_mail(page.subject, email_body(message, page), recipients, page.from_address)
        except Exception as error:  # the mail server is away or refuses: keep it for later
            outcome = error
            message.last_email_error = error_name(error)[:200]
            logger.warning(
                "Contact message %s not e-mailed (attempt %s): %s",
                message.pk,
                message.email_attempts,
                message.last_email_error,
            )
        else:
            message.emailed_at = message.last_email_attempt_at
            message.last_email_error = ""
        message.save(
            update_fields=[
                "emailed_at",
                "email_attempts",
                "last_email_attempt_at",
                "last_email_error",
            ]
        )
        return outcome


def deliver_waiting(queryset=None):
    """Try the messages not yet e-mailed, oldest first; (sent, still waiting).

    Stops at the first sign that the mail server is away, so a retry from the admin waits for
    one timeout (EMAIL_TIMEOUT), not one per message."""
    from home.models import ContactMessage

    waiting = queryset if queryset is not None else ContactMessage.objects.not_yet_emailed()
    sent = 0
    for message_id in waiting.order_by("submit_time").values_list("pk", flat=True):
        outcome = _attempt(message_id)
        if outcome is SENT:
            sent += 1
        elif isinstance(outcome, SERVER_AWAY):
            break
    return sent, ContactMessage.objects.not_yet_emailed().count()
