"""Filling the shared cache does not switch the protections off: the page cache keeps only the
query strings a page understands, the lockout and rate-limit counters live apart from cached
pages, and if the counters cannot be kept, sign-in is refused with a clear page while the
public site keeps working. Against a real Redis (database 12, or TEST_REDIS_DB)."""

import uuid

from django.test import Client, override_settings

import pytest
import redis

from .throwaway_postgres import free_port

pytestmark = pytest.mark.django_db

REDIS_DB = 7
PASSWORD = "a long enough passphrase"


def redis_caches(prefix, limits_location=f"redis://127.0.0.1:6379/{REDIS_DB}"):
    options = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    return {
        "default": {
            "BACKEND": "ishr_site.security.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "KEY_PREFIX": prefix,
            "OPTIONS": options,
        },
        "limits": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": limits_location,
            "KEY_PREFIX": f"{prefix}:limits",
            "OPTIONS": options,
        },
        "renditions": {
            "BACKEND": "ishr_site.security.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "KEY_PREFIX": f"{prefix}:renditions",
            "OPTIONS": options,
        },
    }


@pytest.fixture
def real_redis():
    connection = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB, socket_connect_timeout=1)
    connection.ping()
    prefix = f"ishr-fill-{uuid.uuid4().hex[:8]}"
    yield connection, prefix
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


@pytest.fixture(autouse=True)
def fresh_axes_handler():
    """django-axes keeps its handler (and its cache) once made: make it anew for each test."""
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.implementation = None
    yield
    AxesProxyHandler.implementation = None


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("staff", password=PASSWORD, is_staff=True)


def page_keys(connection, prefix):
    return [key for key in connection.scan_iter(f"{prefix}:*") if b":ishr:page:" in key]


def test_a_flood_of_query_strings_adds_no_page_entries(resource_demo, real_redis, settings):
    connection, prefix = real_redis
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    with override_settings(CACHES=redis_caches(prefix)):
        real_variants = [
            "/en/about/",
            "/fr/",
            "/en/resources/?type=report&language=en",
            "/en/resources/?page=2",
        ]
        for path in real_variants:
            assert visitor.get(path)["X-Cache"] == "MISS", path
        entries = len(page_keys(connection, prefix))
        assert entries == len(real_variants)
        for n in range(150):
            for path in (
                f"/en/about/?utm_source={n}",
                f"/fr/?x{n}=1",
                f"/en/resources/?type=report&language=en&type=nonsense{n}",
                f"/en/resources/?page=0{n + 2}",
                f"/en/resources/?year=1{n:03d}",
            ):
                response = visitor.get(path)
                assert response.status_code == 200, path
                assert "X-Cache" not in response, path
        assert len(page_keys(connection, prefix)) == entries
        # The real variants are still served from the cache, whatever order a link gives.
        assert visitor.get("/en/resources/?language=en&type=report")["X-Cache"] == "HIT"
        assert visitor.get("/en/about/")["X-Cache"] == "HIT"


def test_every_understood_variant_is_still_cached(resource_demo, real_redis, settings):
    connection, prefix = real_redis
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    with override_settings(CACHES=redis_caches(prefix)):
        for path in (
            "/fr/?untranslated=1",
            "/en/resources/?q=defenders",
            "/en/resources/?sort=title&topic=women-defenders",
            "/en/search/?q=defenders",
            "/en/search/?q=defenders&page=1",
        ):
            assert visitor.get(path)["X-Cache"] == "MISS", path
            assert visitor.get(path)["X-Cache"] == "HIT", path


def test_lockouts_survive_the_page_cache_being_emptied(demo_site, staff, real_redis):
    connection, prefix = real_redis
    visitor = Client()
    with override_settings(CACHES=redis_caches(prefix)):
        # A public page puts the site generation and its fragments (menu, footer) in the cache.
        assert visitor.get("/en/").status_code == 200
        for attempt in range(5):
            visitor.post("/admin/login/", {"username": "staff", "password": f"no-{attempt}"})
        # Redis evicting everything of the page cache (pages, menus, the generation) leaves
        # the counters, kept under their own alias, in place.
        evicted = [
            key
            for key in connection.scan_iter(f"{prefix}:*")
            if not key.startswith(f"{prefix}:limits:".encode())
        ]
        assert evicted
        connection.delete(*evicted)
        assert not page_keys(connection, prefix)
        locked = visitor.post("/admin/login/", {"username": "staff", "password": PASSWORD})
        assert locked.status_code == 429
        counters = list(connection.scan_iter(f"{prefix}:limits:*"))
        assert counters


def test_sign_in_is_refused_clearly_when_the_counters_cannot_be_kept(demo_site, staff, real_redis):
    _connection, prefix = real_redis
    unreachable = f"redis://127.0.0.1:{free_port()}/{REDIS_DB}"
    visitor = Client()
    with override_settings(CACHES=redis_caches(prefix, limits_location=unreachable)):
        # The public site keeps working, forms and search included.
        assert visitor.get("/en/").status_code == 200
        assert visitor.get("/fr/search/", {"q": "défenseurs"}).status_code == 200
        contact = demo_site.page("contact/")
        sent = visitor.post(
            contact.url,
            {"your_name": "A", "your_e_mail_address": "a@example.org", "your_message": "Hello"},
        )
        assert "Thank you for writing to us" in sent.content.decode()
        for password in ("wrong", PASSWORD):
            refused = visitor.post("/admin/login/", {"username": "staff", "password": password})
            assert refused.status_code == 503
            assert "Signing in is paused" in refused.content.decode()
            assert refused["Retry-After"]
        assert "_auth_user_id" not in visitor.session
        assert visitor.get("/admin/").status_code == 302  # still signed out
