"""The bytes of files the pages link to: static files, image renditions and documents.

Read straight from storage, never through the site's views: a document download through the
site would be counted as a visitor's download.
"""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.urls import Resolver404, resolve

from home.restrictions import public_documents

# Only image renditions and originals are public media; documents go through their own URLs.
PUBLIC_MEDIA_PREFIXES = ("images/", "original_images/")


def _read(storage, name):
    with storage.open(name, "rb") as handle:
        return handle.read()


def static_file(name):
    """A static file by name: the collected (fingerprinted) copy if there is one, else the
    file the finders know, as `runserver` serves it."""
    try:
        if staticfiles_storage.exists(name):
            return _read(staticfiles_storage, name)
    except (NotImplementedError, ValueError, OSError):
        pass
    found = finders.find(name)
    if found:
        with open(found, "rb") as handle:
            return handle.read()
    return None


def media_file(name):
    if not name.startswith(PUBLIC_MEDIA_PREFIXES) or ".." in name.split("/"):
        return None
    if not default_storage.exists(name):
        return None
    return _read(default_storage, name)


class PublicDocuments:
    """The files of documents in collections without a view restriction (the same rule as
    search and listings, `home.restrictions.public_documents`), found in one query for the
    whole export rather than three per link: a library links to thousands of them."""

    def __init__(self):
        self.files = {}  # document id → (file name in URLs, stored file)
        for document in public_documents().only("id", "file").iterator(chunk_size=2000):
            self.files[document.pk] = (document.filename, document.file)

    def read(self, path):
        """The file behind a `/documents/<id>/<name>` URL, unless its collection is private."""
        try:
            match = resolve(path)
        except Resolver404:
            return None
        # Wagtail's pattern passes the id and the file name positionally.
        if match.url_name != "wagtaildocs_serve" or len(match.args) != 2:
            return None
        document_id, filename = match.args
        if not document_id.isdigit():
            return None
        found = self.files.get(int(document_id))
        if found is None or found[0] != filename:
            return None
        return _read(found[1].storage, found[1].name)


class Assets:
    """Reads the bytes of static, media and document URL paths for one export."""

    def __init__(self):
        self._documents = None

    def read(self, path):
        """The bytes of a static, media or document URL path, or None if the mirror has none."""
        if path.startswith(settings.STATIC_URL):
            return static_file(path[len(settings.STATIC_URL) :])
        if path.startswith(settings.MEDIA_URL):
            return media_file(path[len(settings.MEDIA_URL) :])
        if path.startswith("/documents/"):
            if self._documents is None:
                self._documents = PublicDocuments()
            return self._documents.read(path)
        return None


def is_asset(path):
    return path.startswith((settings.STATIC_URL, settings.MEDIA_URL, "/documents/"))
