"""Uploaded files on S3-compatible object storage (django-storages), with the same promise as
the local folder: files written by a request that then fails are removed with its rows."""

from storages.backends.s3 import S3Storage

from .storage import ForgetsRolledBackFiles


class TransactionalS3Storage(ForgetsRolledBackFiles, S3Storage):
    pass
