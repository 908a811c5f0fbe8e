"""Whether a yearly call for applications is open, worked out from the clock, not by an editor.

Kept free of Django's request cycle so tests can pass any moment as `now`.
"""

from dataclasses import dataclass
from datetime import datetime

UPCOMING = "upcoming"
OPEN = "open"
CLOSED = "closed"


@dataclass(frozen=True)
class CallStatus:
    state: str  # UPCOMING, OPEN or CLOSED
    opens_at: datetime | None
    closes_at: datetime | None

    @property
    def is_open(self):
        return self.state == OPEN


def call_status(opens_at, closes_at, now):
    """The state of a call whose window is [opens_at, closes_at): the deadline instant itself
    is already closed, so "midnight" means the first moment of the next day."""
    if closes_at is None or now >= closes_at:
        return CallStatus(CLOSED, opens_at, closes_at)
    if opens_at is not None and now < opens_at:
        return CallStatus(UPCOMING, opens_at, closes_at)
    return CallStatus(OPEN, opens_at, closes_at)
