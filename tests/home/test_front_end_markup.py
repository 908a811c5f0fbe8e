"""What the front end hands to browsers, link previews and search engines: Open Graph
metadata, breadcrumbs, responsive pictures and the accessibility statement, in both languages."""

import io
from urllib.parse import urlsplit

from wagtail.images import get_image_model

import pytest
from bs4 import BeautifulSoup
from PIL import Image


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(document, name):
    tag = document.find("meta", attrs={"property": name}) or document.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


def local_path(url):
    """The path of an absolute URL on this site (link previews need absolute URLs)."""
    return urlsplit(url).path


def test_a_shared_french_page_previews_with_its_own_title_summary_and_picture(client, demo_site):
    hrdap = demo_site.french_of(demo_site.page("programmes/hrdap/"))
    document = soup(client.get(hrdap.url))
    assert meta(document, "og:title") == hrdap.title
    assert meta(document, "og:url") == document.find("link", rel="canonical")["href"]
    assert meta(document, "og:locale") == "fr_FR"
    assert [tag["content"] for tag in document.select('meta[property="og:locale:alternate"]')] == [
        "en_GB"
    ]
    assert meta(document, "og:type") == "article"
    # The summary is the page's own French introduction, as plain text.
    description = meta(document, "og:description")
    assert description and description == meta(document, "description")
    assert description.split()[:4] == BeautifulSoup(hrdap.intro, "html.parser").text.split()[:4]
    assert "<" not in description
    # The preview picture is the programme's own image in the wide shape previews use, served
    # at the size the metadata announces.
    image_url = meta(document, "og:image")
    assert image_url.startswith("http") and image_url.endswith(".jpg")
    assert meta(document, "twitter:card") == "summary_large_image"
    response = client.get(local_path(image_url))
    assert response.status_code == 200
    width, height = Image.open(file_of(response)).size
    assert (str(width), str(height)) == (
        meta(document, "og:image:width"),
        meta(document, "og:image:height"),
    )
    assert width == 1200 and abs(width / height - 1200 / 630) < 0.01


def file_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return io.BytesIO(content)


def test_a_page_without_a_picture_previews_with_the_site_picture(client, demo_site):
    document = soup(client.get("/en/accessibility/"))
    image_url = meta(document, "og:image")
    assert local_path(image_url) == "/static/img/share.png"
    assert meta(document, "twitter:card") == "summary"
    assert meta(document, "og:image:alt")


def test_the_home_page_is_a_website_and_has_no_breadcrumbs(client, demo_site):
    document = soup(client.get("/fr/"))
    assert meta(document, "og:type") == "website"
    assert document.select("nav.breadcrumbs") == []


def test_breadcrumbs_lead_from_home_to_the_page_in_its_language(client, demo_site):
    course = demo_site.french_of(demo_site.page("programmes/academy/human-rights-council/"))
    document = soup(client.get(course.url))
    trail = document.select_one("nav.breadcrumbs")
    assert trail["aria-label"] == "Fil d’Ariane"
    links = [(a.get_text(strip=True), a["href"]) for a in trail.select("a")]
    academy = course.get_parent().specific
    programmes = academy.get_parent().specific
    assert links == [
        (demo_site.home_fr.title, "/fr/"),
        (programmes.title, programmes.url),
        (academy.title, academy.url),
    ]
    current = trail.select_one('[aria-current="page"]')
    assert current.get_text(strip=True) == course.title
    assert current.name != "a"


def test_breadcrumbs_follow_a_renamed_parent_at_once(client, demo_site):
    academy = demo_site.page("programmes/academy/")
    course_url = demo_site.page("programmes/academy/human-rights-council/").url
    client.get(course_url)
    academy.title = "ISHR Academy (renamed)"
    academy.save_revision().publish()
    trail = soup(client.get(course_url)).select_one("nav.breadcrumbs")
    assert "ISHR Academy (renamed)" in [a.get_text(strip=True) for a in trail.select("a")]


@pytest.mark.parametrize(
    ("path", "headings", "contact"),
    [
        (
            "/en/accessibility/",
            ["Our commitment", "How we test", "Known limitations", "Tell us about a barrier"],
            "information@ishr.ch",
        ),
        (
            "/fr/accessibilite/",
            ["Notre engagement", "Comment nous testons", "Limites connues"],
            "information@ishr.ch",
        ),
    ],
)
def test_accessibility_statement_in_each_language(client, demo_site, path, headings, contact):
    document = soup(client.get(path))
    main = document.select_one("main")
    found = [h2.get_text(strip=True) for h2 in main.select("h2")]
    assert all(heading in found for heading in headings), found
    assert "WCAG 2.2" in main.get_text() and contact in main.get_text()
    # The home page of the same language links to it from the footer.
    home = path[:4]
    assert path in [a["href"] for a in soup(client.get(home)).select("footer a")]


def test_pictures_offer_avif_and_webp_in_two_sizes_with_their_dimensions(client, demo_site):
    document = soup(client.get("/en/"))
    hero = document.select_one(".hero picture")
    types = [source["type"] for source in hero.select("source")]
    assert types == ["image/avif", "image/webp"]
    for source in hero.select("source"):
        widths = [candidate.split()[-1] for candidate in source["srcset"].split(", ")]
        assert widths == ["480w", "960w"]
    fallback = hero.select_one("img")
    assert fallback["width"] and fallback["height"] and fallback["alt"] == ""
    # The hero is the first thing seen: loaded at once, not lazily.
    assert fallback.get("loading") != "lazy"
    avif = hero.select_one("source")["srcset"].split(", ")[0].split()[0]
    response = client.get(avif)
    assert response.status_code == 200
    assert file_of(response).read(12)[4:12] == b"ftypavif"


def test_pictures_below_the_fold_load_lazily(client, demo_site):
    document = soup(client.get("/en/programmes/"))
    cards = document.select(".programme-card picture img")
    assert len(cards) == 5
    assert all(img["loading"] == "lazy" and img["width"] and img["height"] for img in cards)


def test_a_page_whose_picture_file_is_missing_still_renders_and_previews(
    client, demo_site, settings, tmp_path
):
    # As after a storage mishap: the database knows the pictures, their files are gone (and no
    # rendition was made of them before: tests that ran earlier on this database may have).
    settings.MEDIA_ROOT = tmp_path
    get_image_model().get_rendition_model().objects.all().delete()
    document = soup(client.get("/en/"))
    assert local_path(meta(document, "og:image")) == "/static/img/share.png"
    assert document.select_one(".hero picture img") is not None
