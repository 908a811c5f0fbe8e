"""Search inside the guides: a phrase printed only inside a demo PDF finds its resource, in
the library and in site search, in both languages, and the result says where it is."""

import re

from django.core.files.base import ContentFile
from django.db import connection

import pytest

from resources.demo.resource_data import PASSAGES
from resources.models import DocumentText, ResourceFile, TextStatus
from resources.pdfs import make_text_pdf
from resources.text_extraction.store import extract_and_store

pytestmark = pytest.mark.django_db

LANYARD = "grounds pass lanyard"  # women-defenders-hrc-guide, English PDF, page 3
WRITTEN_LOG = "written log of every threat"  # reprisals-handbook (never translated), page 2
ARABIC = "الاحتجاز التعسفي"  # upr-submission-egypt, Arabic PDF, page 2
MATCH = re.compile(
    r'<a href="(?P<href>[^"]+)" hreflang="(?P<hreflang>[\w-]+)">(?P<where>[^<]+)</a>\s*</p>\s*'
    r'<p class="document-match__excerpt" lang="(?P<lang>[\w-]+)" dir="(?P<dir>\w+)">'
    r"(?P<excerpt>.*?)</p>",
    re.S,
)


def page_of(slug, language):
    return next(iter(PASSAGES[(slug, language)]))


def matches(response):
    assert response.status_code == 200
    return [m.groupdict() for m in MATCH.finditer(response.content.decode())]


def titles(response):
    return re.findall(r"<h3[^>]*><a href=\"(/[^\"]+/)\">([^<]+)</a>", response.content.decode())


def test_the_phrases_are_only_inside_the_files(resource_demo):
    for slug, phrase in [("women-defenders-hrc-guide", "lanyard"), ("reprisals-handbook", "log")]:
        page = resource_demo.resource(slug)
        assert phrase not in f"{page.title} {page.summary} {page.body}".lower()
    assert page_of("women-defenders-hrc-guide", "en") == 3


def test_library_finds_a_phrase_inside_a_pdf_and_says_where(client, resource_demo):
    response = client.get("/en/resources/", {"q": LANYARD})
    assert [href for href, _title in titles(response)] == [
        "/en/resources/women-defenders-hrc-guide/"
    ]
    [match] = matches(response)
    assert match["where"] == "Found in the English PDF, page 3"
    assert match["href"].endswith(".pdf#page=3")
    assert match["lang"] == "en" and match["dir"] == "ltr"
    assert "<mark>grounds</mark> <mark>pass</mark> <mark>lanyard</mark>" in match["excerpt"]
    assert "inside your jacket" in match["excerpt"]


def test_french_library_finds_it_through_the_french_page(client, resource_demo):
    french = resource_demo.french_of(resource_demo.resource("women-defenders-hrc-guide"))
    response = client.get("/fr/ressources/", {"q": LANYARD})
    hrefs = [href for href, _title in titles(response)]
    assert french.url in hrefs
    assert "/en/resources/women-defenders-hrc-guide/" not in hrefs
    [match] = matches(response)
    assert match["where"] == "Trouvé dans le PDF en anglais, page 3"


def test_french_search_finds_an_untranslated_resource_through_the_fallback(client, resource_demo):
    for url in ("/fr/ressources/", "/fr/search/"):
        response = client.get(url, {"q": WRITTEN_LOG})
        hrefs = [href for href, _title in titles(response)]
        assert "/en/resources/reprisals-handbook/" in hrefs, url
        [match] = matches(response)
        assert match["where"] == "Trouvé dans le PDF en anglais, page 2"
        assert match["href"].endswith("#page=2")


def test_site_search_finds_it_in_both_languages(client, resource_demo):
    english = client.get("/en/search/", {"q": LANYARD})
    assert "/en/resources/women-defenders-hrc-guide/" in [h for h, _t in titles(english)]
    assert matches(english)[0]["where"] == "Found in the English PDF, page 3"
    french = client.get("/fr/search/", {"q": LANYARD})
    french_page = resource_demo.french_of(resource_demo.resource("women-defenders-hrc-guide"))
    assert french_page.url in [h for h, _t in titles(french)]


def test_an_arabic_phrase_is_found_in_the_arabic_pdf(client, resource_demo):
    record = DocumentText.objects.get(
        document__in=ResourceFile.objects.filter(
            page=resource_demo.resource("upr-submission-egypt"), language="ar"
        ).values("document")
    )
    assert record.status == TextStatus.SEARCHABLE
    response = client.get("/en/search/", {"q": ARABIC})
    assert "/en/resources/upr-submission-egypt/" in [h for h, _t in titles(response)]
    [match] = matches(response)
    assert match["where"] == "Found in the Arabic PDF, page 2"
    assert match["lang"] == "ar" and match["dir"] == "rtl"
    assert "<mark>الاحتجاز</mark> <mark>التعسفي</mark>" in match["excerpt"]


def test_text_from_a_file_is_escaped_before_it_is_highlighted(client, resource_demo):
    page = resource_demo.resource("reprisals-handbook")
    document = page.files.first().document
    document.file.save(
        "markup.pdf",
        ContentFile(
            make_text_pdf("Markup", "en", ['Zebrafinch <script>alert("x")</script> <b>bold</b>'])
        ),
    )
    extract_and_store(document, isolated=False)
    response = client.get("/en/resources/", {"q": "zebrafinch"})
    [match] = matches(response)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in match["excerpt"]
    assert "<script>" not in response.content.decode()
    assert "<mark>Zebrafinch</mark>" in match["excerpt"]


def test_searching_without_a_document_match_shows_no_location(client, resource_demo):
    response = client.get("/en/resources/", {"q": "jurists"})  # in a summary, in no file
    assert titles(response)
    assert 'class="document-match"' not in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="French stemming is PostgreSQL's")
def test_french_search_stems_the_words_of_french_files(client, resource_demo):
    page = resource_demo.resource("cote-divoire-law-study")
    file = page.files.get(language="fr")
    file.document.file.save(
        "etude.pdf",
        ContentFile(
            make_text_pdf("Etude", "fr", ["Les gouvernements harcelaient les journalistes."])
        ),
    )
    extract_and_store(file.document, isolated=False)
    french = resource_demo.french_of(page)
    response = client.get("/fr/search/", {"q": "gouvernement harceler journaliste"})
    assert french.url in [h for h, _t in titles(response)]
