"""Uploaded files on S3-compatible object storage (django-storages), with the same promise as
the local folder: files written by a request that then fails are removed with its rows."""

from storages.backends.s3 import S3Storage

from .storage import ForgetsRolledBackFiles

# django-storages' names for the bucket's keys among a storage's settings.
CREDENTIALS = {"access_key", "secret_key", "security_token", "session_profile"}


class TransactionalS3Storage(ForgetsRolledBackFiles, S3Storage):
    def deconstruct(self):
        # Wagtail queues "delete this file" with the storage's settings as the task's argument,
        # and with the database queue that argument is a row (and so in every backup): the keys
        # stay out. The worker's boto3 reads the same AWS_ACCESS_KEY_ID and
        # AWS_SECRET_ACCESS_KEY from its own environment.
        path, args, kwargs = super().deconstruct()
        return path, args, {key: value for key, value in kwargs.items() if key not in CREDENTIALS}
