"""A contact message is never lost: kept first, e-mailed afterwards through the task queue, and
shown to staff (with a way to send it again) while the mail server is away.

The mail server is really unreachable here: Django's SMTP backend pointed at a closed port."""

import socket
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

import pytest
import time_machine

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-1984"
MESSAGE = {
    "your_name": "Amina Secret-Name",
    "your_e_mail_address": "amina.hidden@example.org",
    "your_message": "Our office was raided last night.",
}
REPORT_HEADING = "Messages not yet e-mailed"  # the report, its menu item and the panel
DASHBOARD_NOTICE = "could not be e-mailed to the team yet"


def a_closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = a_closed_port()
    settings.EMAIL_TIMEOUT = 5
    return settings


def mail_works(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def contact(demo_site):
    return demo_site.page("contact/")


@pytest.fixture
def moderator(demo_site):
    return staff("moderator", "Moderators")


@pytest.fixture
def editor(demo_site):
    return staff("editor", "Editors")


def staff(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@ishr.test", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def messages_of(page):
    return page.get_submission_class().objects.filter(page=page)


def send_from_the_form(page, capture):
    """A visitor's post, with what runs after the request's transaction commits (the queue)."""
    visitor = Client(raise_request_exception=False)
    visitor.get(page.url)
    with capture(execute=True):
        return visitor.post(page.url, MESSAGE, REMOTE_ADDR="192.0.2.10")


def test_an_unreachable_mail_server_keeps_the_message_and_thanks_the_visitor(
    contact, mail_server_down, django_capture_on_commit_callbacks, caplog
):
    with time_machine.travel("2026-12-01 09:30 +00:00", tick=False):
        response = send_from_the_form(contact, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "Thank you for writing to us" in response.content.decode()
    [message] = messages_of(contact)
    assert message.get_data()["your_message"] == MESSAGE["your_message"]
    assert message.emailed_at is None
    assert message.email_attempts == 1
    assert message.last_email_error == "ConnectionRefusedError"
    assert message.last_email_attempt_at.isoformat() == "2026-12-01T09:30:00+00:00"
    assert mail.outbox == []
    # The failure is logged without anything the visitor wrote.
    logged = caplog.text + "".join(str(record.exc_info) for record in caplog.records)
    assert "ConnectionRefusedError" in logged
    for secret in MESSAGE.values():
        assert secret not in logged


def test_staff_see_what_failed_to_send_and_a_retry_sends_it_once_mail_works(
    contact, mail_server_down, moderator, client, django_capture_on_commit_callbacks
):
    send_from_the_form(contact, django_capture_on_commit_callbacks)
    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert DASHBOARD_NOTICE in dashboard and reverse("unsent_contact_messages") in dashboard
    report = client.get(reverse("unsent_contact_messages"))
    assert report.status_code == 200
    html = report.content.decode()
    assert REPORT_HEADING in html and "ConnectionRefusedError" in html

    # A retry while the server is still away: one more try is counted, nothing is lost.
    client.post(reverse("retry_contact_messages"))
    [message] = messages_of(contact)
    assert message.email_attempts == 2 and message.emailed_at is None

    mail_works(mail_server_down)
    with time_machine.travel("2026-12-01 10:00 +00:00", tick=False):
        response = client.post(reverse("retry_contact_messages"), follow=True)
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    assert MESSAGE["your_message"] in mail.outbox[0].body
    assert mail.outbox[0].to == ["information@ishr.ch"]
    message.refresh_from_db()
    assert message.emailed_at.isoformat() == "2026-12-01T10:00:00+00:00"
    assert message.email_attempts == 3 and message.last_email_error == ""
    assert (
        "ConnectionRefusedError"
        not in client.get(reverse("unsent_contact_messages")).content.decode()
    )
    assert DASHBOARD_NOTICE not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_resend_command_sends_what_is_waiting_and_only_once(
    contact, mail_server_down, django_capture_on_commit_callbacks
):
    send_from_the_form(contact, django_capture_on_commit_callbacks)
    send_from_the_form(demo_french(contact), django_capture_on_commit_callbacks)
    mail_works(mail_server_down)
    output = StringIO()
    call_command("resend_contact_messages", stdout=output)
    assert len(mail.outbox) == 2
    assert "2 sent, 0 still waiting" in output.getvalue()
    call_command("resend_contact_messages", stdout=StringIO())
    assert len(mail.outbox) == 2  # nothing is sent twice


def demo_french(page):
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code="fr")).specific


def test_without_the_permission_staff_see_no_undelivered_messages(
    contact, mail_server_down, editor, client, django_capture_on_commit_callbacks
):
    send_from_the_form(contact, django_capture_on_commit_callbacks)
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT_HEADING not in dashboard and DASHBOARD_NOTICE not in dashboard
    assert client.get(reverse("unsent_contact_messages")).status_code in (302, 403)
    assert client.post(reverse("retry_contact_messages")).status_code in (302, 403)
    [message] = messages_of(contact)
    assert message.email_attempts == 1


def test_when_mail_works_the_message_is_sent_at_once_and_marked_sent(
    contact, settings, django_capture_on_commit_callbacks
):
    response = send_from_the_form(contact, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    [message] = messages_of(contact)
    assert message.emailed_at is not None and message.email_attempts == 1


def test_a_retry_waits_for_one_timeout_not_one_per_message(
    contact, mail_server_down, moderator, client, django_capture_on_commit_callbacks
):
    send_from_the_form(contact, django_capture_on_commit_callbacks)
    send_from_the_form(demo_french(contact), django_capture_on_commit_callbacks)
    client.force_login(moderator)
    client.post(reverse("retry_contact_messages"))
    attempts = sorted(
        message.email_attempts for message in messages_of(contact).model.objects.all()
    )
    assert attempts == [1, 2]  # the first still failed, so the second was left for later


def test_any_task_backend_carries_the_message_to_a_worker(
    contact, settings, django_capture_on_commit_callbacks
):
    """With a queue (here django-tasks' dummy backend, which only keeps what is queued), the
    request only stores and queues; a worker running the queued task sends it."""
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    response = send_from_the_form(contact, django_capture_on_commit_callbacks)
    assert response.status_code == 200 and mail.outbox == []
    [message] = messages_of(contact)
    [queued] = default_task_backend.results
    assert list(queued.args) == [message.pk]  # only an id travels through the queue
    assert queued.task.call(*queued.args) is True  # what a worker does
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.emailed_at is not None
