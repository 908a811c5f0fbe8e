"""Updates in site search (labelled with their kind) and in the sitemap with alternates."""

import pytest

from ishr_site.newsroom.models import UpdatePage

pytestmark = pytest.mark.django_db


def test_site_search_finds_updates_and_says_what_they_are(client, demo_site):
    english = client.get("/en/search/?q=Mongolia+Asia")
    assert "Mongolia: five years of Asia&#x27;s first law on defenders" in english.text or (
        "Mongolia: five years of Asia's first law on defenders" in english.text
    )
    assert "Update · Statement" in english.text
    french = client.get("/fr/search/?q=Mongolie")
    assert "Mongolie : cinq ans de la première loi asiatique" in french.text
    assert "Actualité · Déclaration" in french.text


def test_the_sitemap_lists_updates_with_their_french_alternates(client, demo_site):
    sitemap = client.get("/sitemap.xml").content.decode()
    english = UpdatePage.objects.get(slug="mongolia-law-five-years", locale=demo_site.english)
    french = demo_site.french_of(english)
    assert f"<loc>http://testserver{english.url}</loc>" in sitemap or english.url in sitemap
    assert french.url in sitemap
    entry = sitemap.split(english.url, 1)[1].split("</url>", 1)[0]
    assert 'hreflang="fr"' in entry and french.url in entry
    assert "/en/latest-updates/" in sitemap and "/fr/actualites/" in sitemap
