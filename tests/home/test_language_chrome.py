"""Canonical, hreflang, the language switcher, menus and footer in each language."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def alternates(document):
    return {
        link["hreflang"]: link["href"]
        for link in document.select('link[rel="alternate"][hreflang]')
    }


def test_canonical_is_self_referencing_and_absolute(client, demo_site):
    for path in ("/en/about/", "/fr/a-propos/"):
        canonical = soup(client.get(path)).select('link[rel="canonical"]')
        assert len(canonical) == 1
        assert canonical[0]["href"] == demo_site.site.root_url + path


def test_hreflang_lists_each_live_translation_and_x_default(client, demo_site):
    root = demo_site.site.root_url
    expected = {
        "en": f"{root}/en/support-defenders/",
        "fr": f"{root}/fr/soutien-aux-defenseurexs/",
        "x-default": f"{root}/en/support-defenders/",
    }
    assert alternates(soup(client.get("/en/support-defenders/"))) == expected
    assert alternates(soup(client.get("/fr/soutien-aux-defenseurexs/"))) == expected


def test_unpublished_translation_is_not_an_alternate(client, demo_site):
    about_fr = demo_site.french_of(demo_site.page("about/"))
    about_fr.unpublish()
    links = alternates(soup(client.get("/en/about/")))
    assert "fr" not in links
    # A page with no live translation has no alternates at all, only its canonical.
    assert links == {}


def switcher_links(response):
    return {a["hreflang"]: a for a in soup(response).select("nav.language-switcher a[hreflang]")}


def test_switcher_links_to_the_translation_and_names_each_language_in_itself(client, demo_site):
    links = switcher_links(client.get("/en/support-defenders/"))
    assert links["fr"]["href"] == "/fr/soutien-aux-defenseurexs/"
    assert links["fr"].get_text(strip=True) == "Français"
    assert links["fr"]["lang"] == "fr"
    assert links["en"].get_text(strip=True) == "English"
    assert links["en"]["aria-current"] == "true"

    back = switcher_links(client.get("/fr/soutien-aux-defenseurexs/"))
    assert back["en"]["href"] == "/en/support-defenders/"


def test_switcher_falls_back_to_the_other_home_with_a_notice(client, demo_site):
    demo_site.french_of(demo_site.page("about/")).unpublish()
    target = switcher_links(client.get("/en/about/"))["fr"]["href"]
    assert target.startswith("/fr/?")
    landing = client.get(target)
    assert landing.status_code == 200
    notice = soup(landing).select_one(".notice[role=status]")
    assert notice is not None
    assert "pas encore disponible" in notice.get_text()


def test_home_page_without_the_fallback_parameter_shows_no_notice(client, demo_site):
    assert soup(client.get("/fr/")).select_one(".notice") is None


def test_switcher_works_without_javascript_as_plain_links(client, demo_site):
    nav = soup(client.get("/en/")).select_one("nav.language-switcher")
    assert nav.find("script") is None
    assert nav.find("form") is None
    assert all(a.get("href") for a in nav.select("a"))


def test_menu_shows_pages_of_the_active_language(client, demo_site):
    english = [a.get_text(strip=True) for a in soup(client.get("/en/")).select("nav.main-menu a")]
    french = [a.get_text(strip=True) for a in soup(client.get("/fr/")).select("nav.main-menu a")]
    assert "About ISHR" in english
    assert "À propos d’ISHR" in french
    assert "About ISHR" not in french


def test_menu_hides_pages_not_marked_for_menus(client, demo_site):
    about = demo_site.page("about/")
    about.show_in_menus = False
    about.save_revision().publish()
    english = [a.get_text(strip=True) for a in soup(client.get("/en/")).select("nav.main-menu a")]
    assert "About ISHR" not in english


def test_footer_is_shown_in_the_active_language(client, demo_site):
    english = soup(client.get("/en/")).select_one("footer").get_text(" ", strip=True)
    french = soup(client.get("/fr/")).select_one("footer").get_text(" ", strip=True)
    assert "Geneva, Switzerland" in english
    assert "Genève, Suisse" in french
    assert "Geneva, Switzerland" not in french
    footer_links = soup(client.get("/fr/")).select("footer nav a")
    assert "/fr/a-propos/" in [a["href"] for a in footer_links]


def test_footer_edit_in_french_shows_on_french_pages_only(client, demo_site):
    from home.models import Footer

    french_footer = Footer.objects.get(locale=demo_site.french)
    french_footer.note = "Note modifiée en français."
    french_footer.save()
    assert "Note modifiée en français." in client.get("/fr/").text
    assert "Note modifiée en français." not in client.get("/en/").text


def test_sitemap_lists_both_languages_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    document = ElementTree.fromstring(response.content)
    entries = {url.findtext("s:loc", namespaces=ns): url for url in document.findall("s:url", ns)}
    root = demo_site.site.root_url
    assert f"{root}/en/about/" in entries
    assert f"{root}/fr/a-propos/" in entries
    entry = entries[f"{root}/fr/a-propos/"]
    links = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
    assert links == {"en": f"{root}/en/about/", "fr": f"{root}/fr/a-propos/"}


def test_robots_txt_points_at_the_sitemap(client, demo_site):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text
