"""Extract a document's text in a worker process (the default) or in this process.

The worker is the safe path for uploaded files: its time and memory limits cannot stall or
exhaust the site. In-process reading is only for files the site made itself (demo and
generated content), where starting a process per file would cost more than the reading.
"""

import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import PurePosixPath

from django.conf import settings

from .limits import current_limits, hard_timeout, max_file_bytes
from .readers import DAMAGED, TIMED_OUT, TOO_LARGE, UNSUPPORTED, ZIP_FORMATS, Extraction, extract

logger = logging.getLogger(__name__)

READABLE_FORMATS = {"PDF"} | ZIP_FORMATS


def file_format_of(document):
    return PurePosixPath(document.file.name).suffix.lstrip(".").upper()


def read_document(document, isolated=True):
    """An `Extraction` of the document's current file, and how many seconds it took."""
    started = time.monotonic()
    file_format = file_format_of(document)
    if file_format not in READABLE_FORMATS:
        return Extraction(reason=UNSUPPORTED), 0.0
    limits = current_limits()
    try:
        if document.file.size > max_file_bytes():
            return Extraction(reason=TOO_LARGE), 0.0
        with document.open_file() as handle:
            data = handle.read()
    except OSError as error:
        logger.warning("Cannot open document %s for text: %s", document.pk, error)
        return Extraction(reason=DAMAGED), 0.0
    if isolated:
        result = _in_worker(data, file_format, limits)
    else:
        result = extract(data, file_format, limits)
    return result, time.monotonic() - started


def _in_worker(data, file_format, limits):
    command = [
        sys.executable,
        "-m",
        "resources.text_extraction.worker",
        file_format,
        json.dumps(asdict(limits)),
    ]
    try:
        completed = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=hard_timeout(limits),
            cwd=settings.BASE_DIR,
            # Only what Python needs: the worker reads untrusted files and has no use for the
            # site's secrets (database URL, secret key) in its environment.
            env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Extraction(reason=TIMED_OUT)
    return _parse(completed.stdout, completed.returncode, completed.stderr)


def _parse(output, returncode, errors):
    result = Extraction()
    finished = False
    for line in output.decode("utf-8", "replace").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if item.get("done"):
            result.reason = item.get("reason", "")
            result.paged = bool(item.get("paged", True))
            finished = True
        elif isinstance(item.get("text"), str):
            result.pages.append((item.get("page"), item["text"]))
            result.characters += len(item["text"])
    if not finished:
        # Killed by its CPU or memory limit (a decompression bomb, a runaway page).
        logger.warning("Text worker stopped (exit %s): %s", returncode, errors[-500:])
        result.pages = []
        result.reason = TOO_LARGE if b"MemoryError" in errors else TIMED_OUT
    return result
