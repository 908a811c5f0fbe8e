"""One export of the demo site per test run, shared by the mirror tests (an export takes a few
seconds; tests that change the site work on a hard-linked copy of it)."""

import io
import os
import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.management import call_command

import pytest

LINK_ATTRIBUTES = {"href", "src", "action", "poster"}


@dataclass
class Export:
    folder: Path
    stdout: str
    stderr: str

    @property
    def zip(self):
        return self.folder.with_name(self.folder.name + ".zip")

    def html_files(self):
        return sorted(self.folder.rglob("*.html"))

    def read(self, relative):
        return (self.folder / relative).read_text(encoding="utf-8")


def run_export(output, **options):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("export_mirror", output=str(output), stdout=stdout, stderr=stderr, **options)
    return Export(Path(output), stdout.getvalue(), stderr.getvalue())


def copy_export(export, destination):
    """A copy of an export (files hard-linked: cheap, and unchanged files keep their inode)."""
    destination = Path(destination)
    shutil.copytree(export.folder, destination, copy_function=os.link)
    shutil.copy2(export.zip, destination.with_name(destination.name + ".zip"))
    sha = export.zip.with_name(export.zip.name + ".sha256")
    shutil.copy2(sha, destination.with_name(destination.name + ".zip.sha256"))
    return Export(destination, "", "")


@pytest.fixture(scope="session")
def mirror_export(django_db_setup, django_db_blocker, tmp_path_factory):
    output = tmp_path_factory.mktemp("mirror") / "ishr-mirror"
    # An existing empty folder is a fine place for a first export (tests/mirror/test_bad_input).
    output.mkdir()
    with django_db_blocker.unblock():
        return run_export(output)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES or name.startswith("data-mirror-"):
                self.links.append((tag, name, value))
            elif name == "srcset":
                self.links += [(tag, name, c.split()[0]) for c in value.split(",") if c.strip()]


def links_of(html):
    """(tag, attribute, URL) of every link, image, script, stylesheet and form in a page."""
    parser = _Links()
    parser.feed(html)
    return parser.links


def is_internal(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and bool(parts.path)


def target_of(file, url):
    """The file an internal relative link of `file` names (query and fragment left out)."""
    return (file.parent / unquote(urlsplit(url).path)).resolve()


CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
