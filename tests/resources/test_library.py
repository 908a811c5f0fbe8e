"""The library: filters, counts, sorting, pagination, search and the French fallback."""

from django.db.models import Q

import pytest

from resources.models import ResourcePage
from tests.resources_html import facet_count, listed, listed_count

pytestmark = pytest.mark.django_db

EN = "/en/resources/"
FR = "/fr/ressources/"


def english_resources():
    return ResourcePage.objects.live().filter(locale__language_code="en")


def all_pages(client, url):
    """Every card over every page of a listing."""
    cards, number = [], 1
    separator = "&" if "?" in url else "?"
    while True:
        response = client.get(f"{url}{separator}page={number}")
        assert response.status_code == 200
        page_cards = listed(response)
        cards += page_cards
        if f"page={number + 1}" not in response.content.decode():
            return cards
        number += 1


def titles(cards):
    return {title for title, _href, _lang in cards}


def test_library_lists_newest_first(client, resource_demo):
    response = client.get(EN)
    assert response.status_code == 200
    expected = list(
        english_resources().order_by("-publication_date", "-pk").values_list("title", flat=True)
    )
    assert [title for title, _h, _l in listed(response)] == expected[:20]
    assert listed_count(response) == len(expected)


@pytest.mark.parametrize(
    "query, condition",
    [
        ("type=guide", Q(resource_type="guide")),
        ("topic=reprisals", Q(topics__topic__slug="reprisals")),
        ("country=mali", Q(countries__country__slug="mali")),
        ("language=ar", Q(files__language="ar")),
        ("year=2017", Q(publication_date__year=2017)),
        (
            "region=africa",
            Q(regions__region="africa") | Q(countries__country__region="africa"),
        ),
    ],
)
def test_each_filter_lists_exactly_the_matching_resources(client, resource_demo, query, condition):
    expected = set(english_resources().filter(condition).values_list("title", flat=True))
    assert expected, "the demo content should exercise this filter"
    cards = all_pages(client, f"{EN}?{query}")
    assert titles(cards) == expected
    assert len(cards) == len(expected)


def test_region_includes_resources_tagged_only_with_a_country(client, resource_demo):
    cards = all_pages(client, f"{EN}?region=africa")
    assert "Côte d'Ivoire: putting the 2014 law on defenders into practice" in titles(cards)


def test_filters_combine_across_facets_and_within_one(client, resource_demo):
    both = titles(listed(client.get(f"{EN}?type=manual&language=ar")))
    assert both == {
        "Manual on navigating the UN Committee on NGOs",
        "Digital security basics for defenders travelling to Geneva",
    }
    either = titles(all_pages(client, f"{EN}?type=manual&type=handbook"))
    expected = set(
        english_resources()
        .filter(resource_type__in=["manual", "handbook"])
        .values_list("title", flat=True)
    )
    assert either == expected


def test_counts_beside_values_match_what_the_filter_gives(client, resource_demo):
    response = client.get(EN)
    for name, value in [
        ("type", "guide"),
        ("topic", "protection-laws"),
        ("language", "es"),
        ("region", "americas"),
        ("year", "2023"),
        ("country", "mexico"),
    ]:
        shown = facet_count(response, name, value)
        assert shown is not None, (name, value)
        assert shown == listed_count(client.get(f"{EN}?{name}={value}")), (name, value)


def test_counts_follow_the_other_filters(client, resource_demo):
    response = client.get(f"{EN}?language=ar")
    arabic_manuals = english_resources().filter(resource_type="manual", files__language="ar")
    assert facet_count(response, "type", "manual") == arabic_manuals.distinct().count()


def test_counts_follow_a_publish_and_an_unpublish_at_once(client, resource_demo):
    """Counts are kept between requests; an editor's publish or unpublish shows in them on the
    very next request, with the total and the list."""
    # One with no translation: a live French version would take its place in the list.
    guide = next(
        page
        for page in english_resources().filter(resource_type="guide")
        if not page.get_translations().exists()
    )
    before = client.get(f"{EN}?type=guide")
    guides = facet_count(before, "type", "guide")
    assert guides == listed_count(before)

    guide.unpublish()
    after_unpublish = client.get(f"{EN}?type=guide")
    assert facet_count(client.get(EN), "type", "guide") == guides - 1
    assert listed_count(after_unpublish) == guides - 1

    guide.get_latest_revision().publish()
    assert facet_count(client.get(EN), "type", "guide") == guides
    assert listed_count(client.get(f"{EN}?type=guide")) == guides


def test_sorting(client, resource_demo):
    oldest = listed(client.get(f"{EN}?sort=oldest"))
    assert oldest[0][0] == "Simple Guide to the UN Treaty Bodies"
    by_title = [title for title, _h, _l in listed(client.get(f"{EN}?sort=title"))]
    assert by_title == sorted(by_title, key=str.lower)


def test_pagination_edges(client, resource_demo):
    total = english_resources().count()
    first, second = listed(client.get(f"{EN}?page=1")), listed(client.get(f"{EN}?page=2"))
    assert not titles(first) & titles(second)
    last_number = (total + 19) // 20
    last = listed(client.get(f"{EN}?page={last_number}"))
    assert len(last) == total - 20 * (last_number - 1)
    assert listed(client.get(f"{EN}?page={last_number + 5}")) == last
    assert listed(client.get(f"{EN}?page=0")) == last  # out of range: the nearest real page
    assert listed(client.get(f"{EN}?page=abc")) == first
    assert len(all_pages(client, EN)) == total


def test_pages_keep_the_filters_in_their_links(client, resource_demo):
    html = client.get(f"{EN}?topic=human-rights-council&sort=oldest").content.decode()
    if "page=2" in html:
        assert "topic=human-rights-council&amp;sort=oldest&amp;page=2" in html


def test_search_inside_the_library_in_english(client, resource_demo):
    cards = listed(client.get(f"{EN}?q=treaty+bodies"))
    assert "Simple Guide to the UN Treaty Bodies" in titles(cards)
    assert "Annual Report 2022" not in titles(cards)


def test_search_inside_the_library_in_french_finds_french_text(client, resource_demo):
    cards = listed(client.get(f"{FR}?q=loi+type"))
    assert (
        "Loi type pour la reconnaissance et la protection des défenseur·e·x·s des droits humains"
        in titles(cards)
    )


def test_search_and_filters_combine(client, resource_demo):
    cards = listed(client.get(f"{EN}?q=model+law&type=guide"))
    assert titles(cards) == {"Quick Guide to the Model Law"}


def test_french_library_lists_every_resource_once(client, resource_demo):
    english_count = english_resources().count()
    cards = all_pages(client, FR)
    assert len(cards) == english_count
    assert len({href for _t, href, _l in cards}) == english_count
    key_by_url = {page.url: page.translation_key for page in ResourcePage.objects.live()}
    keys = [key_by_url[href] for _t, href, _l in cards]
    assert len(set(keys)) == english_count


def test_french_library_prefers_french_and_marks_originals(client, resource_demo):
    cards = all_pages(client, FR)
    by_title = {title: (href, lang) for title, href, lang in cards}
    assert by_title["Guide rapide de la Loi type"] == (
        "/fr/ressources/guide-rapide-loi-type/",
        "fr",
    )
    assert "Quick Guide to the Model Law" not in by_title
    href, lang = by_title["Reprisals Handbook for Human Rights Defenders"]
    assert (href, lang) == ("/en/resources/reprisals-handbook/", "en")
    html = client.get(f"{FR}?q=reprisals+handbook").content.decode()
    assert "En anglais" in html


def test_french_filters_use_the_same_values_and_french_names(client, resource_demo):
    response = client.get(f"{FR}?topic=reprisals")
    assert listed_count(response) == listed_count(client.get(f"{EN}?topic=reprisals"))
    assert "Représailles" in response.content.decode()


def test_canonical_and_hreflang(client, resource_demo):
    html = client.get(EN).content.decode()
    assert '<link rel="canonical" href="http://testserver/en/resources/">' in html
    assert 'hreflang="fr" href="http://testserver/fr/ressources/"' in html
    assert 'hreflang="x-default" href="http://testserver/en/resources/"' in html
    assert "noindex" not in html
    filtered = client.get(f"{EN}?type=guide").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/resources/">' in filtered
    assert '<meta name="robots" content="noindex, follow">' in filtered
    second = client.get(f"{EN}?page=2").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/resources/?page=2">' in second


def test_filter_form_is_a_plain_get_form_with_clear_link(client, resource_demo):
    plain = client.get(EN)
    html = plain.content.decode()
    assert 'method="get"' in html and "csrfmiddlewaretoken" not in html
    assert "Clear all filters" not in html
    assert not plain.cookies
    filtered = client.get(f"{EN}?type=guide").content.decode()
    assert (
        '<a href="/en/resources/" class="library-filters__clear">Clear all filters</a>' in filtered
    )


def test_resource_page_shows_files_with_format_size_and_pages(client, resource_demo):
    model_law = resource_demo.resource("model-law")
    html = client.get("/en/resources/model-law/").content.decode()
    english = model_law.files.get(language="en")
    assert f"PDF · {english.file_size / 1024:.1f}\xa0KB · {english.page_count} pages" in html
    assert 'lang="ar" dir="rtl">العربيّة</span>' in html
    assert html.index('lang="en" dir="ltr">English') < html.index('lang="fr" dir="ltr">Français')
    french_html = client.get("/fr/ressources/loi-type/").content.decode()
    assert french_html.index('lang="fr" dir="ltr">Français') < french_html.index(
        'lang="en" dir="ltr">English'
    )
    assert "/documents/" in html and "/media/documents/" not in html
