"""An export that cannot be written stops with a clear message and leaves no half-written
mirror behind: the previous export, if any, stays exactly as it was."""

import contextlib
import os
import resource
import signal

from django.core.management.base import CommandError

import pytest

# Imported while still root: as `nobody` (below) Python cannot read modules under root's home,
# and the export would otherwise import its renderer (and the standard library's process pool)
# on first use, inside the test that switches user when it runs first on its worker.
import ishr_site.mirror.rendering  # noqa: F401
from tests.mirror_fixtures import copy_export, run_export

pytestmark = pytest.mark.django_db


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name or ".old-" in p.name)


def test_a_folder_that_is_not_a_previous_export_is_refused(tmp_path):
    output = tmp_path / "photos"
    output.mkdir()
    (output / "holiday.jpg").write_bytes(b"not a mirror")
    with pytest.raises(CommandError, match="is not empty and is not a previous export"):
        run_export(output)
    assert sorted(p.name for p in output.iterdir()) == ["holiday.jpg"]
    assert leftovers(tmp_path) == []


def test_an_empty_folder_is_used(mirror_export):
    # The shared export was made into a folder created empty beforehand (see mirror_fixtures).
    assert (mirror_export.folder / "index.html").is_file()
    assert " written, 0 unchanged" in mirror_export.stdout


def test_a_path_inside_a_file_is_refused(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    with pytest.raises(CommandError, match="not a folder"):
        run_export(blocker / "ishr-mirror")
    with pytest.raises(CommandError, match="exists and is not a folder"):
        run_export(blocker)
    assert blocker.read_text() == "a file, not a folder"


@contextlib.contextmanager
def as_unprivileged_user():
    """Root may write anywhere: take the identity of `nobody` for the duration (reversible,
    since only the effective user changes)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_a_folder_without_write_permission_gives_a_clear_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with as_unprivileged_user(), pytest.raises(CommandError, match="No permission to write"):
            run_export(locked / "ishr-mirror")
    finally:
        locked.chmod(0o755)
    assert list(locked.iterdir()) == []


@contextlib.contextmanager
def file_size_limit(limit):
    """Writes past `limit` bytes fail with EFBIG, as a full disk fails them with ENOSPC: the
    same OSError path, without a real disk to fill (that would need root and a small mount).
    SIGXFSZ, which would end the process, is ignored so the write returns the error instead."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_full_disk_leaves_the_previous_export_as_it_was(mirror_export, tmp_path, demo_site):
    copy = copy_export(mirror_export, tmp_path / "ishr-mirror")
    before = {p: p.read_bytes() for p in copy.folder.rglob("*") if p.is_file()}
    zip_before = copy.zip.read_bytes()
    # Something to rewrite: unchanged files are hard links (no bytes written), and the home page
    # is the first page exported, so the export fails early.
    home = demo_site.home_en
    home.hero_title = f"{home.hero_title} (edited)"
    home.save_revision().publish()
    with file_size_limit(1000), pytest.raises(CommandError, match="disk is full"):
        run_export(copy.folder)
    after = {p: p.read_bytes() for p in copy.folder.rglob("*") if p.is_file()}
    assert after == before
    assert copy.zip.read_bytes() == zip_before
    assert leftovers(tmp_path) == []


def test_a_full_disk_on_a_first_export_leaves_no_mirror(tmp_path):
    output = tmp_path / "ishr-mirror"
    with file_size_limit(20_000), pytest.raises(CommandError, match="disk is full"):
        run_export(output)
    assert not output.exists()
    assert not output.with_name("ishr-mirror.zip").exists()
    assert leftovers(tmp_path) == []
