"""Background work of the foundation app, run through django-tasks (the `TASKS` setting).

In production a task waits in the database queue for `make worker`; on a developer's machine
and in tests (TASK_QUEUE=immediate) it runs in the web process once the request's transaction
commits. Tasks take only ids (JSON): the queue's table never holds what a visitor wrote, and
a row deleted before the worker reaches it is simply skipped.
"""

from django_tasks import task


@task()
def send_contact_message(message_id):
    """E-mail a stored contact message to the team; the outcome is recorded on the message."""
    from home.contact_messages.delivery import deliver

    return deliver(message_id)
