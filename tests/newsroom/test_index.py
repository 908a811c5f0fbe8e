"""The updates index as visitors use it: newest first, filters with counts, the French index's
fallback, pagination, and bad input answered with a normal page."""

from datetime import date

import pytest

from ishr_site.newsroom.models import UpdatePage
from tests.newsroom.helpers import count_heading, facet_counts, listed, make_update

pytestmark = pytest.mark.django_db


def test_the_index_lists_the_newest_first_in_both_languages(client, demo_site):
    english = client.get("/en/latest-updates/")
    assert english.status_code == 200
    dates = [u.date for u in UpdatePage.objects.live().filter(locale=demo_site.english)]
    newest = UpdatePage.objects.get(locale=demo_site.english, date=max(dates))
    assert listed(english)[0] == newest.title
    assert count_heading(english) == f"{len(dates)} updates"
    french = client.get("/fr/actualites/")
    assert french.status_code == 200
    assert '<html lang="fr"' in french.text
    assert count_heading(french) == f"{len(dates)} actualités"


def test_the_french_index_lists_each_update_once_french_when_translated(client, demo_site):
    make_update("Only in English", day=date(2026, 11, 30))
    french_titles = listed(client.get("/fr/actualites/"))
    assert french_titles[0] == "Only in English"
    # The first card is the untranslated original, marked as English for screen readers.
    assert 'lang="en"><a href="/en/latest-updates/only-in-english/">Only in English' in (
        client.get("/fr/actualites/").text
    )
    everything = []
    page = 1
    while True:
        response = client.get(f"/fr/actualites/?page={page}")
        titles = listed(response)
        everything += titles
        if 'rel="next"' not in response.text:
            break
        page += 1
    english_count = UpdatePage.objects.live().filter(locale=demo_site.english).count()
    assert len(everything) == english_count == len(set(everything))
    assert "Mongolie : cinq ans de la première loi asiatique sur les défenseur·e·x·s" in everything
    assert "Mongolia: five years of Asia's first law on defenders" not in everything


def test_filters_narrow_the_list_and_counts_say_how_many(client, demo_site):
    response = client.get("/en/latest-updates/?topic=protection-laws&country=mali")
    assert listed(response) == ["Mali: a professional card must not narrow who is a defender"]
    response = client.get("/en/latest-updates/?topic=reprisals")
    reprisals = listed(response)
    assert "Reprisals toolkit now in Chinese, Tibetan and Uyghur" in reprisals
    kinds = facet_counts(response, "type")
    assert sum(kinds.values()) == len(reprisals) == int(count_heading(response).split()[0])
    statements = listed(client.get("/en/latest-updates/?topic=reprisals&type=statement"))
    assert len(statements) == kinds["statement"]
    # A region holds the updates filed under its countries too.
    africa = listed(client.get("/en/latest-updates/?region=africa&page=1"))
    assert "Niger: a law without a mechanism" in africa
    years = facet_counts(client.get("/en/latest-updates/"), "year")
    assert set(years) >= {"2024", "2025", "2026"}
    only_2024 = client.get("/en/latest-updates/?year=2024")
    assert count_heading(only_2024) == f"{years['2024']} updates"


def test_search_finds_updates_in_the_index(client, demo_site):
    response = client.get("/en/latest-updates/?q=Mongolia")
    assert listed(response) == ["Mongolia: five years of Asia's first law on defenders"]


@pytest.mark.parametrize(
    "query",
    [
        "?type=no-such-kind",
        "?topic=no-such-topic&country=atlantis",
        "?page=999",
        "?page=-1",
        "?page=abc",
        "?q=" + "défenseur " * 2000,
        "?type=news&type=news&type=news&topic=reprisals&topic=reprisals",
        "?year=1066&year=abcd&region=mars",
        "?q=%00%ff<script>",
    ],
)
def test_unknown_or_malformed_parameters_give_a_normal_page(client, demo_site, query):
    response = client.get("/en/latest-updates/" + query)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert "<script>" not in response.text.split("</head>", 1)[1]
        assert count_heading(response).endswith(("update", "updates"))


def test_unknown_values_are_ignored_not_filtered_on(client, demo_site):
    everything = count_heading(client.get("/en/latest-updates/"))
    assert count_heading(client.get("/en/latest-updates/?type=no-such-kind")) == everything
    page_past_the_end = client.get("/en/latest-updates/?page=999")
    assert "Page 3 of 3" in page_past_the_end.text


def test_an_update_page_shows_its_facts_terms_and_feeds(client, demo_site):
    response = client.get("/en/latest-updates/niger-law-without-mechanism/")
    assert response.status_code == 200
    html = response.text
    assert '<a href="/en/latest-updates/?type=statement">Statement</a>' in html
    assert '<a href="/en/latest-updates/?country=niger">Niger</a>' in html
    assert 'href="/en/latest-updates/feed/country/niger/"' in html
    assert "ishr.ch/defenders-toolbox/national-protection/niger" in html  # its source
    assert '<nav class="breadcrumbs"' in html or 'aria-label="Breadcrumb"' in html
    assert '<meta property="og:type" content="article">' in html
    french = client.get("/fr/actualites/niger-loi-sans-mecanisme/")
    assert '<a href="/fr/actualites/?type=statement">Déclaration</a>' in french.text
    assert "Source : ishr.ch" in french.text


def test_related_updates_come_from_shared_topics_and_countries(client, demo_site):
    burkina = make_update(
        "Burkina Faso: defenders ask for the mechanism",
        kind="statement",
        countries=["burkina-faso"],
        day=date(2026, 11, 2),
    )
    response = client.get(burkina.url)
    related = response.text.split('id="related-updates-heading"', 1)[1]
    assert "Burkina Faso: apply the 2017 law protecting defenders" in related
    assert "Burkina Faso: defenders ask for the mechanism" not in related


def test_examples_are_labelled_on_the_page_and_in_the_list(client, demo_site):
    page = client.get("/en/latest-updates/thailand-treaty-body-review/")
    assert "Example: this update illustrates the website" in page.text
    real = client.get("/en/latest-updates/niger-law-without-mechanism/")
    assert "Example: this update illustrates" not in real.text
    listing = client.get("/en/latest-updates/?country=thailand")
    assert '<span class="example-label">Example</span>' in listing.text


def test_an_update_whose_picture_file_is_missing_still_renders(client, demo_site):
    import io

    from django.core.files.images import ImageFile

    from wagtail.images.models import Image

    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 450), (11, 61, 107)).save(buffer, format="JPEG")
    image = Image(title="Lost picture")
    image.file = ImageFile(buffer, name="lost-picture.jpg")
    image.save()
    page = make_update("An update whose picture is lost", image=image, image_alt="A room.")
    image.file.storage.delete(image.file.name)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "An update whose picture is lost" in response.text
