"""The test database with the whole demo in it, built once per run and copied to each worker.

Migrating and loading the demo takes minutes on this project's 2-core machines, so the first
worker to get here builds it and keeps a copy (a template database on PostgreSQL, a file on
SQLite); every other worker, and every test that committed changes (live-server tests), gets a
fresh copy of that instead, which takes about a second. Media files written by the loader are
copied along, so images and documents of the demo exist in every worker's MEDIA_ROOT.

A second copy, the demo with its page tree removed (`without_pages`), is made the first time a
test asks for it: removing the bilingual tree through Wagtail takes 10 to 30 seconds, which the
small-tree tests (tests/programmes_fixtures.py) used to pay each, inside their transaction.
"""

import fcntl
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection, connections
from django.test.utils import setup_databases


def shared_folder(config, tmp_path_factory):
    """A folder all workers of this run share (pytest-xdist gives each its own below it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


class DemoDatabase:
    DEMO = "demo"

    def __init__(self, folder, load_demo, variants=None):
        self.folder = Path(folder) / "demo-database"
        self.folder.mkdir(exist_ok=True)
        self.load_demo = load_demo
        self.ready = self.folder / "ready"
        self.media = self.folder / "media"
        # Named before any worker renames its connection to its own test database.
        self.template = f"test_{settings.DATABASES['default']['NAME']}_demo"
        # Other states a test may start from: name -> function that makes it from the demo
        # (run once per run, committed, then copied like the demo).
        self.variants = variants or {}
        self.state = self.DEMO  # what this worker's test database holds now

    # The one copy every worker starts from.

    def set_up(self, verbosity=0):
        """This worker's test database with the demo in it; returns what teardown needs."""
        with self.lock():
            if self.ready.exists():
                return self.copy_into_new_test_database()
            config = setup_databases(
                verbosity=verbosity, interactive=False, aliases=["default"], serialized_aliases=[]
            )
            self.load_demo()
            self.keep_template()
            shutil.copytree(settings.MEDIA_ROOT, self.media, dirs_exist_ok=True)
            self.ready.touch()
            return config

    @contextmanager
    def lock(self):
        with open(self.folder / "lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def copy_into_new_test_database(self):
        """What Django's create_test_db does, with a copy of the demo instead of migrations."""
        old_name = connection.settings_dict["NAME"]
        test_name = connection.creation._get_test_db_name()
        connection.close()
        settings.DATABASES[connection.alias]["NAME"] = test_name
        connection.settings_dict["NAME"] = test_name
        self.restore()
        shutil.copytree(self.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
        return [(connection, old_name, True)]

    def keep_template(self, state=DEMO):
        if connection.vendor == "postgresql":
            connections.close_all()
            with admin_cursor() as cursor:
                # A live server's thread may still hold a connection to the source.
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    [connection.settings_dict["NAME"]],
                )
                cursor.execute(f"DROP DATABASE IF EXISTS {self.template_name(state)} WITH (FORCE)")
                cursor.execute(
                    f"CREATE DATABASE {self.template_name(state)} TEMPLATE {quoted_test_name()}"
                )
        else:
            connection.ensure_connection()
            template = sqlite3.connect(self.template_file(state))
            try:
                connection.connection.backup(template)
            finally:
                template.close()

    # Back to the demo after a test that committed changes.

    def restore(self, state=DEMO):
        if connection.vendor == "postgresql":
            connections.close_all()
            with admin_cursor() as cursor:
                # FORCE: a live server's thread may still hold a connection.
                cursor.execute(f"DROP DATABASE IF EXISTS {quoted_test_name()} WITH (FORCE)")
                cursor.execute(
                    f"CREATE DATABASE {quoted_test_name()} TEMPLATE {self.template_name(state)}"
                )
        else:
            connection.ensure_connection()
            template = sqlite3.connect(self.template_file(state))
            try:
                template.backup(connection.connection)
            finally:
                template.close()
        self.state = state

    # Another starting state (see `variants`), made once per run.

    def use(self, state):
        """Give this worker's test database `state` (between tests, outside any transaction)."""
        if state == self.state:
            return
        if state == self.DEMO:
            self.restore()
            return
        with self.lock():
            if not self.variant_ready(state).exists():
                from django.db import transaction

                self.restore()  # made from the demo as loaded, whatever the last test left
                with transaction.atomic():
                    self.variants[state]()
                self.keep_template(state)
                self.variant_ready(state).touch()
        self.restore(state)

    def variant_ready(self, state):
        return self.folder / f"ready-{state}"

    def template_file(self, state=DEMO):
        return self.folder / ("demo.sqlite3" if state == self.DEMO else f"{state}.sqlite3")

    def template_name(self, state=DEMO):
        name = self.template if state == self.DEMO else f"{self.template}_{state}"
        return connection.ops.quote_name(name)

    def remove(self):
        """At the end of the run (once every worker is done)."""
        if connection.vendor == "postgresql" and self.ready.exists():
            with admin_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {self.template_name()} WITH (FORCE)")
                for state in self.variants:
                    if self.variant_ready(state).exists():
                        cursor.execute(
                            f"DROP DATABASE IF EXISTS {self.template_name(state)} WITH (FORCE)"
                        )
        shutil.rmtree(self.folder, ignore_errors=True)


def quoted_test_name():
    return connection.ops.quote_name(connection.settings_dict["NAME"])


@contextmanager
def admin_cursor():
    """A cursor on PostgreSQL's maintenance database, outside any test database."""
    with connection._nodb_cursor() as cursor:
        yield cursor
