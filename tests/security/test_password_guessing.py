"""Shared page and collection passwords cannot be guessed at speed.

Ten wrong passwords from one address for one restriction within a quarter of an hour pause that
restriction's form for that address (HTTP 429, in the visitor's language, with Retry-After); the
pause ends with the quarter hour, other visitors and other restrictions are not affected, and no
address is kept anywhere but in hashed cache keys.
"""

from datetime import UTC, datetime, timedelta

from django.apps import apps
from django.core.cache import cache

import pytest
import time_machine

from .password_restricted_content import (
    COLLECTION_PASSWORD,
    PAGE_PASSWORD,
    SECRET_TEXT,
    password_form_action,
)

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.66"
VISITOR = "198.51.100.5"
WRONG_TRIES_ALLOWED = 10
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def try_password(client, action, password, address=ATTACKER, **headers):
    return client.post(
        action,
        {"password": password, "return_url": "/"},
        REMOTE_ADDR=address,
        HTTP_ORIGIN="http://testserver",
        **headers,
    )


def page_action(client, page):
    return password_form_action(client.get(page.url))


def document_action(client, document):
    return password_form_action(client.get(document.url))


def test_wrong_page_passwords_are_paused_after_ten_tries_in_the_visitors_language(
    client, restricted_demo
):
    action = page_action(client, restricted_demo.french)
    assert action.startswith("/fr/")
    for attempt in range(WRONG_TRIES_ALLOWED):
        response = try_password(client, action, f"guess-{attempt}")
        assert response.status_code == 200, attempt  # the form again, with its error
    paused = try_password(client, action, "guess-again")
    assert paused.status_code == 429
    assert paused.headers["Content-Language"] == "fr"
    assert "Trop de mots de passe erronés" in paused.text
    assert 0 < int(paused.headers["Retry-After"]) <= 15 * 60
    assert "no-store" in paused.headers["Cache-Control"]
    # While paused no password is checked, so the right one cannot be found by going on.
    assert try_password(client, action, PAGE_PASSWORD).status_code == 429
    assert SECRET_TEXT not in client.get(restricted_demo.french.url).text


def test_document_passwords_are_paused_the_same_way(client, restricted_demo):
    action = document_action(client, restricted_demo.document)
    assert action.startswith("/documents/")
    for attempt in range(WRONG_TRIES_ALLOWED):
        assert try_password(client, action, f"guess-{attempt}").status_code == 200
    paused = try_password(client, action, COLLECTION_PASSWORD, HTTP_ACCEPT_LANGUAGE="fr")
    assert paused.status_code == 429
    assert "Trop de mots de passe erronés" in paused.text
    assert int(paused.headers["Retry-After"]) > 0
    english = try_password(client, action, COLLECTION_PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 429
    assert "Too many wrong passwords" in english.text


def test_a_visitor_who_mistypes_a_few_times_still_gets_in(client, restricted_demo):
    action = page_action(client, restricted_demo.english)
    for attempt in range(WRONG_TRIES_ALLOWED - 1):
        try_password(client, action, f"typo-{attempt}", address=VISITOR)
    response = try_password(client, action, PAGE_PASSWORD, address=VISITOR)
    assert response.status_code == 302
    assert SECRET_TEXT in client.get(restricted_demo.english.url).text


def test_the_pause_is_kept_to_one_address_and_one_restriction(client, restricted_demo):
    english = page_action(client, restricted_demo.english)
    files = document_action(client, restricted_demo.document)
    for attempt in range(WRONG_TRIES_ALLOWED + 1):
        try_password(client, english, f"guess-{attempt}")
    assert try_password(client, english, PAGE_PASSWORD).status_code == 429
    # The same address, another restriction: still open.
    assert try_password(client, files, COLLECTION_PASSWORD).status_code == 302
    # Another address, the same restriction: still open.
    client.cookies.clear()
    assert try_password(client, english, PAGE_PASSWORD, address=VISITOR).status_code == 302


def test_the_pause_ends_within_a_quarter_of_an_hour(client, restricted_demo):
    action = page_action(client, restricted_demo.english)
    with time_machine.travel(START, tick=False) as traveller:
        for attempt in range(WRONG_TRIES_ALLOWED + 1):
            try_password(client, action, f"guess-{attempt}")
        paused = try_password(client, action, PAGE_PASSWORD)
        assert paused.status_code == 429
        traveller.shift(timedelta(seconds=int(paused.headers["Retry-After"]) + 1))
        assert try_password(client, action, PAGE_PASSWORD).status_code == 302
        # Read while the clock is still stopped: the session lasts eight hours from the
        # travelled-to time, so reading it later in real time would find it expired.
        assert SECRET_TEXT in client.get(restricted_demo.english.url).text


def test_guessing_leaves_no_address_behind(client, restricted_demo):
    action = page_action(client, restricted_demo.english)
    before = {model._meta.label: model._base_manager.count() for model in apps.get_models()}
    for attempt in range(WRONG_TRIES_ALLOWED + 2):
        try_password(client, action, f"guess-{attempt}")
    after = {model._meta.label: model._base_manager.count() for model in apps.get_models()}
    assert after == before
    # The counters live in the cache under hashed keys only.
    keys = list(cache._cache.keys())  # the local-memory cache of the test settings
    assert keys and not any(ATTACKER in key for key in keys)


@pytest.mark.parametrize("password", ["", "x" * 5000, "\x00", "é" * 300])
def test_odd_passwords_are_a_clear_answer(client, restricted_demo, password):
    action = page_action(client, restricted_demo.english)
    response = try_password(client, action, password)
    assert response.status_code in (200, 400)
    assert SECRET_TEXT not in response.text


def test_a_missing_or_unknown_restriction_is_a_404(client, restricted_demo):
    action = page_action(client, restricted_demo.english)
    restriction_id = restricted_demo.english_restriction.pk
    unknown = action.replace(f"/{restriction_id}/", f"/{restriction_id + 999}/")
    assert try_password(client, unknown, PAGE_PASSWORD).status_code == 404
    unknown_collection = "/documents/authenticate_with_password/999999/"
    assert try_password(client, unknown_collection, "x", follow=True).status_code == 404
