"""Exporting again: nothing is rewritten when nothing changed, only what changed otherwise."""

import hashlib
import json
import zipfile

import pytest

from home.models import StandardPage
from ishr_site.mirror.output import StagedExport
from tests.mirror_fixtures import copy_export, run_export

pytestmark = pytest.mark.django_db


def inodes(export):
    return {
        str(path.relative_to(export.folder)): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in export.folder.rglob("*")
        if path.is_file()
    }


def test_exporting_again_changes_nothing_when_nothing_changed(mirror_export, tmp_path):
    copy = copy_export(mirror_export, tmp_path / "ishr-mirror")
    before = inodes(copy)
    zip_before = copy.zip.read_bytes()
    again = run_export(copy.folder)
    assert inodes(copy) == before
    assert copy.zip.read_bytes() == zip_before
    assert "0 written" in again.stdout
    assert not list(tmp_path.glob(".ishr-mirror*")), "no staging folder is left behind"


def test_editing_one_page_rewrites_only_that_page(mirror_export, tmp_path, demo_site):
    copy = copy_export(mirror_export, tmp_path / "ishr-mirror")
    before = inodes(copy)
    zip_before = copy.zip.read_bytes()
    privacy = StandardPage.objects.get(slug="privacy", locale=demo_site.english)
    privacy.intro = "What this site records about you (updated)."
    privacy.save_revision().publish()

    run_export(copy.folder)

    after = inodes(copy)
    rewritten = {path for path in after if after[path] != before.get(path)}
    # The page itself, the sitemap (its date) and the search index (its summary) changed.
    assert rewritten == {
        "en/privacy/index.html",
        "sitemap.xml",
        "mirror-search/en.js",
        "mirror-manifest.json",
    }
    assert "(updated)" in copy.read("en/privacy/index.html")
    # The page says when it was exported: this export, while the others keep their own date.
    manifest = json.loads(copy.read("mirror-manifest.json"))
    assert manifest["exported_at"] in copy.read("en/privacy/index.html")
    assert manifest["exported_at"] not in copy.read("en/about/index.html")
    assert copy.zip.read_bytes() != zip_before
    sha = copy.zip.with_name(copy.zip.name + ".sha256").read_text()
    assert sha.split()[0] == hashlib.sha256(copy.zip.read_bytes()).hexdigest()


def test_a_file_no_longer_exported_is_removed_from_the_mirror(tmp_path):
    """Tested on the writer alone (no rendering): a page unpublished since the last export is
    simply not added again, and must not survive in the new export."""
    output = tmp_path / "ishr-mirror"
    first = StagedExport(output)
    first.start()
    first.add("en/kept/index.html", b"<p>kept</p>")
    first.add("en/gone/index.html", b"<p>gone</p>")
    first.finish(tmp_path / "ishr-mirror.zip")
    second = StagedExport(output)
    second.start()
    second.add("en/kept/index.html", b"<p>kept</p>")
    second.finish(tmp_path / "ishr-mirror.zip")
    assert (output / "en" / "kept" / "index.html").read_bytes() == b"<p>kept</p>"
    assert not (output / "en" / "gone").exists()
    assert set(json.loads((output / "mirror-manifest.json").read_text())["files"]) == {
        "en/kept/index.html"
    }
    with zipfile.ZipFile(tmp_path / "ishr-mirror.zip") as archive:
        assert "ishr-mirror/en/gone/index.html" not in archive.namelist()
