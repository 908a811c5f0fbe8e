"""Search never reveals what a visitor may not open.

Public listings show only what an anonymous visitor may open, whoever asks: the text of a file
in a restricted collection (login, password or groups, on the collection or one above it) is
never matched, quoted or named; a page inside a restricted section (any kind, on the page or an
ancestor, in either language) is never listed — in site search, the library's search, its
counts and facets, the feeds and the mirror's search index.
"""

import re

from django.contrib.auth import get_user_model
from django.http import QueryDict
from django.utils import translation

from wagtail.models import Page

import pytest

from ishr_site.mirror.search_index import build_indexes
from resources.library import LibraryQuery
from resources.models import ResourceFile

from .restrictions import KINDS, restrict_documents, restrict_page

pytestmark = pytest.mark.django_db

LANYARD = "grounds pass lanyard"  # women-defenders-hrc-guide, English PDF, page 3
GUIDE = "women-defenders-hrc-guide"
SEARCHES = ["/en/search/", "/en/resources/", "/fr/search/", "/fr/ressources/"]
VISITORS = ["anonymous", "signed-in without the right"]


def sign_in_if(client, visitor):
    if visitor != "anonymous":
        user = get_user_model().objects.create_user("reader", "reader@example.org", "x" * 16)
        client.force_login(user)


def found(client, url, query):
    """(result links, the page's text) of a search; nothing when the search page itself is
    restricted (the library, when its section is) and asks for a login."""
    response = client.get(url, {"q": query})
    if response.status_code == 302:
        assert "/login/" in response.headers["Location"]
        return [], ""
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'<h3[^>]*><a href="(/[^"]+/)">', html), html


def guide_urls(resource_demo):
    english = resource_demo.resource(GUIDE)
    return {english.url, resource_demo.french_of(english).url}


def assert_nothing_found(client, resource_demo, query=LANYARD):
    for url in SEARCHES:
        links, html = found(client, url, query)
        assert not set(links) & guide_urls(resource_demo), url
        assert "document-match" not in html, url
        assert "lanyard</mark>" not in html.lower(), url


def test_the_phrase_is_found_while_nothing_is_restricted(client, resource_demo):
    for url in SEARCHES:
        links, html = found(client, url, LANYARD)
        assert set(links) & guide_urls(resource_demo), url
        assert "lanyard</mark>" in html.lower(), url


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("kind", KINDS)
def test_text_of_a_file_in_a_restricted_collection_is_never_shown(
    client, resource_demo, kind, visitor
):
    guide = resource_demo.resource(GUIDE)
    restrict_documents([f.document for f in guide.files.all()], kind)
    sign_in_if(client, visitor)
    assert_nothing_found(client, resource_demo)


def test_a_restriction_on_a_collection_above_covers_the_files_inside(client, resource_demo):
    guide = resource_demo.resource(GUIDE)
    restrict_documents([f.document for f in guide.files.all()], "login", nested=True)
    assert_nothing_found(client, resource_demo)


def test_only_the_restricted_file_is_hidden_and_the_public_ones_still_match(client, resource_demo):
    guide = resource_demo.resource(GUIDE)
    english_pdf = guide.files.get(language="en").document
    others = [f.document for f in guide.files.exclude(language="en")]
    restrict_documents(others, "login")
    links, html = found(client, "/en/search/", LANYARD)
    assert guide.url in links
    restrict_documents([english_pdf], "login")
    assert_nothing_found(client, resource_demo)


def language_counts(language_code):
    with translation.override(language_code):
        return LibraryQuery(QueryDict("")).counts()["language"]


def test_a_restricted_file_counts_in_no_facet_and_matches_no_filter(client, resource_demo):
    guide = resource_demo.resource(GUIDE)
    languages = set(guide.files.values_list("language", flat=True))
    before = language_counts("en")
    restrict_documents([f.document for f in guide.files.all()], "password")
    after = language_counts("en")
    for code in languages:
        # One resource fewer per language (each file row of the English page and its French
        # copy points at the same document; the English library lists the English page).
        assert after.get(code, 0) == before[code] - 1, code
    for code in languages:
        response = client.get("/en/resources/", {"language": code})
        assert guide.url not in response.content.decode(), code


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("restricted", ["the resource", "the library above it"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_page_in_a_restricted_section_is_never_found(
    client, resource_demo, kind, visitor, restricted, language
):
    """The restriction is set on the English or on the French page; both languages obey."""
    english = resource_demo.resource(GUIDE)
    page = english if restricted == "the resource" else resource_demo.library_en
    if language == "fr":
        page = resource_demo.french_of(page)
    restrict_page(page, kind)
    sign_in_if(client, visitor)
    assert_nothing_found(client, resource_demo)
    # Its own title does not find it either.
    for url in SEARCHES:
        links, _html = found(client, url, english.title)
        assert not set(links) & guide_urls(resource_demo), url


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_standard_page_is_not_found_in_either_language(client, demo_site, kind):
    about = demo_site.page("about/")
    about_fr = demo_site.french_of(about)
    for url, page in [("/en/search/", about), ("/fr/search/", about_fr)]:
        assert page.url in found(client, url, page.title)[0]
    restrict_page(about, kind)
    for url, page in [("/en/search/", about), ("/fr/search/", about_fr)]:
        assert page.url not in found(client, url, page.title)[0], url


@pytest.mark.parametrize("kind", KINDS)
def test_feeds_leave_restricted_resources_out(client, resource_demo, kind):
    english = resource_demo.resource(GUIDE)
    french = resource_demo.french_of(english)
    restrict_page(english, kind)
    for feed, page in [("/en/resources/feed/", english), ("/fr/ressources/feed/", french)]:
        body = client.get(feed).content.decode()
        assert page.full_url not in body, feed
        assert english.full_url not in body, feed


@pytest.mark.parametrize("kind", KINDS)
def test_the_mirror_search_index_leaves_restricted_pages_out(resource_demo, kind):
    english = resource_demo.resource(GUIDE)
    french = resource_demo.french_of(english)
    restrict_page(french, kind)
    site = resource_demo.site
    roots = [p.path for p in Page.objects.translation_of(site.root_page, inclusive=True)]
    indexes = {code: script.decode() for code, script in build_indexes(site, roots).items()}
    assert set(indexes) == {"en", "fr"}
    assert english.title not in indexes["en"]
    assert french.title not in indexes["fr"]
    assert resource_demo.resource("reprisals-handbook").title in indexes["en"]


def test_file_rows_of_the_guide_point_at_shared_documents(resource_demo):
    """What the facet test relies on: the French page's files are the English documents."""
    english = resource_demo.resource(GUIDE)
    french = resource_demo.french_of(english)
    documents = set(ResourceFile.objects.filter(page=english).values_list("document", flat=True))
    assert set(ResourceFile.objects.filter(page=french).values_list("document", flat=True)) <= (
        documents
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_mirror_copies_no_file_of_a_restricted_collection(resource_demo, kind):
    from ishr_site.mirror.assets import PublicDocuments

    guide = resource_demo.resource(GUIDE)
    restricted = [f.document for f in guide.files.all()]
    public = resource_demo.resource("reprisals-handbook").files.first().document
    restrict_documents(restricted, kind, nested=kind == "groups")
    files = PublicDocuments().files
    assert public.pk in files
    assert not {d.pk for d in restricted} & set(files)
    assert PublicDocuments().read(restricted[0].url) is None
