"""Editors' sessions live in the shared Redis and survive losing it (cached_db engine)."""

import uuid

from django.test import override_settings

import pytest
import redis

from ishr_site.settings.deployment import session_engine

pytestmark = pytest.mark.django_db
REDIS_URL = "redis://127.0.0.1:6379/6"


@pytest.fixture
def shared_redis():
    connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"ishr-test-{uuid.uuid4().hex[:8]}"
    caches = {
        "default": {
            "BACKEND": "ishr_site.security.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
        # Lockout counters, which signing in resets, live apart (see ishr_site/security/limits.py).
        "limits": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{prefix}:limits",
        },
    }
    with override_settings(CACHES=caches, SESSION_ENGINE=session_engine(REDIS_URL)):
        yield connection, prefix
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


def test_an_editor_stays_signed_in_when_redis_loses_its_data(client, admin_user, shared_redis):
    connection, prefix = shared_redis
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    session_keys = [k for k in connection.scan_iter(f"{prefix}:*") if b"session" in k]
    assert session_keys, "the session is read from Redis"
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)  # as after a restart without persistence
    # Still signed in: the admin answers instead of redirecting to the sign-in page.
    assert client.get("/admin/").status_code == 200
