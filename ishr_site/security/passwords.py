"""A password validator for what Django's similarity check lets through."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MINIMUM_PART_LENGTH = 3


class NoAccountNameValidator:
    """Refuse passwords that contain the account's username, names or e-mail name
    ("editor-editor", "amina2024!") — the first guesses of anyone who knows the account."""

    def validate(self, password, user=None):
        if user is None:
            return
        email = getattr(user, "email", "") or ""
        parts = [
            getattr(user, "username", ""),
            getattr(user, "first_name", ""),
            getattr(user, "last_name", ""),
            email.split("@")[0],
        ]
        lowered = password.lower()
        for part in parts:
            part = (part or "").lower()
            if len(part) >= MINIMUM_PART_LENGTH and part in lowered:
                raise ValidationError(
                    _("The password must not contain your username, name or e-mail address."),
                    code="password_contains_account_name",
                )

    def get_help_text(self):
        return _("Your password can’t contain your username, name or e-mail address.")
