"""A message sent through the contact form, with what became of its e-mail to the team.

The message is kept first (in the request's transaction) and e-mailed afterwards by a
background task, so an unreachable mail server never loses it: the fields below say whether
it has been sent, when, after how many tries, and the class of the last error (never its
text, which may quote addresses).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import AbstractFormSubmission


class ContactMessageQuerySet(models.QuerySet):
    def not_yet_emailed(self):
        """Messages still to be e-mailed: never sent, from a page that names a recipient."""
        return self.filter(emailed_at__isnull=True).exclude(page__contactpage__to_address="")

    def waiting_for_first_try(self):
        """Stored and queued, not tried yet: the background worker has not reached them (with
        a task queue, every message is here for a moment; for long, the worker is stopped)."""
        return self.not_yet_emailed().filter(email_attempts=0)

    def failed(self):
        """Tried and refused (the mail server was away or said no): kept for the next try."""
        return self.not_yet_emailed().filter(email_attempts__gt=0)


class ContactMessage(AbstractFormSubmission):
    # Written only by the delivery task (home/contact_messages/delivery.py), never in a form.
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True, editable=False)
    email_attempts = models.PositiveIntegerField(_("e-mail attempts"), default=0, editable=False)
    last_email_attempt_at = models.DateTimeField(
        _("last e-mail attempt"), null=True, blank=True, editable=False
    )
    last_email_error = models.CharField(
        _("last e-mail error"), max_length=200, blank=True, editable=False
    )

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        # Only the one permission below: reading a message is what needs guarding, and it
        # is given to Moderators alone (see home/editorial/roles.py).
        default_permissions = ()
        permissions = [("read_contact_messages", "Can read contact messages")]
        indexes = [
            models.Index(
                fields=["emailed_at"],
                name="contact_message_unsent",
                condition=models.Q(emailed_at__isnull=True),
            )
        ]
