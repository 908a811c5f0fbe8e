"""Counting downloads: once Wagtail has checked a document may be served, add one."""

from django.db.models.signals import post_save

from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from resources.models import DownloadCount


def count_download(sender, instance, request, **kwargs):
    # HEAD requests and link checkers asking "has it changed?" are not downloads.
    if request.method == "GET" and not request.headers.get("If-None-Match"):
        DownloadCount.increment(instance.pk)


def read_replaced_file(sender, instance, created, **kwargs):
    # A new upload is read when a resource's file row first uses it (see ResourceFile.save);
    # here, an existing document whose file was replaced in Wagtail's document editor.
    from resources.models import ResourceFile
    from resources.text_extraction.scheduling import schedule_extraction

    if not created and ResourceFile.objects.filter(document=instance).exists():
        schedule_extraction(instance.pk)


def connect():
    document_served.connect(count_download, sender=get_document_model())
    post_save.connect(read_replaced_file, sender=get_document_model())
