"""Django's cache-then-database sessions, for session keys this site could have made (see
well_formed)."""

from django.contrib.sessions.backends import cached_db

from .well_formed import WellFormedKeyMixin


class SessionStore(WellFormedKeyMixin, cached_db.SessionStore):
    pass
