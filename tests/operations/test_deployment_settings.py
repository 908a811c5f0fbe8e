"""The standard parts chosen by the environment: the settings they make, and that they work."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

import environ
import pytest
import redis

from ishr_site.settings import deployment

PROJECT = Path(__file__).resolve().parents[2]

# Prints the settings that the environment chose, and what a request to the home page got.
PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
# A page without images: making a rendition would fetch the original from the bucket.
response = Client().get("/en/about/") if connection.vendor == "postgresql" else None
print(json.dumps({
    "storage": settings.STORAGES["default"]["BACKEND"],
    "bucket": settings.STORAGES["default"]["OPTIONS"]["bucket_name"],
    "documents": settings.WAGTAILDOCS_SERVE_METHOD,
    "serve_media": settings.SERVE_MEDIA_FILES,
    "sessions": settings.SESSION_ENGINE,
    "static_url": settings.STATIC_URL,
    "csp": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "purge": settings.WAGTAILFRONTENDCACHE["default"]["BACKEND"],
    "pool": connection.pool is not None if connection.vendor == "postgresql" else None,
    "status": response and response.status_code,
    "page_csp": response and response["Content-Security-Policy"],
    "page": response and response.text,
}))
"""


def probe(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DB_POOL"))}
    environment.update(DJANGO_SETTINGS_MODULE="ishr_site.settings.test", **env)
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.django_db
def test_environment_selects_pool_redis_sessions_bucket_and_cdn(demo_site):
    """One process started as production would be: every part chosen by its variable, and (on
    PostgreSQL, whose test database another process can open) a page served through them."""
    database = connection.settings_dict
    prefix = f"ishr-test-{uuid.uuid4().hex[:8]}"
    env = {
        "AWS_STORAGE_BUCKET_NAME": "ishr-media",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        # Links to the bucket are signed on the app server; no request reaches it here.
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "STATIC_CDN_URL": "https://cdn.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/6",
        "CACHE_KEY_PREFIX": prefix,
        "FRONTEND_CACHE": "http",
        "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081",
    }
    if connection.vendor == "postgresql":
        env["DB_POOL"] = "true"
        env["DATABASE_URL"] = (
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        )
    try:
        found = probe(**env)
    finally:
        shared = redis.Redis(host="127.0.0.1", port=6379, db=6, socket_connect_timeout=1)
        try:
            for key in shared.scan_iter(f"{prefix}:*"):
                shared.delete(key)
        except redis.exceptions.ConnectionError:
            pass  # no Redis here: the site ran without it (it fails open), nothing to remove
    assert found["storage"] == "ishr_site.operations.s3_storage.TransactionalS3Storage"
    assert found["bucket"] == "ishr-media"
    assert found["documents"] == "redirect"
    assert found["serve_media"] is False
    assert found["sessions"] == "ishr_site.security.session_engines.cached_db"
    assert found["static_url"] == "https://cdn.example.org/static/"
    assert "https://cdn.example.org" in found["csp"]["style-src"]
    assert "http://127.0.0.1:9000" in found["csp"]["img-src"]
    assert found["purge"] == "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    if connection.vendor == "postgresql":
        assert found["pool"] is True
        assert found["status"] == 200
        assert 'href="https://cdn.example.org/static/css/site.css"' in found["page"]
        assert "style-src 'self' https://cdn.example.org" in found["page_csp"]


def test_without_variables_everything_stays_on_one_machine(monkeypatch):
    for name in ("AWS_STORAGE_BUCKET_NAME", "DB_POOL", "FRONTEND_CACHE", "STATIC_CDN_URL"):
        monkeypatch.delenv(name, raising=False)
    env = environ.Env()
    database = {"ENGINE": "django.db.backends.sqlite3", "CONN_MAX_AGE": 60}
    assert deployment.database_connections(env, dict(database)) == database
    assert deployment.media_storage(env) is None
    assert deployment.documents_serve_method(env, None) == "serve_view"
    assert deployment.session_engine("") == "ishr_site.security.session_engines.db"
    assert deployment.static_cdn_origin(env) == ""
    assert deployment.frontend_cache(env) == {}


def test_pool_replaces_persistent_connections_and_needs_postgresql(monkeypatch):
    env = environ.Env()
    monkeypatch.setenv("DB_POOL", "true")
    monkeypatch.setenv("DB_POOL_MAX_SIZE", "8")
    database = {"ENGINE": "django.db.backends.postgresql", "CONN_MAX_AGE": 60}
    pooled = deployment.database_connections(env, database)
    assert pooled["CONN_MAX_AGE"] == 0  # Django refuses a pool with persistent connections
    assert pooled["OPTIONS"]["pool"]["max_size"] == 8
    with pytest.raises(ImproperlyConfigured, match="DB_POOL=true needs PostgreSQL"):
        deployment.database_connections(env, {"ENGINE": "django.db.backends.sqlite3"})


def test_unsafe_media_combinations_are_refused_with_a_message(monkeypatch):
    env = environ.Env()
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "ishr-media")
    monkeypatch.setenv("AWS_S3_CUSTOM_DOMAIN", "media.example.org")
    with pytest.raises(ImproperlyConfigured, match="AWS_QUERYSTRING_AUTH=false"):
        deployment.media_storage(env)
    monkeypatch.setenv("AWS_QUERYSTRING_AUTH", "false")
    public = deployment.media_storage(env)
    # Unsigned links would expose documents of private collections: the app serves them.
    assert deployment.documents_serve_method(env, public) == "serve_view"
    monkeypatch.setenv("WAGTAILDOCS_SERVE_METHOD", "redirect")
    with pytest.raises(ImproperlyConfigured, match="needs media on a bucket with signed links"):
        deployment.documents_serve_method(env, public)
    monkeypatch.delenv("AWS_S3_CUSTOM_DOMAIN")
    monkeypatch.delenv("AWS_QUERYSTRING_AUTH")
    monkeypatch.setenv("AWS_QUERYSTRING_EXPIRE", "900")
    with pytest.raises(ImproperlyConfigured, match="image links in cached pages expire"):
        deployment.check_signed_links_outlive_cached_pages(deployment.media_storage(env), 600)
    monkeypatch.setenv("STATIC_CDN_URL", "cdn.example.org/static")
    with pytest.raises(ImproperlyConfigured, match="the CDN's origin only"):
        deployment.static_cdn_origin(env)
