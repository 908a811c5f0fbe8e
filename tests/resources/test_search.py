"""Site search: the visitor's language with fallback, labelled results, nothing stored."""

import re

from django.apps import apps
from django.db import connection

import pytest

pytestmark = pytest.mark.django_db

RESULT = re.compile(
    r'<p class="search-result__type">(?P<label>.*?)</p>\s*<h3 lang="(?P<lang>[\w-]+)">'
    r'<a href="(?P<href>[^"]+)">(?P<title>.*?)</a>',
    re.S,
)


def results(response):
    assert response.status_code == 200
    return [m.groupdict() for m in RESULT.finditer(response.content.decode())]


def hrefs_for(client, query):
    return [r["href"] for r in results(client.get("/en/search/", {"q": query}))]


def test_english_search_finds_resources_and_pages_labelled_with_their_type(client, resource_demo):
    found = results(client.get("/en/search/?q=model+law"))
    by_title = {r["title"]: r for r in found}
    assert "Quick Guide to the Model Law" in by_title
    assert by_title["Quick Guide to the Model Law"]["label"] == "Resource"
    about = results(client.get("/en/search/?q=independent+organisation"))
    assert any(r["label"] == "Standard page" for r in about)


def test_french_search_shows_french_versions_and_marks_originals(client, resource_demo):
    found = results(client.get("/fr/search/?q=loi"))
    titles = [r["title"] for r in found]
    assert "Guide rapide de la Loi type" in titles
    assert all(r["label"].startswith("Ressource") or r["lang"] == "fr" for r in found)
    fallback = results(client.get("/fr/search/?q=reprisals+handbook"))
    assert [r["href"] for r in fallback] == ["/en/resources/reprisals-handbook/"]
    assert fallback[0]["lang"] == "en"
    assert "Pas encore traduit" in fallback[0]["label"]


def test_an_unpublished_resource_is_found_by_neither_search(client, resource_demo):
    from resources.models import ResourcePage

    handbook = "/en/resources/reprisals-handbook/"
    library_search = "/en/resources/?q=reprisals+handbook"
    assert handbook in hrefs_for(client, "reprisals handbook")
    assert handbook in client.get(library_search).content.decode()

    ResourcePage.objects.get(slug="reprisals-handbook").unpublish()
    # Found neither by its fields nor by its files' text, in either search.
    assert handbook not in hrefs_for(client, "reprisals handbook")
    assert handbook not in client.get(library_search).content.decode()


def test_french_search_lists_each_page_once(client, resource_demo):
    found = results(client.get("/fr/search/?q=guide"))
    hrefs = [r["href"] for r in found]
    assert len(hrefs) == len(set(hrefs))
    assert "/fr/ressources/guide-rapide-loi-type/" in hrefs
    assert "/en/resources/quick-guide-model-law/" not in hrefs
    assert "/en/resources/simple-guide-treaty-bodies/" in hrefs


def test_results_point_search_engines_at_the_plain_search_page_and_set_no_cookie(
    client, resource_demo
):
    # Each query's results fold into the search page itself, so they never fill an index.
    for path, canonical in (
        ("/en/search/?q=guide", "/en/search/"),
        ("/fr/search/?q=loi", "/fr/search/"),
    ):
        html = client.get(path).content.decode()
        assert f'<link rel="canonical" href="http://testserver{canonical}">' in html
        assert '<meta name="description" content="' in html
    assert not client.get("/en/search/?q=guide").cookies


def test_search_is_paginated(client, resource_demo):
    first = results(client.get("/en/search/?q=defenders"))
    second = results(client.get("/en/search/?q=defenders&page=2"))
    assert len(first) == 20
    assert second and not {r["href"] for r in first} & {r["href"] for r in second}


def test_queries_are_never_stored(client, resource_demo):
    def row_counts():
        return {model: model.objects.count() for model in apps.get_models()}

    before = row_counts()
    client.get("/en/search/?q=confidential+words")
    client.get("/en/resources/?q=confidential+words")
    assert row_counts() == before


def test_header_has_a_labelled_search_form(client, resource_demo):
    html = client.get("/fr/").content.decode()
    assert '<form class="site-search" method="get" action="/fr/search/" role="search">' in html
    assert '<label for="site-search-query">Rechercher sur le site</label>' in html


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="French stemming needs PostgreSQL's French config"
)
def test_french_words_match_inflected_forms_on_postgresql(client, resource_demo):
    titles = [r["title"] for r in results(client.get("/fr/search/?q=rapports+annuels"))]
    assert "Rapport annuel 2023" in titles
    library = client.get("/fr/ressources/?q=manuels").content.decode()
    assert "Manuel sur le Comité des ONG des Nations Unies" in library
