"""Writing an export: a staging folder beside the output, filled incrementally, swapped in whole.

Nothing is written inside the output folder while exporting. Files unchanged since the previous
export (same content in its manifest) are hard-linked from it, not rewritten; changed ones are
written. Only when every file and the manifest are in place does the staging folder replace the
output, so a failed export (no permission, a full disk) leaves the previous one as it was and
nothing that looks like a finished mirror.
"""

import errno
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from .context import EXPORT_TIME_PLACEHOLDER

MANIFEST = "mirror-manifest.json"
GENERATOR = "ishr export_mirror"
# Already compressed: stored as they are in the zip.
STORED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif", ".zip", ".gz"}


class MirrorError(Exception):
    """A problem the person running the export can fix; shown as a plain message."""


def describe_os_error(error, where):
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"The disk is full (or the file size limit was reached) while writing {where}."
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return f"No permission to write {where}."
    if isinstance(error, NotADirectoryError) or error.errno == errno.ENOTDIR:
        return f"{where} is inside something that is not a folder."
    if error.errno == errno.EROFS:
        return f"{where} is on a read-only file system."
    return f"Cannot write {where}: {error.strerror or error}."


def sha256_of(data):
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder):
    """The manifest of a previous export in `folder`, or None if there is none."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("generator") != GENERATOR:
        return None
    return manifest


class StagedExport:
    def __init__(self, output, now=None):
        self.output = Path(output).absolute()
        self.now = now or datetime.now(UTC).replace(microsecond=0)
        self.stamp = self.now.strftime("%Y-%m-%d %H:%M UTC").encode()
        self.stamp_iso = self.now.isoformat().encode()
        try:
            self.previous = self._check_output()
        except OSError as error:  # e.g. a folder on the way that may not be read
            raise MirrorError(describe_os_error(error, str(self.output))) from error
        self.files = {}
        self.written = []
        self.kept = 0
        self.staging = None

    def _check_output(self):
        output = self.output
        if output.exists() or output.is_symlink():
            if not output.is_dir():
                raise MirrorError(f"{output} exists and is not a folder.")
            manifest = read_manifest(output)
            if manifest is None and any(output.iterdir()):
                raise MirrorError(
                    f"{output} is not empty and is not a previous export: choose a new or empty "
                    "folder (nothing was written)."
                )
            return manifest or {"files": {}}
        return {"files": {}}

    def start(self):
        parent = self.output.parent
        try:
            existing = next(path for path in (parent, *parent.parents) if path.exists())
            if not existing.is_dir():
                raise MirrorError(f"{self.output} is inside {existing}, which is not a folder.")
            parent.mkdir(parents=True, exist_ok=True)
            name = f".{self.output.name}.tmp-{secrets.token_hex(4)}"
            self.staging = parent / name
            self.staging.mkdir()
        except OSError as error:
            self.staging = None
            raise MirrorError(describe_os_error(error, str(self.output))) from error

    # --- Files -----------------------------------------------------------------------------

    def add(self, relative, data, stamped=False):
        """Add a file. A stamped file carries the export-time placeholder; its content is
        compared without the time, and the time written is that of the export that changed it."""
        path = PurePosixPath(relative)
        relative = str(path)
        if path.is_absolute() or ".." in path.parts or relative in self.files:
            return
        content = sha256_of(data)
        previous = self.previous["files"].get(relative)
        target = self.staging / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if previous and previous.get("content") == content and self._keep(relative, target):
                self.files[relative] = previous
                self.kept += 1
                return
            if stamped:
                data = data.replace(f"{EXPORT_TIME_PLACEHOLDER}-iso".encode(), self.stamp_iso)
                data = data.replace(EXPORT_TIME_PLACEHOLDER.encode(), self.stamp)
            target.write_bytes(data)
        except OSError as error:
            raise MirrorError(describe_os_error(error, str(self.output))) from error
        self.files[relative] = {"content": content, "sha256": sha256_of(data)}
        self.written.append(relative)

    def _keep(self, relative, target):
        """Carry an unchanged file over from the previous export (a hard link: not rewritten)."""
        source = self.output / relative
        if not source.is_file():
            return False
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
        return True

    # --- End -------------------------------------------------------------------------------

    @property
    def changed(self):
        removed = set(self.previous["files"]) - set(self.files)
        return bool(self.written or removed)

    def finish(self, zip_path):
        """Write the manifest and the zip, then swap the staging folder in. When nothing changed
        the previous export stays exactly as it was (same files, same zip)."""
        zip_path = Path(zip_path).absolute()
        if not self.changed and self.previous.get("generator") and zip_path.exists():
            self.abort()
            return self.previous
        manifest = {
            "generator": GENERATOR,
            "exported_at": self.now.isoformat(),
            "files": dict(sorted(self.files.items())),
        }
        suffix = f".tmp-{secrets.token_hex(4)}"
        new_zip = zip_path.with_name(f".{zip_path.name}{suffix}")
        new_checksum = zip_path.with_name(f".{zip_path.name}.sha256{suffix}")
        try:
            (self.staging / MANIFEST).write_text(
                json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
            )
            digest = self._write_zip(new_zip)
            new_checksum.write_text(f"{digest}  {zip_path.name}\n", encoding="utf-8")
            # Everything is written: only renames are left, which need no space.
            self._swap()
            os.replace(new_zip, zip_path)
            os.replace(new_checksum, zip_path.with_name(zip_path.name + ".sha256"))
        except OSError as error:
            new_zip.unlink(missing_ok=True)
            new_checksum.unlink(missing_ok=True)
            raise MirrorError(describe_os_error(error, str(self.output))) from error
        return manifest

    def _write_zip(self, path):
        """A zip of the staging folder, its entries inside a folder named like the output."""
        with zipfile.ZipFile(path, "w") as archive:
            for relative in sorted(self.files) + [MANIFEST]:
                source = self.staging / relative
                info = zipfile.ZipInfo(f"{self.output.name}/{relative}")
                info.date_time = self.now.timetuple()[:6]
                stored = PurePosixPath(relative).suffix.lower() in STORED_SUFFIXES
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with open(source, "rb") as handle, archive.open(info, "w") as entry:
                    shutil.copyfileobj(handle, entry, 1 << 20)
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def _swap(self):
        """Two renames: the old export aside, the new one in; then the old one is removed."""
        old = None
        if self.output.exists():
            old = self.output.with_name(f".{self.output.name}.old-{secrets.token_hex(4)}")
            os.rename(self.output, old)
        os.rename(self.staging, self.output)
        self.staging = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self):
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
