"""Data kept in this process's memory for one site generation.

A page that is not in the page cache still has to find its site, locales, view restrictions,
translations, images and related pages; these change only when something is published or
saved, which starts a new generation (see `generation`). Each worker reads the generation once per request from the shared
cache, so a value remembered here is dropped on every worker by the next request after a change.
Outside a request (management commands, the shell) nothing is remembered: the generation
would be a cache read for every lookup, and nothing would notice it change.

Values are shared by every request of the process: only plain data, or objects that callers
copy or never change.
"""

import pickle

from .generation import request_generation


class GenerationMemo:
    def __init__(self, max_entries):
        # Keys may come from visitors (host names): a bound keeps memory flat whatever they send.
        self.max_entries = max_entries
        # One tuple, replaced whole, so that threads never pair a generation with the other's
        # values.
        self._state = (None, {})

    def get(self, key, build):
        """The value remembered under `key` in this generation, else `build()` (remembered)."""
        return self.get_many([key], lambda keys: {key: build()})[key]

    def get_many(self, keys, build_missing):
        """{key: value} for `keys`: those remembered in this generation, and those that
        `build_missing(missing_keys)` returns in a dict (remembered; a key it leaves out is
        missing from the answer too)."""
        generation = request_generation()
        if generation is None:
            return build_missing(list(keys))
        state = self._state
        if state[0] != generation:
            state = (generation, {})
            self._state = state
        values = state[1]
        found = {}
        missing = []
        for key in keys:
            try:
                found[key] = values[key]
            except KeyError:
                missing.append(key)
        if missing:
            built = build_missing(missing)
            for key, value in built.items():
                if len(values) < self.max_entries:
                    values[key] = value
            found.update(built)
        return found

    def forget(self, key):
        self._state[1].pop(key, None)


class CopyingMemo(GenerationMemo):
    """For model instances: kept pickled, and each caller gets a fresh copy, since Django and
    Wagtail cache things on instances (a page's parent, an image's renditions)."""

    def get(self, key, build):
        return pickle.loads(super().get(key, lambda: _pickled(build())))

    def get_many(self, keys, build_missing):
        def pickled_missing(missing):
            return {key: _pickled(value) for key, value in build_missing(missing).items()}

        found = super().get_many(keys, pickled_missing)
        return {key: pickle.loads(value) for key, value in found.items()}


def _pickled(value):
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
