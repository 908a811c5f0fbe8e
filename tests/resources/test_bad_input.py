"""Whatever is typed into the address bar, the library, search and feed answer normally."""

from urllib.parse import quote

import pytest

from tests.resources_html import listed, listed_count

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    '"human rights"',
    "'unbalanced",
    "rights AND defenders OR NOT reprisals",
    "rights & | ! : * ( )",
    "100%",
    "%",
    "_",
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    "<script>alert('x')</script>",
    "<b>bold</b> &amp; &lt;",
    "😀🔥",
    "حقوق الإنسان",
    "עברית",
    "人权捍卫者",
    "\x00null",
    "back\\slash",
    "a-b c–d",
]

ODD_PARAMETERS = [
    "type=unknown",
    "type=guide&type=guide",
    "type=",
    "topic=../../etc/passwd",
    "topic=reprisals&topic=reprisals&topic=nope",
    "region=mars",
    "country=atlantis",
    "language=xx",
    "language=EN",
    "year=abcd",
    "year=99999",
    "year=-1",
    "sort=DROP",
    "sort=",
    "page=-1",
    "page=0",
    "page=1.5",
    "page=abc",
    "page=99999999999999999999999999",
    "page=1e9",
    "page=",
    "page=2&page=3",
    "q=%FF%FE",
    "type[]=guide",
    "&&&===",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
@pytest.mark.parametrize("url", ["/en/search/", "/fr/search/", "/en/resources/", "/fr/ressources/"])
def test_odd_queries_give_a_normal_escaped_page(client, resource_demo, url, query):
    response = client.get(f"{url}?q={quote(query)}")
    # Control characters are refused before any view, with the site's 400 page.
    assert response.status_code == (400 if "\x00" in query else 200)
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<b>bold</b>" not in html
    assert len(html) < 200_000  # a 10,000-character query is not echoed in full


@pytest.mark.parametrize("parameters", ODD_PARAMETERS)
@pytest.mark.parametrize("url", ["/en/resources/", "/fr/ressources/", "/en/search/?q=law&"])
def test_odd_parameters_give_a_normal_page(client, resource_demo, url, parameters):
    separator = "" if url.endswith("&") else "?"
    response = client.get(f"{url}{separator}{parameters}")
    assert response.status_code == 200
    assert "../../etc" not in response.content.decode().split("<main")[1]


def test_unknown_and_repeated_filter_values_are_ignored(client, resource_demo):
    everything = listed_count(client.get("/en/resources/"))
    assert listed_count(client.get("/en/resources/?type=unknown&region=mars")) == everything
    guides = listed(client.get("/en/resources/?type=guide"))
    assert listed(client.get("/en/resources/?type=guide&type=guide&type=nope")) == guides


def test_odd_feed_and_resource_urls(client, resource_demo):
    assert client.get("/en/resources/feed/?page=abc").status_code == 200
    assert client.get("/en/resources/does-not-exist/").status_code == 404
    assert client.post("/en/search/", {"q": "x"}).status_code == 405
