"""Pages rendered in several processes make the same mirror as pages rendered in one.

Not inside a test transaction: rendering processes open their own connections and see only
committed data (the demo site the test database starts with).
"""

import json

from django.core.management.base import CommandError
from django.db import connection

import pytest

from tests.mirror_fixtures import run_export


def contents(export):
    """Each file's content as the exporter compared it (without the export time)."""
    manifest = json.loads(export.read("mirror-manifest.json"))["files"]
    return {name: entry["content"] for name, entry in manifest.items()}


@pytest.fixture
def committed_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        yield


def test_several_rendering_processes_give_the_same_mirror_as_one(committed_data, tmp_path):
    two = run_export(tmp_path / "two" / "ishr-mirror", processes=2)
    one = run_export(tmp_path / "one" / "ishr-mirror", processes=1)

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # Forked processes would each see an empty database of their own.
        assert "rendered in one process: the SQLite database is in memory" in two.stdout
    else:
        assert "with 2 rendering processes" in two.stdout
    assert "with 1 rendering process;" in one.stdout
    assert contents(two) == contents(one)
    assert len(contents(one)) > 300, "the whole demo site: pages, listings, files and images"
    assert not two.stderr and not one.stderr


def test_rendering_inside_a_transaction_stays_in_one_process(db, tmp_path):
    export = run_export(tmp_path / "ishr-mirror", processes=2)
    assert "rendered in one process" in export.stdout
    assert "with 1 rendering process;" in export.stdout


def test_a_number_of_processes_below_one_is_refused(committed_data, tmp_path):
    with pytest.raises(CommandError, match="--processes must be 1 or more"):
        run_export(tmp_path / "ishr-mirror", processes=0)
    assert not (tmp_path / "ishr-mirror").exists()
