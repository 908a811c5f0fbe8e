"""The bytes of files the pages link to: static files, image renditions and documents.

Read straight from storage, never through the site's views: a document download through the
site would be counted as a visitor's download.
"""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.urls import Resolver404, resolve

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

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


def document_file(path):
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
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or filename != document.filename:
        return None
    collections = document.collection.get_ancestors(inclusive=True)
    if CollectionViewRestriction.objects.filter(collection__in=collections).exists():
        return None
    return _read(document.file.storage, document.file.name)


def read_asset(path):
    """The bytes of a static, media or document URL path, or None when the mirror has none."""
    if path.startswith(settings.STATIC_URL):
        return static_file(path[len(settings.STATIC_URL) :])
    if path.startswith(settings.MEDIA_URL):
        return media_file(path[len(settings.MEDIA_URL) :])
    if path.startswith("/documents/"):
        return document_file(path)
    return None


def is_asset(path):
    return path.startswith((settings.STATIC_URL, settings.MEDIA_URL, "/documents/"))
