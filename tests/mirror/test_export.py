"""The static mirror of the demo site, read from disk as someone who received the copy would."""

import hashlib
import json
import re
import zipfile

from django.conf import settings
from django.core.paginator import Paginator

from wagtail.models import Page, Site

import pytest

from home.models import Topic
from ishr_site.mirror.paths import file_for
from resources.library import visible_resources
from resources.models import ResourceFile, ResourceIndexPage, ResourceType
from resources.models.index_page import RESULTS_PER_PAGE
from tests.mirror_fixtures import CSS_URL, is_internal, links_of, target_of

pytestmark = pytest.mark.django_db


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def test_every_internal_link_and_asset_resolves_to_a_file(mirror_export):
    folder = mirror_export.folder.resolve()
    missing = []
    for file in mirror_export.html_files():
        for tag, attribute, url in links_of(file.read_text(encoding="utf-8")):
            if url.startswith("/"):
                missing.append(f"{file.relative_to(folder)}: root-relative {attribute}={url}")
            elif is_internal(url):
                target = target_of(file, url)
                if attribute == "data-mirror-root":
                    target = target.parent  # the folder of the mirror's root index
                if not (target.is_file() or target.is_dir()) or folder not in [
                    target,
                    *target.parents,
                ]:
                    missing.append(f"{file.relative_to(folder)}: <{tag} {attribute}={url}>")
    for css in folder.rglob("*.css"):
        for url in CSS_URL.findall(css.read_text(encoding="utf-8")):
            if is_internal(url) and not target_of(css, url).is_file():
                missing.append(f"{css.relative_to(folder)}: url({url})")
    assert not missing, "\n".join(missing[:20])
    assert "not in the mirror" not in mirror_export.stderr


def test_links_to_folders_name_their_index_file_so_the_copy_works_from_disk(mirror_export):
    home = mirror_export.folder / "en" / "index.html"
    links = [url for _tag, name, url in links_of(home.read_text()) if name == "href"]
    internal = [url for url in links if is_internal(url)]
    assert internal and not [url for url in internal if url.split("#")[0].endswith("/")]


def test_no_address_of_the_live_host_remains(mirror_export):
    site = Site.objects.get(is_default_site=True)
    hosts = {site.hostname, "testserver", settings.WAGTAILADMIN_BASE_URL.split("//")[1]}
    pattern = re.compile("|".join(rf"(https?:)?//{re.escape(host)}\b" for host in hosts))
    leaks = []
    for file in mirror_export.folder.rglob("*"):
        if file.suffix in {".html", ".xml", ".js", ".css", ".ics", ".json", ".txt"}:
            found = pattern.search(file.read_text(encoding="utf-8"))
            if found:
                leaks.append(f"{file.relative_to(mirror_export.folder)}: {found.group(0)}")
    assert not leaks, "\n".join(leaks[:20])


def test_every_live_page_in_both_languages_is_exported(mirror_export):
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    urls = [page.get_url_parts()[2] for page in pages]
    assert any(url.startswith("/fr/") for url in urls) and any(u.startswith("/en/") for u in urls)
    missing = [url for url in urls if not (mirror_export.folder / file_for(url)).is_file()]
    assert not missing
    for url in urls:
        language = url.split("/")[1]
        assert f'<html lang="{language}"' in mirror_export.read(file_for(url))


def test_the_library_has_a_page_per_type_per_topic_and_each_page_of_the_list(mirror_export):
    for library in ResourceIndexPage.objects.live():
        path = library.get_url_parts()[2]
        for value in ResourceType.values:
            assert (mirror_export.folder / file_for(path, (("type", value),))).is_file()
        for slug in set(Topic.objects.values_list("slug", flat=True)):
            assert (mirror_export.folder / file_for(path, (("topic", slug),))).is_file()
    english = ResourceIndexPage.objects.get(locale__language_code="en")
    path = english.get_url_parts()[2]
    pages = Paginator(range(visible_resources(english.locale).count()), RESULTS_PER_PAGE)
    assert pages.num_pages >= 2
    for number in range(2, pages.num_pages + 1):
        listing = mirror_export.read(file_for(path, (("page", str(number)),)))
        assert f"Page {number} of {pages.num_pages}" in listing
    guides = mirror_export.read(file_for(path, (("type", "guide"),)))
    assert 'aria-current="page">Guide</a>' in guides


def test_both_languages_link_to_each_other_through_the_switcher(mirror_export):
    folder = mirror_export.folder
    for file, other_language, expected in (
        ("en/about/index.html", "fr", "fr/a-propos/index.html"),
        ("fr/a-propos/index.html", "en", "en/about/index.html"),
    ):
        switcher = re.search(
            r'<nav class="language-switcher".*?</nav>', mirror_export.read(file), re.S
        )
        link = re.search(rf'href="([^"]+)" lang="{other_language}"', switcher.group(0)).group(1)
        target = (folder / file).parent / link
        assert target.resolve() == (folder / expected).resolve()
        assert f'<html lang="{other_language}"' in target.read_text()
    choice = mirror_export.read("index.html")
    assert 'href="en/index.html"' in choice and 'href="fr/index.html"' in choice
    assert "Français" in choice and "English" in choice


def test_downloads_are_identical_to_the_originals(mirror_export):
    manifest = json.loads(mirror_export.read("mirror-manifest.json"))["files"]
    files = ResourceFile.objects.select_related("document").filter(page__live=True)
    assert files.exists()
    for resource_file in files:
        document = resource_file.document
        relative = document.url.lstrip("/")
        with document.file.open("rb") as handle:
            original = sha256(handle.read())
        assert sha256((mirror_export.folder / relative).read_bytes()) == original
        assert manifest[relative]["sha256"] == original


def test_every_page_says_it_is_a_mirror_and_when_it_was_exported(mirror_export):
    exported_at = json.loads(mirror_export.read("mirror-manifest.json"))["exported_at"]
    for file in mirror_export.html_files():
        html = file.read_text(encoding="utf-8")
        assert 'class="mirror-banner"' in html, file
        assert f'<time datetime="{exported_at}">' in html, file
        assert "mirror-export-time" not in html, file
    french = mirror_export.read("fr/index.html")
    assert "Ceci est un miroir de www.ishr.ch" in french


def test_forms_are_replaced_by_what_works_without_a_server(mirror_export):
    contact = mirror_export.read("en/contact/index.html")
    assert "<form" not in contact.split('<main id="main"')[1]
    assert 'href="mailto:information@ishr.ch"' in contact
    library = mirror_export.read("fr/ressources/index.html")
    assert 'class="library-filters"' in library and '<form class="library-filters"' not in library
    assert 'href="index.type-guide.html"' in library
    # The header's search box leads to the copy's own search page and its index.
    home = mirror_export.read("en/index.html")
    assert 'action="search/index.html"' in home
    search = mirror_export.read("en/search/index.html")
    assert "<noscript>" in search
    index = (mirror_export.folder / "mirror-search" / "en.js").read_text()
    assert '"u":"en/about/index.html"' in index and "About ISHR" in index


def test_feeds_and_sitemap_use_the_mirrors_files(mirror_export):
    feed = mirror_export.read("en/resources/feed/index.xml")
    assert "<feed" in feed and 'href="../annual-report-2023/index.html"' in feed
    sitemap = mirror_export.read("sitemap.xml")
    assert "<loc>en/about/index.html</loc>" in sitemap
    assert 'hreflang="fr" href="fr/a-propos/index.html"' in sitemap


def test_the_zip_beside_the_folder_holds_the_same_files_and_matches_its_checksum(mirror_export):
    archive = mirror_export.zip
    checksum = archive.with_name(archive.name + ".sha256").read_text().split()
    assert checksum == [sha256(archive.read_bytes()), archive.name]
    manifest = json.loads(mirror_export.read("mirror-manifest.json"))["files"]
    with zipfile.ZipFile(archive) as opened:
        names = {name.removeprefix("ishr-mirror/") for name in opened.namelist()}
        assert names == set(manifest) | {"mirror-manifest.json"}
        assert (
            opened.read("ishr-mirror/en/index.html")
            == (mirror_export.folder / "en" / "index.html").read_bytes()
        )
