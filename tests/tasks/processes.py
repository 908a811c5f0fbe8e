"""The pieces of a deployment with a task queue, as separate processes: a database copied
from the test database (the demo), the site under gunicorn and `manage.py db_worker`, both
with tests/tasks/settings.py, as `make serve` and `make worker` run them."""

import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

from django.db import connection

import psycopg

from tests.conftest import drop_other_connections
from tests.security.throwaway_postgres import ROOT, site_environment

DEADLINE = 90  # seconds; a loaded 2-core machine starts Django slowly, the wait ends sooner


def wait_until(condition, what, timeout=DEADLINE):
    """Poll `condition` until it is true (its value is returned) or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"Gave up waiting for {what}")


class ScratchDatabase:
    """A copy of the test database, which processes other than this one can open."""

    def __init__(self, folder):
        from django.db import connections

        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            self.path = folder / "queue.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(self.path) as copy:
                connection.connection.backup(copy)
            self.url = f"sqlite:///{self.path}"
            return
        details = connection.settings_dict
        self.name = f"{details['NAME']}_queue"
        # A database is copied only while nobody is connected to it.
        drop_other_connections()
        connections.close_all()
        self.admin = psycopg.connect(
            host=details["HOST"], port=details["PORT"] or 5432, user=details["USER"],
            password=details["PASSWORD"] or None, dbname="postgres", autocommit=True,
        )  # fmt: skip
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
        self.admin.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{details["NAME"]}"')
        password = f":{details['PASSWORD']}" if details["PASSWORD"] else ""
        self.url = (
            f"postgres://{details['USER']}{password}@{details['HOST']}:"
            f"{details['PORT'] or 5432}/{self.name}"
        )

    def rows(self, sql, *parameters):
        """The rows a query finds now (placeholders written %s, for both databases)."""
        if self.vendor == "sqlite":
            with sqlite3.connect(self.path) as reader:
                return reader.execute(sql.replace("%s", "?"), parameters).fetchall()
        with psycopg.connect(self.url.replace("postgres://", "postgresql://")) as reader:
            return reader.execute(sql, parameters).fetchall()

    def execute(self, sql, *parameters):
        if self.vendor == "sqlite":
            with sqlite3.connect(self.path) as writer:
                writer.execute(sql.replace("%s", "?"), parameters)
            return
        with psycopg.connect(self.url.replace("postgres://", "postgresql://")) as writer:
            writer.execute(sql, parameters)

    def drop(self):
        if self.vendor == "postgresql":
            self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin.close()


def queue_environment(database, media_root, smtp_port):
    environment = site_environment(database.url, media_root)
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.tasks.settings",
        TASK_QUEUE="database",
        EMAIL_PORT=str(smtp_port),
        EMAIL_TIMEOUT="60",
        LOG_LEVEL="INFO",
        # As behind the TLS proxy: each test's visitor comes from an address of its own, so
        # the contact form's per-address limit never refuses a later test's message.
        TRUSTED_PROXY_COUNT="1",
    )
    return environment


class Worker:
    """`manage.py db_worker`, as `make worker` runs it, checking the queue ten times a second."""

    def __init__(self, environment):
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 — closed by stop()
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay",
             "--interval", "0.1"],
            cwd=ROOT, env=environment, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    def output(self):
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def wait_for_output(self, pattern, timeout=DEADLINE):
        return wait_until(lambda: re.search(pattern, self.output()), f"worker output {pattern!r}")

    def ask_to_stop(self):
        """SIGTERM, as a service manager stops it: the task under way is finished first."""
        self.process.send_signal(signal.SIGTERM)

    def stop(self):
        if self.process.poll() is None:
            self.ask_to_stop()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.log.close()


class Workers:
    """The workers a test starts, each sending e-mail to the given SMTP port."""

    def __init__(self, environment):
        self.environment = environment
        self.started = []

    def start(self, smtp_port):
        worker = Worker({**self.environment, "EMAIL_PORT": str(smtp_port)})
        self.started.append(worker)
        return worker

    def stop_all(self):
        for worker in self.started:
            worker.stop()
