"""The database queue with real processes: the site (gunicorn) stores a message and queues its
e-mail; a worker (`manage.py db_worker`, as `make worker`) sends it. Nothing is lost while no
worker runs, or when one is stopped in the middle of a task and another starts."""

import uuid

from .conftest import send_contact_message
from .processes import wait_until

DELIVERY_TASK = "home.tasks.send_contact_message"


def message_row(database, text):
    """(id, emailed_at, email_attempts) of the message that says `text`."""
    rows = database.rows(
        "SELECT id, emailed_at, email_attempts FROM home_contactmessage "
        "WHERE CAST(form_data AS TEXT) LIKE %s",
        f"%{text}%",
    )
    assert len(rows) == 1, rows
    return rows[0]


def delivery_tasks(database, message_id):
    """(status, args_kwargs) of the queued e-mails of one message."""
    return [
        (status, args)
        for status, args in database.rows(
            "SELECT status, args_kwargs FROM django_tasks_database_dbtaskresult "
            "WHERE task_path = %s ORDER BY enqueued_at",
            DELIVERY_TASK,
        )
        if f"[{message_id}]" in str(args).replace(" ", "")
    ]


def unique_text():
    return f"Please call me back about the training ({uuid.uuid4().hex})"


def test_a_message_sent_while_no_worker_runs_waits_and_goes_when_one_starts(
    site, queue_database, workers, smtp
):
    text = unique_text()
    send_contact_message(site, text)
    message_id, emailed_at, attempts = message_row(queue_database, text)
    # Stored and queued; the web process sent nothing and the queue holds only the id.
    assert emailed_at is None and attempts == 0 and smtp.messages == []
    [(status, args)] = delivery_tasks(queue_database, message_id)
    assert status == "READY" and text not in str(args)

    workers.start(smtp.port)
    [email] = smtp.wait_for_messages(1)
    assert text in email
    wait_until(lambda: message_row(queue_database, text)[1], "the message marked e-mailed")
    wait_until(
        lambda: delivery_tasks(queue_database, message_id)[0][0] == "SUCCESSFUL",
        "the task marked successful",
    )


def test_a_worker_stopped_in_the_middle_of_a_task_finishes_it_and_the_next_one_takes_over(
    site, queue_database, workers
):
    from .smtp import SMTPServer

    held = SMTPServer(hold=True)  # the worker will wait inside its SMTP conversation
    try:
        first_text = unique_text()
        first = workers.start(held.port)
        send_contact_message(site, first_text)
        assert held.client_waiting.wait(90), "the worker never started sending"
        first.ask_to_stop()  # as a service manager or a deployment stops it
        first.wait_for_output("shutting down gracefully")
        held.release()
        assert first.process.wait(timeout=90) == 0
        [email] = held.wait_for_messages(1)
        assert first_text in email
        assert message_row(queue_database, first_text)[1] is not None

        second_text = unique_text()
        send_contact_message(site, second_text)  # queued while no worker runs
        workers.start(held.port)
        emails = held.wait_for_messages(2)
        assert second_text in emails[1]
        wait_until(lambda: message_row(queue_database, second_text)[1], "the second marked sent")
    finally:
        held.close()


def test_a_message_deleted_before_the_worker_reaches_it_is_skipped_and_the_queue_goes_on(
    site, queue_database, workers, smtp
):
    deleted_text, kept_text = unique_text(), unique_text()
    send_contact_message(site, deleted_text)
    send_contact_message(site, kept_text)
    deleted_id = message_row(queue_database, deleted_text)[0]
    queue_database.execute("DELETE FROM home_contactmessage WHERE id = %s", deleted_id)

    workers.start(smtp.port)
    [email] = smtp.wait_for_messages(1)
    assert kept_text in email
    # The task of the deleted message ended normally, with nothing sent.
    wait_until(
        lambda: delivery_tasks(queue_database, deleted_id)[0][0] == "SUCCESSFUL",
        "the deleted message's task to end",
    )


def test_a_worker_killed_in_the_middle_of_a_task_loses_nothing(site, queue_database, workers):
    """A worker that dies (out of memory, a reboot) leaves its task marked as running; the
    message is still stored, still counted as not e-mailed, and the scheduled
    `resend_contact_messages` sends it."""
    from tests.security.throwaway_postgres import manage

    from .smtp import SMTPServer

    held = SMTPServer(hold=True)
    try:
        text = unique_text()
        doomed = workers.start(held.port)
        send_contact_message(site, text)
        assert held.client_waiting.wait(90), "the worker never started sending"
        doomed.process.kill()
        doomed.process.wait(timeout=30)
        message_id, emailed_at, attempts = message_row(queue_database, text)
        assert emailed_at is None and attempts == 0  # nothing half-recorded
        held.release()

        resend = {**workers.environment, "EMAIL_PORT": str(held.port)}
        manage(resend, "resend_contact_messages")
        assert any(text in email for email in held.wait_for_messages(1))
        assert message_row(queue_database, text)[1] is not None
    finally:
        held.close()
