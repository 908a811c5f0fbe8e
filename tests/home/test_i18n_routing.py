"""Languages in URLs: the front door, prefixes, translated slugs and bad input."""

from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-CH,fr;q=0.9,en;q=0.8", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),  # unsupported: English
        ("", "/en/"),  # absent: English
        ("fr;q=nonsense,,;;=", "/en/"),  # malformed: English
        ("x" * 1000, "/en/"),
    ],
)
def test_front_door_redirects_to_visitors_language(client, demo_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_front_door_answers_head_requests(client, demo_site):
    assert client.head("/").status_code == 302


def test_pages_are_served_under_their_translated_slugs(client, demo_site):
    english = client.get("/en/support-defenders/")
    french = client.get("/fr/soutien-aux-defenseurexs/")
    assert english.status_code == 200
    assert french.status_code == 200
    assert "How we support human rights defenders" in english.text
    assert "Comment soutenons-nous les défenseur·e·x·s des droits humains ?" in french.text


def test_english_slug_under_french_prefix_never_shows_english_content(client, demo_site):
    response = client.get("/fr/support-defenders/", follow=True)
    assert response.status_code in (200, 404)
    assert '<html lang="fr"' in response.text
    assert "How we support human rights defenders" not in response.text


@pytest.mark.parametrize(
    ("path", "language_word"),
    [
        ("/en/no-such-page/", "Page not found"),
        ("/fr/aucune-page/", "Page introuvable"),
        ("/de/about/", "Page not found"),  # unknown prefix, English visitor
    ],
)
def test_unknown_paths_get_a_404_in_the_visitors_language(client, demo_site, path, language_word):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert response.status_code == 404
    assert language_word in response.text


def test_unknown_prefix_for_a_french_visitor_is_answered_in_french(client, demo_site):
    response = client.get("/de/quelque-chose/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.redirect_chain == [("/fr/de/quelque-chose/", 302)]
    assert response.status_code == 404
    assert "Page introuvable" in response.text
    assert '<html lang="fr"' in response.text


@pytest.mark.parametrize("query", ["?lang=xx", "?lang=%ff", "?lang=<script>alert(1)</script>"])
def test_nonsense_lang_parameter_is_ignored(client, demo_site, query):
    response = client.get("/fr/" + query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_admin_documents_sitemap_and_robots_stay_outside_the_language_prefix(client, demo_site):
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/en/admin/").status_code == 404
    assert client.get("/fr/sitemap.xml").status_code == 404


def test_control_characters_in_the_query_get_a_400_page(client, demo_site):
    response = client.get("/fr/?lang=%00")
    assert response.status_code == 400


def test_html_lang_follows_the_page_language(client, demo_site):
    assert '<html lang="en" dir="ltr">' in client.get("/en/about/").text
    assert '<html lang="fr" dir="ltr">' in client.get("/fr/a-propos/").text


def test_dates_are_formatted_in_the_page_language(client, demo_site):
    page = demo_site.page("about/")
    published = page.last_published_at
    english = client.get("/en/about/").text
    french = client.get("/fr/a-propos/").text
    english_months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]  # fmt: skip
    french_months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                     "août", "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
    local = timezone.localtime(published)
    assert f"{local.day} {english_months[local.month - 1]} {local.year}" in english
    assert f"{local.day} {french_months[local.month - 1]} {local.year}" in french
