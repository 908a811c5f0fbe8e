"""Background work of the foundation app, run through django-tasks (the `TASKS` setting).

With the default immediate backend a task runs in the web process once the request's
transaction commits; a queue backend moves it to a worker without code changes. Tasks take
only ids (JSON), so any backend can carry them.
"""

from django_tasks import task


@task()
def send_contact_message(message_id):
    """E-mail a stored contact message to the team; the outcome is recorded on the message."""
    from home.contact_messages.delivery import deliver

    return deliver(message_id)
