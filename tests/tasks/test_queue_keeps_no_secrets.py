"""The queue's table holds what a worker needs and no secret: Wagtail queues the deletion of a
removed document's file with the storage's settings as an argument, and with a bucket those
settings must not carry the bucket's keys into the database (and its backups)."""

from django.core.files.base import ContentFile
from django.utils.module_loading import import_string

from wagtail.documents.models import Document

import pytest

pytestmark = pytest.mark.django_db

SECRET = "bucket-secret-key-never-stored"
BUCKET = {
    "BACKEND": "ishr_site.operations.s3_storage.TransactionalS3Storage",
    "OPTIONS": {
        "bucket_name": "ishr-media",
        "location": "media",
        "access_key": "AKIAEXAMPLE",
        "secret_key": SECRET,
        "file_overwrite": False,
        "default_acl": None,
    },
}


def test_deleting_a_document_queues_its_file_deletion_without_the_bucket_keys(
    settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    document = Document(title="Old annual report")
    document.file.save("old-report.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.STORAGES = {**settings.STORAGES, "default": BUCKET}
    with django_capture_on_commit_callbacks(execute=True):
        Document.objects.filter(pk=document.pk).delete()

    [queued] = DBTaskResult.objects.filter(task_path="wagtail.tasks.delete_file_from_storage_task")
    assert SECRET not in str(queued.args_kwargs) and "AKIAEXAMPLE" not in str(queued.args_kwargs)
    # The worker still finds the same bucket (its keys come from its own environment).
    (storage_path, storage_args, storage_kwargs), name = queued.args_kwargs["args"]
    storage = import_string(storage_path)(*storage_args, **storage_kwargs)
    assert (storage.bucket_name, storage.location, name) == (
        "ishr-media",
        "media",
        document.file.name,
    )
