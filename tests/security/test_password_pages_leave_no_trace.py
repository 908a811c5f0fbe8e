"""Password-protected pages and files leave no trace of a visitor who has not passed them.

Showing the password form sets no cookie and writes nothing; a wrong password writes nothing;
only a visitor who gives the right password gets a session (one cookie, gone when the browser
closes). Password pages are never kept by the page cache or by any shared cache.
"""

from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client

import pytest

from .password_restricted_content import (
    COLLECTION_PASSWORD,
    PAGE_PASSWORD,
    SECRET_TEXT,
    password_form_action,
)

pytestmark = pytest.mark.django_db

SAME_SITE = {"HTTP_ORIGIN": "http://testserver"}


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def restricted_urls(demo):
    return [demo.english.url, demo.french.url, demo.document.url]


def assert_never_stored(response):
    cache_control = response.headers["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control, cache_control


def test_showing_the_password_form_sets_no_cookie_and_writes_nothing(client, restricted_demo):
    urls = restricted_urls(restricted_demo)
    before = row_counts()
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 200, url
        assert 'name="password"' in response.text, url
        assert SECRET_TEXT not in response.text
        assert dict(response.cookies) == {}, f"{url} set {set(response.cookies)}"
        assert "Set-Cookie" not in response.headers, url
        assert "csrfmiddlewaretoken" not in response.text, url
        assert_never_stored(response)
    assert row_counts() == before


def test_the_password_form_speaks_the_pages_language(client, restricted_demo):
    french = client.get(restricted_demo.french.url)
    assert 'lang="fr"' in french.text
    assert "Mot de passe requis" in french.text
    assert 'lang="en"' in client.get(restricted_demo.english.url).text


def test_a_wrong_password_sets_no_cookie_and_writes_nothing(client, restricted_demo):
    pages = [
        (password_form_action(client.get(url)), url) for url in restricted_urls(restricted_demo)
    ]
    before = row_counts()
    for action, url in pages:
        response = client.post(action, {"password": "wrong", "return_url": url}, **SAME_SITE)
        assert response.status_code == 200, action
        assert dict(response.cookies) == {}, f"{action} set {set(response.cookies)}"
        assert_never_stored(response)
    assert row_counts() == before


@pytest.mark.parametrize(
    "which, password",
    [
        ("english", PAGE_PASSWORD),
        ("french", PAGE_PASSWORD),
        ("document", COLLECTION_PASSWORD),
    ],
)
def test_the_right_password_gives_one_session_cookie_for_this_browser_session(
    client, restricted_demo, which, password
):
    url = getattr(restricted_demo, which).url
    action = password_form_action(client.get(url))
    response = client.post(action, {"password": password, "return_url": url}, **SAME_SITE)
    assert response.status_code == 302 and response.headers["Location"] == url
    assert set(response.cookies) == {"sessionid"}
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    assert not cookie["max-age"] and not cookie["expires"]  # gone when the browser closes
    assert Session.objects.count() == 1
    opened = client.get(url)
    assert opened.status_code == 200
    if which != "document":  # (how files are cached is the document serving's own concern)
        assert_never_stored(opened)
        assert SECRET_TEXT in opened.text or "Note pour les partenaires" in opened.text


def test_the_form_works_in_a_browser_that_has_no_csrf_cookie(restricted_demo):
    """As a real browser: Django's CSRF check enforced, and no token, since no cookie was set."""
    browser = Client(enforce_csrf_checks=True)
    url = restricted_demo.english.url
    action = password_form_action(browser.get(url))
    assert not browser.cookies
    response = browser.post(action, {"password": PAGE_PASSWORD, "return_url": url}, **SAME_SITE)
    assert response.status_code == 302
    assert set(response.cookies) == {"sessionid"}
    assert SECRET_TEXT in browser.get(url).text


def test_a_post_from_another_site_is_refused(client, restricted_demo):
    url = restricted_demo.english.url
    action = password_form_action(client.get(url))
    for headers in (
        {"HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://attacker.example/page"},
        {},
    ):
        response = client.post(action, {"password": PAGE_PASSWORD, "return_url": url}, **headers)
        assert response.status_code == 403, headers
        assert dict(response.cookies) == {}
        assert "Set-Cookie" not in response.headers
    assert Session.objects.count() == 0
    # A browser that sends no Origin but a same-site Referer is let through.
    response = client.post(
        action,
        {"password": PAGE_PASSWORD, "return_url": url},
        HTTP_REFERER=f"http://testserver{url}",
    )
    assert response.status_code == 302


def test_password_pages_are_never_stored_in_the_page_cache(client, restricted_demo, settings):
    settings.PAGE_CACHE_SECONDS = 600
    url = restricted_demo.english.url
    action = password_form_action(client.get(url))
    for address in (url, action, restricted_demo.french.url):
        first, second = client.get(address), client.get(address)
        assert first.status_code == 200 and second.status_code == 200, address
        assert "X-Cache" not in second.headers, address
        assert_never_stored(second)
    # A visitor who passed reads the page; the next anonymous visitor still meets the form.
    client.post(action, {"password": PAGE_PASSWORD, "return_url": url}, **SAME_SITE)
    assert SECRET_TEXT in client.get(url).text
    client.cookies.clear()
    assert SECRET_TEXT not in client.get(url).text
