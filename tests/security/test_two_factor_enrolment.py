"""Enrolling an authenticator app cannot stand in for the second factor.

A session that has given only the password may enrol a first device for an account that has
none; once an account has a confirmed device, adding or replacing one needs a session that has
already given a code. Every new device is announced by e-mail to the account and to the
superusers, and a secret shown once never becomes anyone's device later.
"""

import re
from base64 import b32decode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import override_settings

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

PASSWORD = "correct horse battery staple"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"


@pytest.fixture
def two_factor_on():
    with override_settings(TWO_FACTOR_REQUIRED=True):
        yield


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def chief():
    return get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)


def sign_in(client, username="editor"):
    response = client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302, response.content.decode()[:500]


def code_for_key(hex_key):
    return f"{totp(bytes.fromhex(hex_key)):06d}"


def code_for(device):
    return code_for_key(device.key)


def shown_key(response):
    """The key the set-up page shows (grouped by four letters), as hex."""
    text = re.search(r"<code>([A-Z2-7 ]+)</code>", response.content.decode()).group(1)
    return b32decode(text.replace(" ", "")).hex()


def test_a_password_only_session_cannot_enrol_a_device_on_an_account_that_has_one(
    editor, chief, client
):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    page = client.get(SETUP)
    # Sent to enter a code from the device it already has, shown no new secret.
    assert page.status_code == 302 and page.headers["Location"].startswith(VERIFY)
    attempt = client.post(SETUP, {"code": "123456", "next": "/admin/"})
    assert attempt.status_code == 302 and attempt.headers["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=editor).count() == 1
    assert client.get("/admin/").headers["Location"].startswith(VERIFY)


def test_a_secret_guessed_or_seen_before_cannot_be_confirmed_later(editor, client):
    """No leftover unconfirmed device: a key shown once is never reused, and an unconfirmed
    device left in the database (older code made them) gives no way in."""
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    leftover = TOTPDevice.objects.create(user=editor, name="left over", confirmed=False)
    sign_in(client)
    for path in (SETUP, VERIFY):
        response = client.post(path, {"code": code_for(leftover), "next": "/admin/"})
        assert response.status_code in (200, 302)
    assert client.get("/admin/").status_code == 302
    leftover.refresh_from_db()
    assert not leftover.confirmed


def test_the_first_device_can_be_enrolled_after_the_password_and_is_announced(
    editor, chief, client
):
    sign_in(client)
    first = client.get(SETUP)
    assert first.status_code == 200
    key = shown_key(first)
    second = client.get(SETUP)
    # Each showing is a new secret: one seen by someone else earlier is worth nothing.
    assert shown_key(second) != key
    key = shown_key(second)
    assert not TOTPDevice.objects.filter(user=editor).exists()  # nothing kept until confirmed
    done = client.post(SETUP, {"code": code_for_key(key), "next": "/admin/pages/"})
    assert done.status_code == 302 and done.headers["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    assert device.confirmed and device.key == key
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    superusers = get_user_model().objects.filter(is_superuser=True)
    assert set(message.to) == {"editor@example.org", *superusers.values_list("email", flat=True)}
    assert "chief@example.org" in message.to
    assert "editor" in message.body and "authenticator" in message.subject.lower()


def test_a_verified_session_may_replace_its_device(editor, chief, client):
    old = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    assert client.post(VERIFY, {"code": code_for(old), "next": "/admin/"}).status_code == 302
    page = client.get(SETUP)
    assert page.status_code == 200
    key = shown_key(page)
    done = client.post(SETUP, {"code": code_for_key(key), "next": "/admin/"})
    assert done.status_code == 302
    assert list(TOTPDevice.objects.filter(user=editor).values_list("key", flat=True)) == [key]
    assert len(mail.outbox) == 1 and "editor@example.org" in mail.outbox[0].to
    # The replaced phone's codes no longer open the admin.
    client.post("/admin/logout/")
    sign_in(client)
    assert client.post(VERIFY, {"code": code_for(old), "next": "/admin/"}).status_code == 200


def test_the_announcement_is_in_the_signed_in_language(editor, chief, client):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    sign_in(client)
    key = shown_key(client.get(SETUP))
    client.post(SETUP, {"code": code_for_key(key), "next": "/admin/"})
    assert "authentification" in mail.outbox[0].subject.lower()


def test_sign_out_on_the_two_factor_pages_is_a_form_that_posts(editor, client):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    html = client.get(VERIFY).content.decode()
    form = re.search(r'<form[^>]*action="/admin/logout/"[^>]*>', html)
    assert form and 'method="post"' in form.group(0)
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/").headers["Location"].startswith("/admin/login/")


def test_an_administrator_can_remove_a_lost_phone_so_its_owner_enrols_again(editor, chief, client):
    import io

    from django.core.management import call_command

    TOTPDevice.objects.create(user=editor, name="lost phone", confirmed=True)
    call_command("remove_authenticator", "editor", stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=editor).exists()
    sign_in(client)
    assert client.get("/admin/").headers["Location"].startswith(SETUP)
    key = shown_key(client.get(SETUP))
    assert client.post(SETUP, {"code": code_for_key(key), "next": "/admin/"}).status_code == 302
    assert "chief@example.org" in mail.outbox[0].to
