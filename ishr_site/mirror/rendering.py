"""Rendering the mirror's pages: in this process, or in several at once.

Rendering a page (routing, queries, templates) is nearly all of an export's time, and each page
renders on its own; the exporter keeps the rest (which files exist, rewriting links, writing) in
one process. Several rendering processes are forked from the exporter, so they start with its
settings and the export's description, and open their own database connections.

Pages go through the live site's own URLs, views and middleware, with three differences made
here and nowhere else (see `MirrorHandler`): no page cache, each request carries the export, and
the site search is answered by the copy's own search page. A database the children
cannot see (SQLite in memory, or data not yet committed) is rendered in this process.
"""

import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_all_start_methods, get_context

from django.conf import settings
from django.db import connections
from django.test import Client, override_settings
from django.test.client import ClientHandler

from .context import MirrorExport
from .paths import query_string_of
from .views import copy_search

# A copy's pages carry its banner: never served to, or taken from, live visitors.
PAGE_CACHE_MIDDLEWARE = "ishr_site.caching.middleware.AnonymousPageCacheMiddleware"
# The live site search needs the server; the copy's own page searches with a script.
SEARCH_URL_NAME = "search"

# Pages waiting per rendering process: enough to keep each busy while the exporter writes.
QUEUED_PER_PROCESS = 4
# Beyond this, more processes mostly wait for the database and for each other.
MOST_PROCESSES = 8


@dataclass(frozen=True)
class Rendered:
    """What the exporter needs of a response; plain data, sent back from a child process."""

    status: int
    content_type: str
    location: str
    body: bytes


def render(client, key):
    path, params = key
    response = client.get(path + (f"?{query_string_of(params)}" if params else ""))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return Rendered(
        status=response.status_code,
        content_type=response.get("Content-Type", "text/html"),
        location=response.get("Location", ""),
        body=body if response.status_code == 200 else b"",
    )


class MirrorHandler(ClientHandler):
    """Django's in-process request handler, as an export needs it."""

    def __init__(self, export, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.export = export

    def load_middleware(self, is_async=False):
        middleware = [name for name in settings.MIDDLEWARE if name != PAGE_CACHE_MIDDLEWARE]
        with override_settings(MIDDLEWARE=middleware):
            super().load_middleware(is_async)

    def get_response(self, request):
        request.mirror_export = self.export
        return super().get_response(request)

    def resolve_request(self, request):
        match = super().resolve_request(request)
        if match.url_name == SEARCH_URL_NAME:
            match.func = copy_search
        return match


class MirrorClient(Client):
    def __init__(self, export, **defaults):
        super().__init__(**defaults)
        self.handler = MirrorHandler(export, enforce_csrf_checks=False)


def make_client(host, export):
    # HTTPS, so that a production setting that redirects plain HTTP still renders pages. A
    # page that fails is reported at the end (and logged) rather than ending the export.
    assert isinstance(export, MirrorExport)
    return MirrorClient(export, HTTP_HOST=host, secure=True, raise_request_exception=False)


def default_processes():
    return max(1, min(os.cpu_count() or 1, MOST_PROCESSES))


def why_one_process():
    """Why the pages must be rendered in this process, or None if children can do it."""
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            return "the data is inside a transaction that other processes cannot see"
    for alias in connections:
        connection = connections[alias]
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            return "the SQLite database is in memory"
    if "fork" not in get_all_start_methods():
        return "this system cannot fork processes"
    return None


class InProcessRenderer:
    """Renders each page when asked, in this process."""

    processes = 1

    def __init__(self, host, export):
        self.client = make_client(host, export)
        self.done = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False

    def has_room(self):
        return not self.done

    def submit(self, key):
        self.done.append((key, render(self.client, key)))

    @property
    def busy(self):
        return bool(self.done)

    def completed(self):
        done, self.done = self.done, []
        return done


# Set in each rendering process by its initializer.
_child_client = None


def _start_child(host, export):
    global _child_client
    _child_client = make_client(host, export)


def _render_in_child(key):
    return key, render(_child_client, key)


class ProcessPoolRenderer:
    """Renders pages in `processes` forked processes, a few queued for each."""

    def __init__(self, host, export, processes):
        self.processes = processes
        self.host = host
        self.export = export
        self.pool = None
        self.running = set()

    def __enter__(self):
        # Each child must open its own connections: a shared socket would mix up replies.
        connections.close_all()
        self.pool = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=get_context("fork"),
            initializer=_start_child,
            initargs=(self.host, self.export),
        )
        return self

    def __exit__(self, *exc_info):
        self.pool.shutdown(wait=True, cancel_futures=True)
        return False

    def has_room(self):
        return len(self.running) < self.processes * QUEUED_PER_PROCESS

    def submit(self, key):
        self.running.add(self.pool.submit(_render_in_child, key))

    @property
    def busy(self):
        return bool(self.running)

    def completed(self):
        """Waits for at least one page; every page rendered so far."""
        done, self.running = wait(self.running, return_when=FIRST_COMPLETED)
        return [future.result() for future in done]
