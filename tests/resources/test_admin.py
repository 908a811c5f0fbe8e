"""What editors use: the resource editor, the taxonomy snippets and the downloads report."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, resource_demo):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_resource_editor_opens_with_files_and_classification(editor_client, resource_demo):
    page = resource_demo.resource("model-law")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Files by language" in html
    assert "Related programmes" in html
    add = editor_client.get(
        f"/admin/pages/add/resources/resourcepage/{resource_demo.library_en.pk}/"
    )
    assert add.status_code == 200


def test_taxonomy_and_report_screens_open(editor_client, resource_demo):
    for url in [
        "/admin/snippets/resources/topic/",
        "/admin/snippets/resources/country/",
        "/admin/reports/downloads/",
    ]:
        assert editor_client.get(url).status_code == 200, url
    html = editor_client.get("/admin/snippets/resources/topic/").content.decode()
    assert "Reprisals" in html
