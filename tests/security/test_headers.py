"""Production settings and the security headers of every public response."""

from django.test import override_settings

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from . import observatory
from .conftest import EXTRA_PUBLIC_URLS, live_page_urls
from .production import production_settings, run_manage

pytestmark = pytest.mark.django_db


def assert_strict_public_policy(response, url):
    policy = observatory.parse_csp(response.headers.get("Content-Security-Policy", ""))
    assert policy.get("default-src") == ["'none'"], url
    assert policy.get("script-src") == ["'self'"], url
    assert "'unsafe-inline'" not in policy.get("style-src", []), url
    assert policy.get("frame-ancestors") == ["'none'"], url
    assert policy.get("object-src") == ["'none'"], url
    assert policy.get("base-uri") == ["'none'"], url


def assert_common_headers(response, url):
    assert response.headers.get("Referrer-Policy") == "same-origin", url
    assert response.headers.get("X-Content-Type-Options") == "nosniff", url
    assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin", url
    assert "camera=()" in response.headers.get("Permissions-Policy", ""), url
    assert "geolocation=()" in response.headers.get("Permissions-Policy", ""), url


def test_every_public_page_in_both_languages_sends_strict_headers(demo_site, client):
    pages = live_page_urls()
    assert {language for _type, language, _url in pages} == {"en", "fr"}
    for _type, _language, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_public_policy(response, url)
        assert_common_headers(response, url)
    for url in EXTRA_PUBLIC_URLS:
        response = client.get(url)
        assert response.status_code < 500, url
        assert_strict_public_policy(response, url)
        assert_common_headers(response, url)


def test_the_admin_has_its_own_policy_and_previews_can_be_framed(demo_site, admin_client):
    login = admin_client.get("/admin/login/")
    policy = observatory.parse_csp(login.headers["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "https:" not in policy["script-src"] and "*" not in policy["script-src"]
    # The editor's live preview: the form is posted, then the admin frames the rendered page.
    about = demo_site.page("about/")
    preview_url = f"/admin/pages/{about.pk}/edit/preview/"
    form = nested_form_data(
        {
            "title": "About ISHR, previewed",
            "slug": "about",
            "intro": about.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(preview_url, form).json()["is_valid"] is True
    preview = admin_client.get(preview_url, {"in_preview_panel": "true"})
    assert preview.status_code == 200
    assert "About ISHR, previewed" in preview.content.decode()
    assert preview.headers["X-Frame-Options"] == "SAMEORIGIN"
    preview_policy = observatory.parse_csp(preview.headers["Content-Security-Policy"])
    assert preview_policy["frame-ancestors"] == ["'self'"]
    assert preview_policy["script-src"] == ["'self'"]
    # Public pages themselves may not be framed at all.
    public = admin_client.get(about.url)
    assert public.headers["X-Frame-Options"] == "DENY"


def test_production_settings_pass_the_deployment_checks():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_manage("check", REDIS_URL="")
    assert result.returncode != 0
    assert "REDIS_URL is not set" in result.stderr


def test_behind_the_tls_proxy_pages_are_served_not_redirected(demo_site, client):
    values = production_settings()
    assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    with override_settings(**values):
        proxied = client.get("/en/", HTTP_X_FORWARDED_PROTO="https")
        direct = client.get("/en/")
    assert proxied.status_code == 200
    assert proxied.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert direct.status_code == 301
    assert direct.headers["Location"].startswith("https://")


def test_trusting_the_proxy_header_can_be_switched_off():
    values = production_settings(TRUST_X_FORWARDED_PROTO="false")
    assert values["SECURE_PROXY_SSL_HEADER"] is None
    assert values["TRUSTED_PROXY_COUNT"] == 0


def test_observatory_score_of_the_production_home_page_is_a_plus(demo_site, client):
    with override_settings(**production_settings()):
        response = client.get("/en/", HTTP_X_FORWARDED_PROTO="https")
    total, results = observatory.score(response)
    modifiers = dict(results)
    assert modifiers["csp-implemented-with-no-unsafe-default-src-none"] == 10
    assert modifiers["referrer-policy-private"] == 5
    assert modifiers["x-frame-options-implemented-via-csp"] == 5
    assert modifiers["cookies-not-found"] == 0
    assert total == 120
    assert observatory.grade(total) == "A+"


def test_every_page_type_is_covered(demo_site):
    """The walks above cover every page type that has a live page in the demo."""
    walked = {page_type for page_type, _language, _url in live_page_urls()}
    live_types = {
        page.specific_class.__name__ for page in Page.objects.live().public().filter(depth__gt=1)
    }
    assert walked == live_types
    assert {"HomePage", "StandardPage", "ContactPage"} <= walked
