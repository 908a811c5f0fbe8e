"""Fixtures of the queue tests: a site and workers in their own processes, always stopped."""

import itertools
import re

from django.conf import settings

import pytest
import requests

from tests.security.throwaway_postgres import SiteServer

from .processes import ScratchDatabase, Workers, queue_environment
from .smtp import SMTPServer

CONTACT_URL = "/en/contact/"
VISITOR_ADDRESSES = (f"192.0.2.{number}" for number in itertools.count(1))


@pytest.fixture(scope="module")
def queue_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the demo database that the site's and the workers' processes share."""
    with django_db_blocker.unblock():
        database = ScratchDatabase(tmp_path_factory.mktemp("queue"))
    try:
        yield database
    finally:
        with django_db_blocker.unblock():
            database.drop()


@pytest.fixture(scope="module")
def queue_environment_of(queue_database):
    return queue_environment(queue_database, settings.MEDIA_ROOT, smtp_port=25)


@pytest.fixture(scope="module")
def site(queue_environment_of):
    """The site under gunicorn with TASK_QUEUE=database, as `make serve` runs it."""
    server = SiteServer(queue_environment_of)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def workers(queue_environment_of):
    """`workers.start(smtp_port)` starts a worker; every one is stopped when the test ends."""
    started = Workers(queue_environment_of)
    try:
        yield started
    finally:
        started.stop_all()


@pytest.fixture
def smtp():
    server = SMTPServer()
    try:
        yield server
    finally:
        server.close()


def send_contact_message(site, text):
    """Fill in and send the contact form as a visitor's browser does."""
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = next(VISITOR_ADDRESSES)
    base = f"http://127.0.0.1:{site.port}"
    form = browser.get(base + CONTACT_URL, timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = browser.post(
        base + CONTACT_URL,
        data={
            "csrfmiddlewaretoken": token,
            "your_name": "Amina",
            "your_e_mail_address": "amina@example.org",
            "your_message": text,
        },
        timeout=60,
    )
    assert response.status_code == 200 and "Thank you for writing to us" in response.text
    return response
