"""Losing the database: a 503 in the visitor's language, and recovery without a restart."""

import shutil
import tempfile

from django.db import connection

import pytest

from .throwaway_postgres import (
    SiteServer,
    ThrowawayPostgres,
    free_port,
    manage,
    postgres_binaries,
    site_environment,
)

ENGLISH_503 = "The site is briefly unavailable"
FRENCH_503 = "Le site est brièvement indisponible"


def assert_unavailable(server, path, language, text):
    status, headers, body = server.get(path, language)
    assert status == 503, (path, status, body[:500])
    assert text in body
    assert headers.get("Retry-After") == "30"
    assert "Traceback" not in body and "OperationalError" not in body and "psycopg" not in body
    assert "no-store" in headers.get("Cache-Control", "")


def first_success(server, path, attempts=5):
    """The number of requests it takes for `path` to answer 200 again (one after the other,
    with no pause: recovering must not depend on a visitor waiting)."""
    for attempt in range(1, attempts + 1):
        status, _headers, _body = server.get(path)
        if status == 200:
            return attempt
    return None


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="runs its own PostgreSQL server whatever the suite's database: it runs with the "
    "suite on PostgreSQL (the second half of CI), not twice",
)
@pytest.mark.skipif(postgres_binaries() is None, reason="PostgreSQL server binaries are missing")
@pytest.mark.skipif(shutil.which("runuser") is None, reason="needs runuser to act as postgres")
def test_database_loss_gives_a_localised_503_and_the_site_recovers_by_itself(tmp_path):
    # The postgres user cannot enter pytest's private temporary folders: a folder of its own.
    cluster_dir = tempfile.mkdtemp(prefix="ishr-throwaway-pg-")
    cluster = ThrowawayPostgres(cluster_dir, free_port())
    cluster.initialise()
    environment = site_environment(cluster.url("ishr_throwaway"), tmp_path / "media")
    server = SiteServer(environment)
    try:
        # 1. Nothing listens on the database port yet: a closed port.
        assert_unavailable(server, "/en/", "en", ENGLISH_503)
        assert_unavailable(server, "/fr/", "fr", FRENCH_503)
        assert_unavailable(server, "/", "fr", FRENCH_503)  # the front door, from the browser
        assert_unavailable(server, "/en/about/", "en", ENGLISH_503)

        # 2. The database appears (and gets the site's data): served, without a restart.
        cluster.start()
        cluster.create_database("ishr_throwaway")
        manage(environment, "migrate", "--no-input")
        manage(environment, "load_demo_content")
        assert first_success(server, "/en/about/") == 1

        # 3. The database stops under a running site. (Pages not rendered since it appeared, so
        # that none can come from what was cached for the current site generation.)
        cluster.stop()
        assert_unavailable(server, "/en/programmes/", "en", ENGLISH_503)
        assert_unavailable(server, "/fr/a-propos/", "fr", FRENCH_503)

        # 4. It comes back: the next request is served again.
        cluster.start()
        assert first_success(server, "/fr/a-propos/") == 1
        status, _headers, body = server.get("/fr/")
        assert status == 200 and 'lang="fr"' in body
    finally:
        server.stop()
        cluster.stop_quietly()
        shutil.rmtree(cluster_dir, ignore_errors=True)
