"""A private PostgreSQL cluster that a test may stop and start at will.

Built with Debian's PostgreSQL server binaries, run as the `postgres` user, on a free port,
with its data in a temporary folder: stopping it harms nothing else on the machine.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_binaries():
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return candidates[0].parent if candidates else None


class ThrowawayPostgres:
    def __init__(self, base_dir, port):
        self.bin = postgres_binaries()
        self.data = Path(base_dir) / "cluster"
        self.port = port
        self.base_dir = Path(base_dir)
        self.log = self.base_dir / "server.log"

    def as_postgres(self, *command, check=True):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *command],
            capture_output=True,
            text=True,
            timeout=120,
            check=check,
        )

    def initialise(self):
        self.base_dir.chmod(0o755)
        self.data.mkdir()
        shutil.chown(self.data, "postgres", "postgres")
        self.log.touch()
        shutil.chown(self.log, "postgres", "postgres")
        self.as_postgres(
            str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"
        )

    def start(self):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        # The server's output goes to a log file: a pipe would keep this call waiting for it.
        self.as_postgres(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.log),
            "-w", "start",
        )  # fmt: skip

    def stop(self):
        self.as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")

    def stop_quietly(self):
        self.as_postgres(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", check=False
        )

    def create_database(self, name):
        self.as_postgres(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), name)

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


def site_environment(database_url, media_root):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="ishr_site.settings.test",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        ADMIN_PASSWORD="throwaway-admin-password",
        CONN_MAX_AGE="60",
    )
    return environment


def manage(environment, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result


class SiteServer:
    """The site under gunicorn, as `make serve` runs it (one worker, test settings)."""

    def __init__(self, environment):
        self.port = free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 — closed by stop()
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "ishr_site.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            # A file, not a pipe nobody reads: once a pipe's buffer is full of logged errors,
            # the worker blocks on its next log line and the site stops answering.
            stderr=self.log,
        )
        self.wait_until_listening()

    def wait_until_listening(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)  # polling a process that is starting, not waiting for a clock
        raise RuntimeError("gunicorn did not start")

    def get(self, path, language="en"):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"Accept-Language": language}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
