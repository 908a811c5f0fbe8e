"""The Model Law: its text with stable section anchors and a table of contents, language
downloads, and the national implementation tracker as a sortable table and a drawn map."""

import re

from django.core.exceptions import ValidationError

import pytest

from programmes.models import ModelLawPage, NationalImplementation
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page
from tests.programmes_helpers import assert_fragment_links_resolve, main_content

# The small English programmes tree, as a fixture of this module.
programmes_index = programmes_fixtures.programmes_index


def section(number, commentary=""):
    return {
        "number": number,
        "title": f"Title {number}",
        "text": f"<p>Text of section {number}.</p>",
        "commentary": commentary,
    }


@pytest.fixture
def model_law(programmes_index):
    return add_page(
        programmes_index,
        ModelLawPage(
            title="Model Law",
            slug="model-law",
            parts=[
                (
                    "part",
                    {
                        "number": "I",
                        "title": "Attacks",
                        "sections": [section(30, "<p>Why 30.</p>")],
                    },
                ),
                (
                    "part",
                    {"number": "II", "title": "Mechanism", "sections": [section(34), section(35)]},
                ),
            ],
            implementations=[
                NationalImplementation(
                    country="CI", status="law_adopted", year=2014, reference="Loi n° 2014-388"
                ),
                NationalImplementation(country="CI", status="decree", year=2017),
                NationalImplementation(country="BF", status="not_applied", year=2022),
                NationalImplementation(country="MN", status="law_adopted", year=2021),
            ],
        ),
    )


def test_table_of_contents_links_resolve_to_unique_anchors(client, model_law):
    html = client.get(model_law.url).content.decode()
    targets = assert_fragment_links_resolve(html)
    toc = main_content(html).split('class="law-toc"')[1].split("</nav>")[0]
    assert re.findall(r'href="#([^"]+)"', toc) == [
        "part-1",
        "section-30",
        "part-2",
        "section-34",
        "section-35",
    ]
    assert "section-30" in targets
    # The lasting address of a section is its number.
    assert '<section class="law-section" id="section-34"' in html


def test_commentary_is_folded_in_details(client, model_law):
    html = main_content(client.get(model_law.url).content.decode())
    assert html.count("<details") == 1
    assert re.search(
        r"<details class=\"law-commentary\">\s*<summary>Commentary on section 30", html
    )


def test_duplicate_section_numbers_are_refused(model_law):
    model_law.parts = [
        ("part", {"number": "I", "title": "A", "sections": [section(30), section(30)]}),
    ]
    with pytest.raises(ValidationError) as error:
        model_law.full_clean()
    assert "30" in str(error.value.message_dict["parts"])


def rows(html):
    table = html.split('<table class="tracker-table">')[1].split("</table>")[0]
    body = table.split("<tbody>")[1]
    return [
        (country, year)
        for country, year in re.findall(
            r'<th scope="row">([^<]+)</th>\s*<td>[^<]*</td>\s*<td>(\d+)</td>', body
        )
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            [
                ("Burkina Faso", "2022"),
                ("Côte d’Ivoire", "2014"),
                ("Côte d’Ivoire", "2017"),
                ("Mongolia", "2021"),
            ],
        ),
        (
            "?sort=-year",
            [
                ("Burkina Faso", "2022"),
                ("Mongolia", "2021"),
                ("Côte d’Ivoire", "2017"),
                ("Côte d’Ivoire", "2014"),
            ],
        ),
        (
            "?sort=year",
            [
                ("Côte d’Ivoire", "2014"),
                ("Côte d’Ivoire", "2017"),
                ("Mongolia", "2021"),
                ("Burkina Faso", "2022"),
            ],
        ),
        (
            "?sort=status",
            [
                ("Côte d’Ivoire", "2014"),
                ("Mongolia", "2021"),
                ("Côte d’Ivoire", "2017"),
                ("Burkina Faso", "2022"),
            ],
        ),
        # Anything else falls back to the default order, without an error.
        (
            "?sort=<script>",
            [
                ("Burkina Faso", "2022"),
                ("Côte d’Ivoire", "2014"),
                ("Côte d’Ivoire", "2017"),
                ("Mongolia", "2021"),
            ],
        ),
        (
            "?sort=--year",
            [
                ("Burkina Faso", "2022"),
                ("Côte d’Ivoire", "2014"),
                ("Côte d’Ivoire", "2017"),
                ("Mongolia", "2021"),
            ],
        ),
    ],
)
def test_tracker_table_sorts_with_plain_links(client, model_law, query, expected):
    response = client.get(model_law.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in main_content(html)
    assert rows(html) == expected


def test_sort_links_flip_the_order_and_announce_it(client, model_law):
    html = client.get(model_law.url + "?sort=year").content.decode()
    assert '<th scope="col" aria-sort="ascending">' in html
    assert 'href="?sort=-year#national-implementation"' in html
    html = client.get(model_law.url + "?sort=-year").content.decode()
    assert '<th scope="col" aria-sort="descending">' in html
    assert 'href="?sort=year#national-implementation"' in html


def test_map_is_drawn_by_the_site_with_labels_and_shapes(client, model_law):
    html = main_content(client.get(model_law.url).content.decode())
    svg = html.split('<svg viewBox="', 1)[1].split("</svg>", 1)[0]
    assert "http" not in svg  # no tiles or external images
    # One marker per country, showing its latest step, each with a text label.
    markers = re.findall(r'tracker-marker--(\w+)" transform', svg)
    labels = re.findall(r'class="tracker-marker__label">(\w+)</text>', svg)
    assert labels == ["BF", "CI", "MN"]
    assert markers == ["not_applied", "decree", "law_adopted"]
    # Status is told by shape as well as colour, and in words in the legend.
    assert "<path d=" in svg  # cross for "reported not applied"
    assert '<rect x="-11"' in svg  # square for "implementing decree"
    assert "Burkina Faso: Reported not applied (2022)" in html
    assert 'role="img"' in html and "the table below gives the same information" in html


def test_downloads_list_each_language(client, programmes_index):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    from programmes.demo.model_law import demo_pdf

    documents = []
    for code in ("en", "fr"):
        document = Document(title=f"Model Law {code}")
        document.file.save(f"model-law-{code}.pdf", ContentFile(demo_pdf("x")), save=False)
        document.save()
        documents.append(("version", {"language": code, "document": document}))
    page = add_page(
        programmes_index, ModelLawPage(title="Model Law", slug="model-law", downloads=documents)
    )
    html = main_content(client.get(page.url).content.decode())
    assert re.search(
        r'hreflang="en" download>English</a> <span class="download-list__meta">\(PDF, \d', html
    )
    assert 'hreflang="fr" download>French</a>' in html


def test_french_map_keeps_decimal_points_and_french_legend(client, model_law):
    from wagtail.models import Locale

    french = model_law.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    )
    french.save_revision().publish()
    html = main_content(client.get(french.url).content.decode())
    svg = html.split("<svg viewBox=", 1)[1].split("</svg>", 1)[0]
    # French formats 1.5 as "1,5", which SVG would read as two numbers.
    assert not re.search(r"scale\(\d+,\d", svg)
    assert re.search(r"scale\(\d+(\.\d+)?\)", svg)
    assert "Burkina Faso : Non appliquée selon les informations reçues (2022)" in html
    assert "Partie I : Attacks" in html
