"""A throwaway database of the same engine as the tests', for tests that build one from the
migrations (the shared test database already has every migration and the demo).

While it is open it *is* the default database, so models, managers and raw SQL all use it;
the shared test connection is set aside, not closed (an in-memory SQLite database would vanish),
and comes back afterwards.
"""

import os
from contextlib import contextmanager

from django.db import connections


@contextmanager
def scratch_database(folder, suffix="scratch"):
    shared = connections["default"]
    settings = dict(shared.settings_dict)
    if shared.vendor == "sqlite":
        settings["NAME"] = str(folder / f"{suffix}.sqlite3")
    else:
        # One per pytest-xdist worker: two workers must never drop each other's.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        settings["NAME"] = f"{settings['NAME']}_{suffix}_{worker}".rstrip("_")[:63]
    scratch = shared.__class__(settings, alias="default")
    if scratch.vendor == "postgresql":
        _recreate(scratch, settings["NAME"])
    connections["default"] = scratch
    try:
        yield scratch
    finally:
        scratch.close()
        connections["default"] = shared
        if scratch.vendor == "postgresql":
            _drop(scratch, settings["NAME"])


def _recreate(connection, name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')


def _drop(connection, name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
