"""HRDAP: the call works out its own status from the clock, in Geneva time, in both languages."""

import re
from datetime import UTC, date, datetime

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest
import time_machine

from programmes.call_status import CLOSED, OPEN, UPCOMING, call_status
from programmes.models import HRDAPPage
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page, geneva
from tests.programmes_helpers import assert_fragment_links_resolve, main_content

# The small English programmes tree, as a fixture of this module.
programmes_index = programmes_fixtures.programmes_index

OPENS = geneva(2025, 11, 3, 9, 0)
# "15 January 2026, midnight CET": the first instant of 16 January in Geneva (23:00 UTC).
CLOSES = geneva(2026, 1, 16, 0, 0)


def test_status_before_during_and_after_the_window():
    assert call_status(OPENS, CLOSES, geneva(2025, 11, 3, 8, 59)).state == UPCOMING
    assert call_status(OPENS, CLOSES, OPENS).state == OPEN
    assert call_status(OPENS, CLOSES, geneva(2026, 1, 15, 23, 59, 59)).state == OPEN
    assert call_status(OPENS, CLOSES, CLOSES).state == CLOSED
    assert call_status(OPENS, CLOSES, geneva(2026, 11, 28, 7)).state == CLOSED
    # Without an opening date the call is open until the deadline; without a deadline, closed.
    assert call_status(None, CLOSES, geneva(2025, 1, 1)).state == OPEN
    assert call_status(OPENS, None, geneva(2025, 12, 1)).state == CLOSED


def test_cet_midnight_is_23_00_utc():
    just_before = datetime(2026, 1, 15, 22, 59, 59, tzinfo=UTC)
    at_midnight_geneva = datetime(2026, 1, 15, 23, 0, 0, tzinfo=UTC)
    assert call_status(OPENS, CLOSES, just_before).is_open
    assert not call_status(OPENS, CLOSES, at_midnight_geneva).is_open


@pytest.fixture
def hrdap(programmes_index):
    return add_page(
        programmes_index,
        HRDAPPage(
            title="HRDAP",
            slug="hrdap",
            call_year=2026,
            call_opens_at=OPENS,
            call_closes_at=CLOSES,
            next_call_expected=date(2026, 12, 1),
            apply_url="https://example.org/apply",
            places=12,
        ),
    )


def status_text(client, url):
    html = main_content(client.get(url).content.decode())
    state = re.search(r'class="call-status__state">\s*(.*?)\s*</p>', html, re.S).group(1)
    return " ".join(state.split()), html


@pytest.mark.parametrize(
    ("moment", "expected", "apply_button"),
    [
        (
            datetime(2025, 11, 3, 7, 59, tzinfo=UTC),  # 08:59 in Geneva
            "Applications open on 3 November 2025, 09:00 CET",
            False,
        ),
        (
            datetime(2025, 11, 3, 8, 0, tzinfo=UTC),
            "Applications open until 15 January 2026, midnight CET",
            True,
        ),
        (
            datetime(2026, 1, 15, 22, 59, 59, tzinfo=UTC),  # 23:59:59 in Geneva
            "Applications open until 15 January 2026, midnight CET",
            True,
        ),
        (
            datetime(2026, 1, 15, 23, 0, 0, tzinfo=UTC),  # midnight in Geneva
            "Applications closed — next call expected December 2026",
            False,
        ),
        (
            datetime(2026, 11, 28, 7, 0, tzinfo=UTC),
            "Applications closed — next call expected December 2026",
            False,
        ),
    ],
)
def test_page_shows_the_status_of_the_moment(client, hrdap, moment, expected, apply_button):
    with time_machine.travel(moment, tick=False):
        text, html = status_text(client, hrdap.url)
    assert text == expected
    assert ('href="https://example.org/apply"' in html) is apply_button


def test_status_in_french(client, hrdap):
    with translation.override("fr"), time_machine.travel(geneva(2026, 1, 10, 12), tick=False):
        # The page's language decides the wording; the French demo page runs the same code.
        from programmes.templatetags.programme_dates import geneva_datetime

        assert geneva_datetime(CLOSES) == "15 janvier 2026, minuit CET"
    with time_machine.travel(geneva(2025, 10, 1), tick=False):
        french = hrdap.copy_for_translation(
            hrdap.locale.__class__.objects.get(language_code="fr"), copy_parents=True
        )
        french.save_revision().publish()
        text, _html = status_text(client, french.url)
    assert text == "Ouverture des candidatures le 3 novembre 2025, 09:00 CET"


def test_summer_time_deadline_names_cest(client, hrdap):
    hrdap.call_closes_at = geneva(2026, 7, 1, 12, 0)
    hrdap.save_revision().publish()
    with time_machine.travel(geneva(2026, 6, 1), tick=False):
        text, _html = status_text(client, hrdap.url)
    assert text == "Applications open until 1 July 2026, 12:00 CEST"


def test_deadline_before_opening_is_refused(hrdap):
    hrdap.call_opens_at = CLOSES
    hrdap.call_closes_at = OPENS
    with pytest.raises(ValidationError) as error:
        hrdap.full_clean()
    assert "call_closes_at" in error.value.message_dict


def test_faq_links_lead_to_unique_anchors(client, hrdap):
    hrdap.faq = [
        ("question", {"question": "Who can apply?", "answer": "<p>Defenders.</p>"}),
        ("question", {"question": "Who can apply?", "answer": "<p>Asked twice.</p>"}),
        ("question", {"question": "¿Quién? ???", "answer": "<p>Odd characters.</p>"}),
        ("question", {"question": "!!!", "answer": "<p>Nothing to slugify.</p>"}),
        ("question", {"question": "Heading", "answer": "<p>A word used by the page.</p>"}),
    ]
    hrdap.save_revision().publish()
    html = client.get(hrdap.url).content.decode()
    links = assert_fragment_links_resolve(html)
    assert [link for link in links if link.startswith("faq-")] == [
        "faq-who-can-apply",
        "faq-who-can-apply-2",
        "faq-quien",
        "faq-4",
        "faq-heading",
    ]


def test_unknown_anchor_or_query_string_still_gives_the_page(client, hrdap):
    response = client.get(hrdap.url + "?faq=<script>#faq-nothing-here")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()
