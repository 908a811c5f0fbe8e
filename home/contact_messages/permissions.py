"""The one permission that opens contact messages (personal data) to a member of staff."""

READ_CONTACT_MESSAGES = "home.read_contact_messages"


def can_read_contact_messages(user):
    return bool(user and user.is_active and user.has_perm(READ_CONTACT_MESSAGES))
