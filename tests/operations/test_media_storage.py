"""Media on S3-compatible object storage: uploads land in the bucket, documents are counted and
handed over by a signed link. The bucket is moto's S3 server on the loopback, no network."""

import urllib.request
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents import get_document_model

import boto3
import environ
import pytest

from ishr_site.settings.deployment import documents_serve_method, media_storage
from resources.models import DownloadCount
from resources.pdfs import make_pdf

pytestmark = pytest.mark.django_db
BUCKET = "ishr-test-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture
def bucket(monkeypatch):
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for name, value in {
        **CREDENTIALS,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    env = environ.Env()
    storage = media_storage(env)
    with override_settings(
        STORAGES={
            "default": storage,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        WAGTAILDOCS_SERVE_METHOD=documents_serve_method(env, storage),
    ):
        yield client
    server.stop()


def test_a_document_goes_to_the_bucket_and_is_counted_then_redirected(client, bucket):
    content = make_pdf("Annual report", "en")
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(content, name="annual-report.pdf")
    )
    stored = bucket.get_object(Bucket=BUCKET, Key=f"media/{document.file.name}")
    assert stored["Body"].read() == content

    response = client.get(document.url)
    assert response.status_code == 302
    link = urlsplit(response["Location"])
    assert "Signature=" in link.query or "X-Amz-Signature=" in link.query
    assert DownloadCount.objects.get(document=document).count == 1
    # The signed link is what a visitor's browser then fetches from the bucket.
    with urllib.request.urlopen(response["Location"], timeout=10) as download:  # noqa: S310
        assert download.read() == content
