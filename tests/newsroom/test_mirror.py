"""The static mirror keeps the newsroom: both indexes with their pages, a listing per kind,
topic and country, every public update, and the feeds, all with working relative links; a
restricted update stays out."""

import pytest

from ishr_site.mirror.paths import file_for
from ishr_site.newsroom.models import UpdatePage
from tests.mirror_fixtures import is_internal, links_of, target_of

pytestmark = pytest.mark.django_db


def test_the_mirror_holds_the_indexes_filters_updates_and_feeds(mirror_export):
    folder = mirror_export.folder
    for path in [
        "en/latest-updates/index.html",
        "fr/actualites/index.html",
        "en/latest-updates/index.page-2.html",
        "en/latest-updates/index.type-statement.html",
        "en/latest-updates/index.topic-reprisals.html",
        "fr/actualites/index.country-mali.html",
        "en/latest-updates/mongolia-law-five-years/index.html",
        "fr/actualites/mongolie-cinq-ans/index.html",
    ]:
        assert (folder / path).is_file(), path
    feeds = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if "feed" in p.as_posix()]
    assert any(p.startswith("en/latest-updates/feed/") and p.endswith(".xml") for p in feeds), feeds
    assert any("feed/country/mongolia" in p for p in feeds), feeds
    every_public_update = UpdatePage.objects.live().count()
    kept = [
        p
        for p in folder.glob("*/*/*/index.html")
        if p.parts[-3] in ("latest-updates", "actualites")
    ]
    assert len(kept) == every_public_update


def test_the_newsroom_pages_of_the_mirror_link_only_to_files_of_the_mirror(mirror_export):
    folder = mirror_export.folder.resolve()
    pages = list((folder / "en" / "latest-updates").rglob("*.html"))
    pages += list((folder / "fr" / "actualites").rglob("*.html"))
    assert len(pages) > 50
    broken = []
    for file in pages:
        html = file.read_text(encoding="utf-8")
        # An index says that filters are links in a copy; an update is an update page.
        assert 'class="library-filters__note"' in html or 'class="update-page"' in html
        for _tag, attribute, url in links_of(html):
            internal = is_internal(url) and attribute != "data-mirror-root"
            if internal and not target_of(file, url).exists():
                broken.append(f"{file.relative_to(folder)}: {url}")
    assert broken == []
    index = (folder / "en/latest-updates/index.html").read_text(encoding="utf-8")
    assert 'href="index.topic-reprisals.html"' in index
    assert "<form" not in index.split('class="library"', 1)[1]  # filters are links in a copy


def test_file_names_for_term_filters(mirror_export):
    assert file_for("/en/latest-updates/", [("country", "mali")]) == (
        "en/latest-updates/index.country-mali.html"
    )
