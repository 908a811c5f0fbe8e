"""Downloads go through Wagtail's document view, with safe headers and an anonymous counter."""

import pytest

from resources.models import DownloadCount

pytestmark = pytest.mark.django_db


def download(client, document, method="get"):
    response = getattr(client, method)(document.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def english_file(resource_demo):
    return resource_demo.resource("model-law").files.get(language="en")


def test_download_headers(client, resource_demo):
    document = english_file(resource_demo).document
    assert document.url.startswith("/documents/") and "/media/" not in document.url
    response, body = download(client, document)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    # The stored name (a suffix is added if the name was taken), quoted, never the title.
    assert document.filename.startswith("model-law-en")
    assert f'filename="{document.filename}"' in response["Content-Disposition"]
    assert body.startswith(b"%PDF")
    assert not response.cookies


def test_each_download_adds_one_and_nothing_personal_is_stored(client, resource_demo):
    document = english_file(resource_demo).document
    assert not DownloadCount.objects.filter(document=document).exists()
    download(client, document)
    download(client, document, method="get")
    assert DownloadCount.objects.get(document=document).count == 2
    assert {f.name for f in DownloadCount._meta.get_fields()} == {"document", "count"}


def test_head_requests_are_not_counted(client, resource_demo):
    document = english_file(resource_demo).document
    response = client.head(document.url)
    assert response.status_code == 200
    assert not DownloadCount.objects.filter(document=document).exists()


def test_wrong_file_name_is_a_404_and_not_counted(client, resource_demo):
    document = english_file(resource_demo).document
    response = client.get(f"/documents/{document.pk}/not-the-file.pdf")
    assert response.status_code == 404
    assert not DownloadCount.objects.filter(document=document).exists()


def test_editors_see_the_counts_in_the_admin(client, resource_demo):
    from django.contrib.auth import get_user_model

    file = english_file(resource_demo)
    for _ in range(3):
        download(client, file.document)
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get("/admin/reports/downloads/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Model Law for the Recognition and Protection of Human Rights Defenders" in html
    row = html.split(file.document.title)[1].split("</tr>")[0]
    assert ">3<" in row.replace(" ", "").replace("\n", "")


def test_download_links_on_the_resource_page_use_the_serve_view(client, resource_demo):
    html = client.get("/en/resources/model-law/").content.decode()
    for file in resource_demo.resource("model-law").files.all():
        assert f'href="{file.document.url}"' in html
