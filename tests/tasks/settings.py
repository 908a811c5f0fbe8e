"""Settings of the site and worker processes that the queue tests start: the test settings,
with the database queue (TASK_QUEUE) and e-mail to the tests' own SMTP server (EMAIL_PORT)."""

from ishr_site.settings.deployment import task_backends
from ishr_site.settings.test import *  # noqa: F403
from ishr_site.settings.test import env

TASKS = task_backends(env, default="database")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
