"""When a document is read: after the transaction that added or replaced its file commits.

Loading demo content pauses the automatic scheduling and reads its own files in this process
at the end (they are made here, so the worker's isolation buys nothing and a process per file
would slow every test run).
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

logger = logging.getLogger(__name__)

_paused = ContextVar("resource_text_extraction_paused", default=False)


@contextmanager
def extraction_paused():
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def schedule_extraction(document_id, force=False):
    """Queue the document's text extraction once the current transaction commits."""
    if _paused.get() or document_id is None:
        return
    transaction.on_commit(lambda: _enqueue(document_id, force))


def _enqueue(document_id, force):
    from resources.tasks import extract_document_text

    try:
        extract_document_text.enqueue(document_id, force=force)
    except Exception:  # a queue outage must not fail the save that triggered it
        logger.exception("Could not queue text extraction for document %s", document_id)
