"""With the database queue configured, a visitor's or an editor's request only stores and
queues (the id, nothing else); staff see what waits for the worker apart from what failed."""

from datetime import timedelta

from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

import pytest
import time_machine

from resources.models import DocumentText, ResourceFile, TextStatus
from tests import document_files
from tests.security.test_contact_delivery import MESSAGE, send_from_the_form, staff

pytestmark = pytest.mark.django_db

PANEL = 'id="unsent-contact-messages-heading"'  # the dashboard's panel
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queue(settings):
    settings.TASKS = QUEUE
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects


@pytest.fixture
def contact(demo_site):
    return demo_site.page("contact/")


@pytest.fixture
def moderator_client(demo_site):
    client = Client()
    client.force_login(staff("moderator", "Moderators"))
    return client


def queued(queue, task_path):
    return [row.args_kwargs for row in queue.filter(task_path=task_path, status="READY")]


def test_the_contact_form_only_stores_the_message_and_queues_its_id(
    contact, queue, django_capture_on_commit_callbacks
):
    response = send_from_the_form(contact, django_capture_on_commit_callbacks)
    assert response.status_code == 200 and "Thank you for writing to us" in response.text
    [message] = contact.get_submission_class().objects.filter(page=contact)
    assert mail.outbox == [] and message.emailed_at is None
    # The queue's row names the task and the message's id: none of what the visitor wrote.
    assert queued(queue, "home.tasks.send_contact_message") == [
        {"args": [message.pk], "kwargs": {}}
    ]


def test_staff_see_a_queued_message_as_waiting_and_a_long_wait_on_the_dashboard(
    contact, queue, moderator_client, django_capture_on_commit_callbacks
):
    send_from_the_form(contact, django_capture_on_commit_callbacks)
    report = moderator_client.get("/admin/reports/unsent-contact-messages/").content.decode()
    assert "Waiting for the background worker" in report and "Failed" not in report
    assert MESSAGE["your_message"] not in report  # the report never shows what it says
    # Waiting a moment is normal with a queue: the dashboard says nothing yet...
    assert PANEL not in moderator_client.get("/admin/").content.decode()
    # ...but a worker that has not come by for a while is worth a word.
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        dashboard = moderator_client.get("/admin/").content.decode()
    assert PANEL in dashboard and "has waited more than 10 minutes" in dashboard
    assert "background worker may be stopped" in dashboard


def test_a_message_the_worker_failed_to_send_is_shown_as_failed(
    contact, queue, moderator_client, settings, django_capture_on_commit_callbacks
):
    from home.contact_messages.delivery import deliver
    from tests.security.test_contact_delivery import a_closed_port

    send_from_the_form(contact, django_capture_on_commit_callbacks)
    [message] = contact.get_submission_class().objects.filter(page=contact)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", a_closed_port()
    assert deliver(message.pk) is False  # what the worker's task does, with mail away
    report = moderator_client.get("/admin/reports/unsent-contact-messages/").content.decode()
    assert "Failed, kept for the next try" in report and "ConnectionRefusedError" in report
    assert "Waiting for the background worker" not in report
    assert "could not be e-mailed to the team yet" in moderator_client.get("/admin/").text


def replace_file(admin_client, document, name, content):
    """Upload a new file over a document in Wagtail's document editor, as an editor does."""
    return admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "file": ContentFile(content, name=name),
            "collection": document.collection_id,
            "tags": "",
        },
    )


def test_an_upload_is_not_read_in_the_request_and_shows_as_waiting_to_be_read(
    admin_client, resource_demo, queue, django_capture_on_commit_callbacks
):
    page = resource_demo.resource("reprisals-handbook")
    document = page.files.first().document
    before = DocumentText.objects.get(document=document)
    assert before.status == TextStatus.SEARCHABLE
    with django_capture_on_commit_callbacks(execute=True):
        response = replace_file(
            admin_client, document, "new.pdf", document_files.text_pdf("The pangolin census.")
        )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.file.name.endswith(".pdf") and document.file.name != before.source_file
    # The request did not read the new file: the stored text is still the old file's...
    assert DocumentText.objects.get(document=document).source_file == before.source_file
    [task] = queued(queue, "resources.tasks.extract_document_text")
    assert task == {"args": [document.pk], "kwargs": {"force": False}}
    # ...and editors are not told the new file is searchable before it has been read.
    [file] = ResourceFile.objects.filter(page=page, document=document)
    assert file.text_status_label == "Waiting to be read"
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "read in the background a moment after it is saved" in edit
    report = admin_client.get("/admin/reports/document-text/").content.decode()
    assert document.title in report and "Waiting to be read" in report

    from resources.tasks import extract_document_text

    extract_document_text.call(document.pk)  # what the worker then does
    assert ResourceFile.objects.get(pk=file.pk).text_status_label == "Searchable text"
    report = admin_client.get("/admin/reports/document-text/").content.decode()
    assert document.title not in report


def test_reading_a_file_again_from_the_admin_is_left_to_the_worker(
    admin_client, resource_demo, queue
):
    document = resource_demo.resource("reprisals-handbook").files.first().document
    DocumentText.objects.filter(document=document).delete()
    response = admin_client.post(f"/admin/resources/documents/{document.pk}/read-text/")
    assert response.status_code == 302
    assert not DocumentText.objects.filter(document=document).exists()
    assert queued(queue, "resources.tasks.extract_document_text") == [
        {"args": [document.pk], "kwargs": {"force": True}}
    ]
    listing = admin_client.get(response["Location"]).content.decode()
    assert "will be read in the background" in listing
