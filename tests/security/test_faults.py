"""Cache outages are survived; a crash in the middle of a save leaves nothing half-done."""

import time
import uuid
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.signals import post_save
from django.test import Client, override_settings

from wagtail import hooks
from wagtail.documents.models import Document
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
import redis

from .conftest import live_page_urls
from .throwaway_postgres import free_port

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


def redis_cache(location, prefix):
    options = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    return {
        "default": {
            "BACKEND": "ishr_site.security.cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": options,
        },
        "limits": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"{prefix}:limits",
            "OPTIONS": options,
        },
    }


@pytest.fixture(autouse=True)
def axes_uses_the_current_cache():
    """django-axes keeps its handler (and its cache) once made: make it anew for each test."""
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.implementation = None
    yield
    AxesProxyHandler.implementation = None


def test_pages_and_forms_work_and_sign_in_waits_while_redis_is_down(demo_site, django_user_model):
    django_user_model.objects.create_user(
        "staff", password="a long enough passphrase", is_staff=True
    )
    unreachable = f"redis://127.0.0.1:{free_port()}/4"
    client = Client()
    with override_settings(CACHES=redis_cache(unreachable, "ishr-test-down")):
        started = time.monotonic()
        for _type, _language, url in live_page_urls():
            assert client.get(url).status_code == 200, url
        elapsed = time.monotonic() - started
        contact = demo_site.page("contact/")
        client.get(contact.url)
        sent = client.post(
            contact.url,
            {"your_name": "A", "your_e_mail_address": "a@example.org", "your_message": "Hello"},
        )
        assert "Thank you for writing to us" in sent.content.decode()
        # Failed sign-ins are counted in the cache, now unreachable: sign-in fails closed,
        # with a clear page (not a 500, and no attempt left uncounted).
        for password in ("no-1", "a long enough passphrase"):
            refused = client.post("/admin/login/", {"username": "staff", "password": password})
            assert refused.status_code == 503
            assert "Signing in is paused" in refused.content.decode()
    # A refused connection fails fast: the outage does not make every request wait out a long
    # timeout. The bound is loose on purpose (a guard against hanging, not a speed test).
    assert elapsed < 60


@pytest.fixture
def real_redis():
    connection = redis.Redis(host="127.0.0.1", port=6379, db=4, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"ishr-test-{uuid.uuid4().hex[:8]}"
    yield connection, prefix
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


def test_lockouts_and_rate_limits_live_in_redis_without_addresses(demo_site, real_redis):
    connection, prefix = real_redis
    client = Client()
    with override_settings(CACHES=redis_cache("redis://127.0.0.1:6379/4", prefix)):
        for attempt in range(5):
            client.post(
                "/admin/login/",
                {"username": "nobody", "password": f"guess-{attempt}"},
                REMOTE_ADDR="192.0.2.77",
            )
        # Sign-ins lock by account (an address may be a whole office behind one proxy).
        assert client.post("/admin/login/", {"username": "nobody", "password": "y"},
                           REMOTE_ADDR="198.51.100.3").status_code == 429  # fmt: skip
        keys = [key.decode() for key in connection.scan_iter(f"{prefix}:*")]
    assert keys, "the lockout is kept in Redis, shared by every worker"
    for key in keys:
        assert "192.0.2.77" not in key


def crash(*args, **kwargs):
    raise RuntimeError("simulated crash in the middle of a save")


def test_a_crash_while_publishing_leaves_no_half_saved_page(demo_site, admin_client):
    admin_client.raise_request_exception = False
    home = demo_site.home_en
    pages_before, revisions_before = Page.objects.count(), Revision.objects.count()
    form = nested_form_data(
        {
            "title": "Half-saved",
            "slug": "half-saved",
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    with hooks.register_temporarily("after_create_page", crash):
        response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", form)
    assert response.status_code == 500
    assert not Page.objects.filter(slug="half-saved").exists()
    assert (Page.objects.count(), Revision.objects.count()) == (pages_before, revisions_before)
    home.refresh_from_db()
    assert home.numchild == home.get_children().count()
    # Without the crash the same form publishes the page: the test above is not vacuous.
    created = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", form)
    assert created.status_code == 302
    assert Page.objects.get(slug="half-saved").live


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_crash_after_an_upload_leaves_no_orphaned_file(admin_client, settings, rows_before):
    admin_client.raise_request_exception = False
    post_save.connect(crash, sender=Document, dispatch_uid="crash-after-upload")
    try:
        response = admin_client.post(
            "/admin/documents/add/",
            {"title": "Report", "file": SimpleUploadedFile("report.pdf", PDF)},
        )
    finally:
        post_save.disconnect(sender=Document, dispatch_uid="crash-after-upload")
    assert response.status_code == 500
    assert Document.objects.count() == rows_before["documents"]
    assert stored_files(settings) == []
    # The same upload without the crash keeps both the row and the file.
    admin_client.post(
        "/admin/documents/add/", {"title": "Report", "file": SimpleUploadedFile("report.pdf", PDF)}
    )
    assert Document.objects.count() == rows_before["documents"] + 1
    assert [p.name for p in stored_files(settings)] == ["report.pdf"]


def test_a_refused_upload_leaves_no_file(admin_client, settings):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", b"<svg/>")},
    )
    assert response.status_code == 200
    assert stored_files(settings) == []
