"""Anonymous visitors get no cookies on any public page, in either language."""

from wagtail.models import Page

import pytest

from home.models import ContactPage

pytestmark = pytest.mark.django_db


def public_urls():
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        # A page holding a POST form needs its CSRF cookie (and is never cached); the contact
        # page is checked on its own in tests/security/test_privacy.py.
        if isinstance(page, ContactPage):
            continue
        url = page.get_url()
        if url:
            yield url


def test_no_cookie_on_any_public_page(client, demo_site):
    urls = list(public_urls())
    assert any(url.startswith("/fr/") for url in urls)
    assert any(url.startswith("/en/") for url in urls)
    for url in [*urls, "/", "/sitemap.xml", "/robots.txt", "/en/no-such-page/"]:
        response = client.get(url)
        assert response.status_code in (200, 302, 404), url
        assert response.cookies == {}, f"{url} set {list(response.cookies)}"
        assert "Set-Cookie" not in response.headers, url
