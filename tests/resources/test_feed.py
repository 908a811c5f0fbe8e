"""The Atom feed of the newest resources, one per language."""

import xml.etree.ElementTree as ET

import pytest

from resources.models import ResourcePage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_english_feed_is_valid_atom_newest_first(client, resource_demo):
    feed = parse(client.get("/en/resources/feed/"))
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 30
    newest = (
        ResourcePage.objects.live()
        .filter(locale=resource_demo.english)
        .order_by("-publication_date", "-pk")
        .first()
    )
    first = entries[0]
    assert first.find(f"{ATOM}title").text == newest.title
    assert first.find(f"{ATOM}link").get("href") == "http://testserver" + newest.url
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None


def test_french_feed_uses_french_versions_where_they_exist(client, resource_demo):
    feed = parse(client.get("/fr/ressources/feed/"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert "Rapport annuel 2023" in titles
    assert "Annual Report 2023" not in titles
    assert len(titles) == len(set(titles)) == 30


def test_library_page_advertises_its_feed(client, resource_demo):
    html = client.get("/fr/ressources/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/fr/ressources/feed/"' in html
