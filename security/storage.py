"""File storage that forgets files written by a transaction that does not commit."""

import contextlib
import contextvars

from django.core.files.storage import FileSystemStorage, default_storage
from django.db import transaction

# Names saved during the current write request and not yet committed; None outside one.
_pending_files = contextvars.ContextVar("pending_files", default=None)


class TransactionalFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        name = super()._save(name, content)
        pending = _pending_files.get()
        if pending is not None and transaction.get_connection().in_atomic_block:
            pending.add(name)
            transaction.on_commit(lambda: pending.discard(name))
        return name


@contextlib.contextmanager
def track_saved_files():
    """Delete, on the way out, every file saved inside the block whose transaction never
    committed (its rows were rolled back, so nothing would ever point at it)."""
    pending = set()
    token = _pending_files.set(pending)
    try:
        yield pending
    finally:
        _pending_files.reset(token)
        for name in pending:
            default_storage.delete(name)
