"""One number that names the current state of the published site.

Every cached page and fragment is stored under the generation it was rendered in. Any write to
what visitors can see (see `writes`: publishing, moving or deleting a page, saving a snippet,
document or image, a management command's `QuerySet.update()`) moves to a new generation:
every listing, menu, footer and feed that might show the change is then rendered afresh, at once,
on every app server sharing the cache. Editors publish a few times a day, so the simplicity is
worth far more than the few pages re-rendered after each change.
"""

import contextlib
import contextvars
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

GENERATION_KEY = "ishr:site-generation"
# The generation read once per request: the page key, menus, footer and translations all ask
# for it, and each read would otherwise be a round trip to Redis.
_request_memo = contextvars.ContextVar("site_generation_memo", default=None)
# The request being answered, so that a write it causes can tell whether a visitor made it.
_current_request = contextvars.ContextVar("site_generation_request", default=None)
# Numbers of the post-commit generations asked for and started (see `start_new_generation`).
_last_requested = 0
_last_done = 0


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation():
    memo = _request_memo.get()
    if memo is None:
        return _read_generation()
    if "generation" not in memo:
        memo["generation"] = _read_generation()
    return memo["generation"]


@contextlib.contextmanager
def one_read_per_request(request=None):
    token = _request_memo.set({})
    request_token = _current_request.set(request)
    try:
        yield
    finally:
        _current_request.reset(request_token)
        _request_memo.reset(token)


def made_by_a_visitor():
    """Whether the code running now answers a request of someone not signed in. Visitors
    change nothing that public pages show (they download, write to us, sign in), so what they
    cause never starts a new generation: otherwise one request could empty every cache, and
    anyone could repeat it."""
    request = _current_request.get()
    if request is None:
        return False  # a management command, a background task, a test's own save
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def read_with(key):
    """The current generation and the value stored under `key`, in one round trip: a cached
    page is then served with a single read from Redis."""
    values = page_cache().get_many([GENERATION_KEY, key])
    generation = values.get(GENERATION_KEY)
    if generation is None:
        return current_generation(), None
    memo = _request_memo.get()
    if memo is not None:
        memo.setdefault("generation", generation)
    return generation, values.get(key)


def _read_generation():
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A cache that lost its data (restart, eviction) starts a fresh generation, so pages
        # stored before the loss can never be served again.
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def start_new_generation():
    """Called after each write that changes what visitors see (see `writes`)."""
    global _last_requested
    # At once: the rest of this process's work (a test, a command) reads the new generation.
    _set_new_generation()
    # And once the change is committed: until then other workers still read the old rows, and
    # may have stored them under the new generation. Many writes in one transaction need one.
    if not transaction.get_connection().in_atomic_block:
        return  # already committed
    _last_requested += 1
    number = _last_requested
    transaction.on_commit(lambda: _set_new_generation_after_commit(number))


def _set_new_generation_after_commit(number):
    global _last_done
    # Each callback knows its number: the first one to run after a commit does the work of
    # those before it (a savepoint rolled back may have dropped some of them).
    if number > _last_done:
        _last_done = _last_requested
        _set_new_generation()


def _set_new_generation():
    generation = time.time_ns()
    page_cache().set(GENERATION_KEY, generation, timeout=None)
    memo = _request_memo.get()
    if memo is not None:
        memo["generation"] = generation
