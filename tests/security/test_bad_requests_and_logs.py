"""Malformed addresses get a helpful 400; log lines carry no personal data."""

import logging

import pytest

from ishr_site.security.logging import PersonalDataFilter

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path, language, text",
    [
        ("/en/%00about/", "en", "This address cannot be read"),
        ("/fr/a-propos/?q=%00", "fr", "Cette adresse est illisible"),
        ("/en/?%07=x", "en", "This address cannot be read"),
    ],
)
def test_control_characters_get_a_400_page_in_the_visitors_language(
    demo_site, client, path, language, text
):
    response = client.get(path)
    assert response.status_code == 400
    assert text in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()
    assert response.cookies == {} or not response.cookies


def test_log_lines_lose_addresses_e_mails_query_strings_and_the_request():
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1,
        "Not Found: %s from %s (%s) by %s", ("/en/search/?q=torture+Geneva", "203.0.113.9",
        "2001:db8::1", "amina@example.org"), None,
    )  # fmt: skip
    record.request = object()
    assert PersonalDataFilter().filter(record) is True
    message = record.getMessage()
    assert "torture" not in message and "203.0.113.9" not in message
    assert "2001:db8::1" not in message and "amina@example.org" not in message
    assert message.startswith("Not Found: /en/search/?…")
    assert record.request is None
