"""File storage that forgets the files of a write request whose transaction rolled back."""

import contextlib
import contextvars

from django.core.files.storage import FileSystemStorage, default_storage

# Names saved during the current write request; None outside one.
_saved_files = contextvars.ContextVar("saved_files", default=None)


class ForgetsRolledBackFiles:
    """Mixed into a storage class: remembers the names it saves during a write request."""

    def _save(self, name, content):
        name = super()._save(name, content)
        saved = _saved_files.get()
        if saved is not None:
            saved.append(name)
        return name


class TransactionalFileSystemStorage(ForgetsRolledBackFiles, FileSystemStorage):
    pass


class SavedFiles(list):
    kept = False

    def keep(self):
        """The request's transaction committed: its files belong to saved rows."""
        self.kept = True


@contextlib.contextmanager
def track_saved_files():
    """Delete, on the way out, every file saved inside the block unless `keep()` was called
    (its rows were rolled back, so nothing would ever point at it)."""
    saved = SavedFiles()
    token = _saved_files.set(saved)
    try:
        yield saved
    finally:
        _saved_files.reset(token)
        if not saved.kept:
            for name in saved:
                default_storage.delete(name)
