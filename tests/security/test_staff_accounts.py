"""Staff accounts: lockouts, strong passwords, a second factor, sessions that end."""

import re
from base64 import b32decode
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password, address="192.0.2.1", username="editor"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def test_an_account_is_locked_after_five_failures_even_with_the_right_password(editor, client):
    for attempt in range(4):
        response = sign_in(client, f"wrong-{attempt}")
        assert response.status_code == 200, attempt  # the form again, with its error
    assert sign_in(client, "wrong-again").status_code == 429
    locked = sign_in(client, PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # The account is locked from anywhere, not only from that address.
    assert sign_in(client, PASSWORD, address="198.51.100.5").status_code == 429


def test_an_address_trying_many_accounts_does_not_lock_the_others_behind_it(editor, client):
    """Lockouts go by account: an address may be shared by every visitor behind a CDN or an
    office connection (see tests/security/test_trusted_proxies.py)."""
    for attempt in range(5):
        sign_in(client, "guess", username=f"someone-{attempt}", address="203.0.113.66")
    assert sign_in(client, PASSWORD, address="203.0.113.66").status_code == 302


@override_settings(AXES_COOLOFF_TIME=timedelta(seconds=1))
def test_the_lock_lifts_after_the_cool_off(editor, client):
    for attempt in range(5):
        sign_in(client, f"wrong-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(timedelta(seconds=2.1)):  # the clock moves on, nobody waits
        response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"


def test_failed_logins_leave_no_address_in_the_database(editor, client):
    from axes.models import AccessAttempt, AccessLog

    for attempt in range(3):
        sign_in(client, f"wrong-{attempt}", address="192.0.2.123")
    sign_in(client, PASSWORD, address="192.0.2.123")
    assert AccessAttempt.objects.count() == 0
    assert AccessLog.objects.count() == 0


@pytest.mark.parametrize(
    "weak", ["short1!", "password1234", "123456789012", "editor-editor"], ids=str
)
def test_weak_passwords_are_refused(editor, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=editor)


def test_a_strong_password_is_accepted(editor):
    validate_password("violet-lantern-harbour-1984", user=editor)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_staff_without_a_device_must_set_one_up_before_using_the_admin(editor, client):
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    first_page = client.get("/admin/pages/")
    assert first_page.status_code == 302
    assert first_page.headers["Location"].startswith("/admin/two-factor/setup/")
    setup = client.get(first_page.headers["Location"])
    assert setup.status_code == 200
    assert "<svg" in setup.content.decode()  # the QR code, made here, not by a third party
    # Nothing is saved until a code confirms the key shown (tests/security/test_two_factor_enrolment.py).
    assert not TOTPDevice.objects.filter(user=editor).exists()
    shown = re.search(r"<code>([A-Z2-7 ]+)</code>", setup.content.decode()).group(1)
    key = b32decode(shown.replace(" ", ""))
    wrong = client.post("/admin/two-factor/setup/", {"code": "000000", "next": "/admin/pages/"})
    assert "This code is not valid" in wrong.content.decode()
    done = client.post(
        "/admin/two-factor/setup/", {"code": f"{totp(key):06d}", "next": "/admin/pages/"}
    )
    assert done.status_code == 302 and done.headers["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert TOTPDevice.objects.get(user=editor).confirmed


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_staff_with_a_device_must_enter_a_code_at_each_sign_in(editor, client):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, PASSWORD)
    redirect = client.get("/admin/")
    assert redirect.headers["Location"].startswith("/admin/two-factor/verify/")
    wrong = client.post("/admin/two-factor/verify/", {"code": "123456", "next": "/admin/"})
    assert wrong.status_code == 200
    assert "This code is not valid" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    # django-otp makes each retry after a failure wait (a second after the first): the clock
    # moves on instead of the test waiting.
    with time_machine.travel(timedelta(seconds=1.1)):
        right = client.post(
            "/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/"}
        )
        assert right.status_code == 302
        assert client.get("/admin/").status_code == 200
    # A foreign `next` is ignored: no open redirect.
    client.logout()
    sign_in(client, PASSWORD)
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    away = client.post(
        "/admin/two-factor/verify/", {"code": current_code(device), "next": "https://evil.example/"}
    )
    assert away.headers["Location"] == "/admin/"


def test_sessions_expire(editor, client):
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    response = sign_in(client, PASSWORD)
    cookie = response.cookies["sessionid"]
    # Ends with the browser, and in any case after eight hours.
    assert cookie["max-age"] == "" and cookie["expires"] == ""
    assert cookie["httponly"]
    session = Session.objects.get(session_key=cookie.value)
    lifetime = session.expire_date - timezone.now()
    assert timedelta(hours=7, minutes=59) < lifetime <= timedelta(hours=8)
    assert client.get("/admin/").status_code == 200
    session.expire_date = timezone.now() - timedelta(seconds=1)
    session.save()
    expired = client.get("/admin/")
    assert expired.status_code == 302 and expired.headers["Location"].startswith(LOGIN)
