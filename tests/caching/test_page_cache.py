"""Anonymous visitors are served from the cache; every change editors publish shows at once."""

from django.test import override_settings

import pytest

from home.models import Footer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_second_anonymous_visit_is_served_from_the_cache(
    client, demo_site, django_assert_num_queries
):
    first = client.get("/en/about/")
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=600" in second["Cache-Control"]


def test_languages_and_query_strings_are_cached_apart(client, demo_site):
    english = client.get("/en/").content
    french = client.get("/fr/").content
    assert english != french
    notice = client.get("/fr/?untranslated=1")
    assert notice["X-Cache"] == "MISS"
    assert b"pas encore disponible" in notice.content
    assert b"pas encore disponible" not in client.get("/fr/").content


def test_publishing_a_change_shows_at_once(client, demo_site):
    client.get("/en/about/")
    about = demo_site.page("about/")
    about.title = "About the International Service for Human Rights"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "About the International Service for Human Rights" in response.text
    # The menu of every other page shows the new title too.
    assert "About the International Service for Human Rights" in client.get("/en/").text


def test_unpublishing_removes_the_page_and_its_links_at_once(client, demo_site):
    assert client.get("/fr/a-propos/").status_code == 200
    assert "/fr/a-propos/" in client.get("/fr/").text
    demo_site.french_of(demo_site.page("about/")).unpublish()
    assert client.get("/fr/a-propos/").status_code == 404
    assert "/fr/a-propos/" not in client.get("/fr/").text


def test_footer_edit_shows_at_once(client, demo_site):
    client.get("/fr/")
    footer = Footer.objects.get(locale=demo_site.french)
    footer.note = "Nouvelle mention."
    footer.save()
    assert "Nouvelle mention." in client.get("/fr/").text


def test_moving_a_page_shows_at_once(client, demo_site):
    about = demo_site.page("about/")
    support = demo_site.page("support-defenders/")
    client.get("/en/about/")
    about.move(support, pos="last-child")
    moved = client.get("/en/about/")
    assert moved.status_code == 301
    assert moved["Location"] == "/en/support-defenders/about/"
    assert client.get("/en/support-defenders/about/").status_code == 200


def test_visitors_with_a_session_are_never_served_cached_pages(client, demo_site, admin_user):
    client.get("/en/about/")
    client.force_login(admin_user)
    response = client.get("/en/about/")
    assert "X-Cache" not in response
    assert "wagtail-userbar" in response.text


def test_admin_and_document_downloads_are_never_cached(client, demo_site):
    for path in ("/admin/login/", "/admin/login/"):
        assert "X-Cache" not in client.get(path)


def test_not_found_pages_are_not_cached(client, demo_site):
    client.get("/en/nothing-here/")
    assert "X-Cache" not in client.get("/en/nothing-here/")


@override_settings(PAGE_CACHE_SECONDS=0)
def test_page_cache_can_be_switched_off(client, demo_site):
    client.get("/en/about/")
    assert "X-Cache" not in client.get("/en/about/")


def test_cached_pages_keep_every_security_header(client, demo_site):
    first = client.get("/en/about/")
    second = client.get("/en/about/")
    assert second["X-Cache"] == "HIT"
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Cross-Origin-Resource-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
    ):
        assert second[header] == first[header], header


def test_plain_http_still_meets_the_https_redirect(client, demo_site, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/en/about/", secure=True)["X-Cache"] == "MISS"
    assert client.get("/en/about/", secure=True)["X-Cache"] == "HIT"
    assert client.get("/en/about/").status_code == 301
