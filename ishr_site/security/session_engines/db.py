"""Django's database sessions, for session keys this site could have made (see well_formed)."""

from django.contrib.sessions.backends import db

from .well_formed import WellFormedKeyMixin


class SessionStore(WellFormedKeyMixin, db.SessionStore):
    pass
