"""What editors use: the resource editor and the downloads report (the topic and country
snippets are the shared vocabulary's: tests/home/test_vocabulary_admin.py)."""

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


def test_report_screen_opens(editor_client, resource_demo):
    assert editor_client.get("/admin/reports/downloads/").status_code == 200


def test_old_addresses_of_topics_and_countries_lead_to_the_shared_vocabulary(editor_client):
    response = editor_client.get("/admin/snippets/resources/topic/?q=repr")
    assert (response.status_code, response["Location"]) == (
        301,
        "/admin/snippets/home/topic/?q=repr",
    )
    response = editor_client.get("/admin/snippets/resources/country/edit/3/")
    assert response["Location"] == "/admin/snippets/home/country/edit/3/"
