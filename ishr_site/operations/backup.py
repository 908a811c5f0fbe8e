"""Backups of the database and the media files, for SQLite and PostgreSQL.

One `.tar.gz` archive holds a native database dump (SQLite's online backup, or `pg_dump`'s custom
format), every file under MEDIA_ROOT, and a manifest with the number of rows of every model, so
that a restore can prove it brought everything back.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection, connections

MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


def engine_name():
    vendor = connection.vendor
    if vendor not in DUMP_NAMES:
        raise CommandError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def inventory():
    """Rows per model (every installed app) and the number of media files."""
    counts = {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    media_root = Path(settings.MEDIA_ROOT)
    files = [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []
    return {"models": dict(sorted(counts.items())), "media_files": len(files)}


def postgres_environment():
    """Connection details for pg_dump/pg_restore, passed by environment, never on the command
    line (where other users of the machine could read the password)."""
    details = connection.settings_dict
    environment = dict(os.environ)
    mapping = {"PGHOST": "HOST", "PGPORT": "PORT", "PGUSER": "USER", "PGPASSWORD": "PASSWORD"}
    for variable, key in mapping.items():
        if details.get(key):
            environment[variable] = str(details[key])
    environment["PGDATABASE"] = details["NAME"]
    return environment


def run_tool(arguments, environment):
    tool = shutil.which(arguments[0])
    if tool is None:
        raise CommandError(f"{arguments[0]} is needed (Debian: apt-get install postgresql-client).")
    result = subprocess.run(
        [tool, *arguments[1:]], env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise CommandError(f"{arguments[0]} failed: {result.stderr.strip()}")


def dump_database(target):
    engine = engine_name()
    if engine == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        run_tool(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"],
            postgres_environment(),
        )


def load_database(source):
    engine = engine_name()
    if engine == "sqlite":
        name = str(connection.settings_dict["NAME"])
        if "memory" in name:
            raise CommandError("Restore needs a database file, not an in-memory database.")
        connections.close_all()
        with sqlite3.connect(source) as dump, sqlite3.connect(name) as live:
            dump.backup(live)
        dump.close()
        live.close()
    else:
        connections.close_all()
        run_tool(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                f"--dbname={connection.settings_dict['NAME']}",
                str(source),
            ],
            postgres_environment(),
        )


def create_backup(output_dir):
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    engine = engine_name()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    archive_path = output_dir / f"ishr-backup-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        dump_path = Path(work) / DUMP_NAMES[engine]
        dump_database(dump_path)
        manifest = {
            "engine": engine,
            "created": datetime.now(UTC).isoformat(),
            "inventory": inventory(),
        }
        manifest_path = Path(work) / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        with tarfile.open(archive_path, "w:gz") as archive:
            archive.add(manifest_path, MANIFEST)
            archive.add(dump_path, dump_path.name)
            media_root = Path(settings.MEDIA_ROOT)
            if media_root.exists():
                archive.add(media_root, MEDIA_DIR)
    archive_path.chmod(0o600)  # it holds form submissions and account data
    return archive_path, manifest


def restore_backup(archive_path):
    """Replace the database and the media files with the archive's; return (expected, found)."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise CommandError(f"No backup archive at {archive_path}.")
    engine = engine_name()
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive_path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(work, filter="data")
        manifest = json.loads((Path(work) / MANIFEST).read_text(encoding="utf-8"))
        if manifest["engine"] != engine:
            raise CommandError(
                f"This backup is of a {manifest['engine']} database; the configured database "
                f"is {engine}. Restore it into the same kind of database."
            )
        load_database(Path(work) / DUMP_NAMES[engine])
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.exists():
            shutil.rmtree(media_root)
        restored_media = Path(work) / MEDIA_DIR
        if restored_media.exists():
            shutil.copytree(restored_media, media_root)
        else:
            media_root.mkdir(parents=True, exist_ok=True)
    return manifest["inventory"], inventory()
