"""Wagtail's rendition cache (the `renditions` alias), also kept in each process.

Wagtail looks up every picture's renditions in this cache, then writes them all back on every
render (it does not mark those it found as found). Here renditions found in the shared cache
are also kept in the process for the generation, and writing back one that is already known
costs nothing. Renditions change only with their image's file or focal point, and saving an
image starts a new generation; a deleted rendition also leaves this process's memory at once.
"""

import pickle

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

from .memo import GenerationMemo

_renditions = GenerationMemo(max_entries=20_000)


class RenditionCache(BaseCache):
    """Reads and writes through to the page cache's backend (LOCATION is unused)."""

    def __init__(self, location, params):
        super().__init__(params)

    @property
    def _shared(self):
        return caches[settings.PAGE_CACHE_ALIAS]

    def _shared_key(self, key):
        return f"ishr:rendition:{key}"

    def get_many(self, keys, version=None):
        def from_shared(missing):
            found = self._shared.get_many([self._shared_key(key) for key in missing])
            return {
                key: pickle.dumps(found[self._shared_key(key)], pickle.HIGHEST_PROTOCOL)
                for key in missing
                if self._shared_key(key) in found
            }

        # Fresh copies: Wagtail sets the image on each rendition it returns.
        return {
            key: pickle.loads(value)
            for key, value in _renditions.get_many(keys, from_shared).items()
        }

    def get(self, key, default=None, version=None):
        return self.get_many([key]).get(key, default)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        known = _renditions.get_many(data, lambda missing: {})
        new = {key: value for key, value in data.items() if key not in known}
        if new:
            self._shared.set_many(
                {self._shared_key(key): value for key, value in new.items()}, timeout
            )
            for key, value in new.items():
                _renditions.get(
                    key, lambda value=value: pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
                )
        return []

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.set_many({key: value}, timeout)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.get(key) is not None:
            return False
        self.set(key, value, timeout)
        return True

    def delete(self, key, version=None):
        _renditions.forget(key)
        return self._shared.delete(self._shared_key(key))

    def delete_many(self, keys, version=None):
        for key in keys:
            self.delete(key)

    def has_key(self, key, version=None):
        return self.get(key) is not None

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._shared.touch(self._shared_key(key), timeout)

    def clear(self):
        # Only renditions: the shared cache also holds pages, sessions and lockouts.
        pass
