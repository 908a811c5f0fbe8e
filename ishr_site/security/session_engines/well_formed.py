"""Only session keys Django itself could have made are looked up.

A session cookie is whatever a visitor sends. Django checks only that a key is at least eight
characters long, then queries the database with it: a NUL byte (which PostgreSQL refuses in a
query) turned a made-up cookie into a server error, and thousands of characters into a long
lookup. Django makes every key from lowercase letters and digits (VALID_KEY_CHARS, 32 of them);
anything else is treated as no session at all, as an unknown key would be.
"""

import re

from django.contrib.sessions.backends.base import VALID_KEY_CHARS

# Django makes 32-character keys; a little room either way for keys made by older versions.
WELL_FORMED_KEY = re.compile(f"[{re.escape(VALID_KEY_CHARS)}]{{8,64}}", re.ASCII)


class WellFormedKeyMixin:
    def _validate_session_key(self, key):
        return isinstance(key, str) and WELL_FORMED_KEY.fullmatch(key) is not None
