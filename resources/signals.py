"""Counting downloads: once Wagtail has checked a document may be served, add one."""

from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from resources.models import DownloadCount


def count_download(sender, instance, request, **kwargs):
    # HEAD requests and link checkers asking "has it changed?" are not downloads.
    if request.method == "GET" and not request.headers.get("If-None-Match"):
        DownloadCount.increment(instance.pk)


def connect():
    document_served.connect(count_download, sender=get_document_model())
