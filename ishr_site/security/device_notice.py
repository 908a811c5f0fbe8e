"""Tell staff when an authenticator app is added to an account.

A device added by someone else (who had the password, and for a replacement a code as well) is
the one change to an account that its owner would otherwise never see. The owner and every
superuser get an e-mail at once, in the language of the page that added it.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def recipients(user):
    superusers = get_user_model().objects.filter(is_superuser=True, is_active=True)
    addresses = [user.email, *superusers.values_list("email", flat=True)]
    return sorted({address for address in addresses if address})


def send_device_added_notice(user, replaced):
    to = recipients(user)
    if not to:
        return
    subject = _("A new authenticator app was added to the account %(username)s") % {
        "username": user.get_username()
    }
    if replaced:
        change = _("It replaces the app used before, whose codes no longer work.")
    else:
        change = _("It is the first authenticator app of this account.")
    body = "\n\n".join(
        [
            _(
                "An authenticator app was set up for the ISHR website account %(username)s "
                "on %(date)s. From now on, its codes complete the sign-in to that account."
            )
            % {
                "username": user.get_username(),
                "date": date_format(timezone.localtime(), "DATETIME_FORMAT"),
            },
            change,
            _(
                "If this was not you, tell the site's administrators now: someone else may "
                "know the password. They can remove the app and the account's sessions."
            ),
        ]
    )
    try:
        send_mail(subject, body, None, to)
    except Exception:  # noqa: BLE001 — the enrolment stands; the failure must be seen
        logger.exception("Could not send the notice of a new authenticator app")
