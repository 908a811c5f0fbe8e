"""Start the production WSGI server (gunicorn) on a free local port for a benchmark run."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(**overrides):
    environment = dict(os.environ)
    environment.update(
        DJANGO_SETTINGS_MODULE="ishr_site.settings.production",
        SECRET_KEY=environment.get("SECRET_KEY") or "benchmark-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain HTTP on the loopback: no proxy in front, so no HTTPS redirect.
        SECURE_SSL_REDIRECT="false",
        TRUST_X_FORWARDED_PROTO="false",
        SECURE_HSTS_SECONDS="0",
    )
    environment.update({key: str(value) for key, value in overrides.items()})
    return environment


@contextmanager
def production_server(workers=2, **overrides):
    """Yield the base URL of a running gunicorn; stop it afterwards."""
    port = free_port()
    environment = production_environment(**overrides)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=PROJECT,
        env=environment,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "ishr_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT,
        env=environment,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("the server did not start")
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=30)
