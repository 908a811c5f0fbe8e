"""Where the messages not yet e-mailed stand: waiting for the background worker, or failed.

With a task queue every message waits a moment for the worker; only a wait longer than
`WORKER_LATE` is worth telling staff about (the worker is then most likely stopped, and the
message is safe: it is stored, and sent once the worker runs again or on a retry).
"""

from datetime import timedelta

from django.utils import timezone

WORKER_LATE = timedelta(minutes=10)


def failed_count():
    from home.models import ContactMessage

    return ContactMessage.objects.failed().count()


def late_count(now=None):
    """Messages that have waited longer than WORKER_LATE for their first try."""
    from home.models import ContactMessage

    since = (now or timezone.now()) - WORKER_LATE
    return ContactMessage.objects.waiting_for_first_try().filter(submit_time__lt=since).count()
