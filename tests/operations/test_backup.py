"""`make backup` / `make restore`: a round trip into a fresh database loses nothing."""

import json
import subprocess
import sys
import tarfile

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document

import pytest

from ishr_site.operations.backup import inventory
from tests.security.throwaway_postgres import ROOT, site_environment


def fresh_database_url(tmp_path):
    """An empty database of the same kind as the one under test."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}", None
    import psycopg

    details = connection.settings_dict
    name = f"{details['NAME']}_restore"
    admin = psycopg.connect(
        host=details["HOST"], port=details["PORT"] or 5432, user=details["USER"],
        password=details["PASSWORD"] or None, dbname="postgres", autocommit=True,
    )  # fmt: skip
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')
    password = f":{details['PASSWORD']}" if details["PASSWORD"] else ""
    url = (
        f"postgres://{details['USER']}{password}@{details['HOST']}:{details['PORT'] or 5432}/{name}"
    )

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return url, drop


def run(environment, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return result.stdout


def test_backup_restores_into_a_fresh_database_with_everything(demo_site_live, tmp_path):
    # Content beyond the demo: a document, a message, counters of every kind.
    document = Document(title="Annual report 2025")
    document.file.save("annual-report.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    contact = demo_site_live.page("contact/")
    FormSubmission.objects.create(page=contact, form_data={"your_message": "Bonjour"})
    before = inventory()

    call_command("backup", output=str(tmp_path / "backups"), stdout=open("/dev/null", "w"))  # noqa: SIM115
    [archive] = list((tmp_path / "backups").glob("ishr-backup-*.tar.gz"))
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names and "media/documents/annual-report.pdf" in names
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    url, drop = fresh_database_url(tmp_path)
    try:
        environment = site_environment(url, tmp_path / "restored-media")
        output = run(environment, "restore", "--no-input", str(archive))
        assert "every count matches" in output
        after = json.loads(run(environment, "inventory"))
    finally:
        if drop:
            drop()

    assert after == before
    models = after["models"]
    assert models["wagtailcore.Page"] == before["models"]["wagtailcore.Page"] >= 10
    assert models["wagtail_localize.Translation"] >= 5  # French versions of the demo pages
    assert models["wagtaildocs.Document"] >= 1
    assert models["wagtailforms.FormSubmission"] == 1
    assert (
        (tmp_path / "restored-media" / "documents" / "annual-report.pdf")
        .read_bytes()
        .startswith(b"%PDF")
    )


def test_restore_refuses_a_backup_of_another_kind_of_database(tmp_path, db):
    manifest = tmp_path / "manifest.json"
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    manifest.write_text(json.dumps({"engine": other, "inventory": {}}))
    archive = tmp_path / "other.tar.gz"
    with tarfile.open(archive, "w:gz") as contents:
        contents.add(manifest, "manifest.json")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Restore it into the same kind of database"):
        call_command("restore", str(archive), no_input=True)
