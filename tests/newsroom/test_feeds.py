"""Atom feeds: one per language and one per topic, region and country, each holding only its
term's updates, linked from the index and from each update's terms."""

from datetime import date
from xml.etree import ElementTree

import pytest

from ishr_site.newsroom.models import UpdatePage
from tests.newsroom.helpers import make_update

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)  # well-formed XML, or this raises
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None
    found = []
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        found.append((entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").attrib["href"]))
    return found


def test_the_language_feeds_hold_the_newest_updates(client, demo_site):
    english = entries(client.get("/en/latest-updates/feed/"))
    newest = UpdatePage.objects.filter(locale=demo_site.english).order_by("-date").first()
    assert english[0][0] == newest.title
    assert len(english) == 30
    french = entries(client.get("/fr/actualites/feed/"))
    titles = [title for title, _link in french]
    assert "Mongolie : cinq ans de la première loi asiatique sur les défenseur·e·x·s" in titles
    assert "Mongolia: five years of Asia's first law on defenders" not in titles


@pytest.mark.parametrize(
    ("path", "expected", "absent"),
    [
        ("topic/reprisals/", "Reprisals toolkit now in Chinese, Tibetan and Uyghur", "Op-ed"),
        ("country/mongolia/", "Mongolia: five years of Asia's first law on defenders", ""),
        ("region/africa/", "Niger: a law without a mechanism", ""),
    ],
)
def test_a_term_feed_holds_only_that_terms_updates(client, demo_site, path, expected, absent):
    found = entries(client.get(f"/en/latest-updates/feed/{path}"))
    titles = [title for title, _link in found]
    assert expected in titles
    facet, value = path.strip("/").split("/")
    for title, _link in found:
        page = UpdatePage.objects.get(title=title, locale=demo_site.english)
        if facet == "topic":
            assert value in page.topics.values_list("topic__slug", flat=True)
        elif facet == "country":
            assert value in page.countries.values_list("country__slug", flat=True)
        else:
            regions = set(page.regions.values_list("region", flat=True))
            regions |= set(page.countries.values_list("country__region", flat=True))
            assert value in regions


def test_a_new_update_reaches_its_terms_feeds_and_no_other(client, demo_site):
    make_update(
        "Burundi defenders meet the Special Rapporteur",
        topics=["reprisals"],
        day=date(2026, 11, 30),
    )
    reprisals = [t for t, _ in entries(client.get("/en/latest-updates/feed/topic/reprisals/"))]
    assert reprisals[0] == "Burundi defenders meet the Special Rapporteur"
    upr = [t for t, _ in entries(client.get("/en/latest-updates/feed/topic/upr/"))]
    assert "Burundi defenders meet the Special Rapporteur" not in upr


@pytest.mark.parametrize(
    "path", ["topic/no-such-topic/", "region/mars/", "colour/blue/", "country/../../"]
)
def test_unknown_feeds_are_404(client, demo_site, path):
    assert client.get(f"/en/latest-updates/feed/{path}").status_code == 404


def test_feeds_are_linked_from_the_index_and_the_terms(client, demo_site):
    index = client.get("/en/latest-updates/?topic=reprisals").text
    assert 'rel="alternate" type="application/atom+xml" href="/en/latest-updates/feed/"' in index
    assert 'href="/en/latest-updates/feed/topic/reprisals/"' in index
    assert "Follow updates on Reprisals (Atom feed)" in index
    page = client.get("/fr/actualites/rapport-represailles-2025/").text
    assert 'href="/fr/actualites/feed/topic/reprisals/"' in page
    assert "Actualités : Représailles (flux Atom)" in page
