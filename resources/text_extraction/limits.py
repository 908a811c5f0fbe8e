"""How much of a file is read, and for how long; settings can lower or raise each bound.

The defaults keep one file's text under about a million characters (a 300-page guide; a few
megabytes in the database) and its extraction under half a minute of one core.
"""

from dataclasses import asdict

from django.conf import settings

from .readers import Limits

# Files larger than this are not opened at all: reading them would hold the bytes in memory.
DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024
# The worker's own deadline ends a long file with what it read; this one kills a stuck worker.
HARD_TIMEOUT_MARGIN_SECONDS = 10


def current_limits():
    overrides = getattr(settings, "RESOURCE_TEXT_LIMITS", {})
    known = {key: value for key, value in overrides.items() if key in asdict(Limits())}
    return Limits(**known)


def max_file_bytes():
    return getattr(settings, "RESOURCE_TEXT_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)


def hard_timeout(limits):
    return getattr(
        settings, "RESOURCE_TEXT_HARD_TIMEOUT", limits.soft_seconds + HARD_TIMEOUT_MARGIN_SECONDS
    )
