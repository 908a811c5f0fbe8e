"""The contact form: messages arrive; robots and floods do not; no address is kept."""

import json

from django.core import mail

import pytest

from home.models import ContactMessage

pytestmark = pytest.mark.django_db

MESSAGE = {
    "your_name": "Amina",
    "your_e_mail_address": "amina@example.org",
    "your_message": "I would like to join the next training.",
}


@pytest.fixture
def contact(demo_site):
    return demo_site.page("contact/")


def post(client, page, data, address="192.0.2.10"):
    client.get(page.url)  # as a browser would: fetch the form (and its CSRF token) first
    return client.post(page.url, data, REMOTE_ADDR=address)


def test_a_message_is_stored_and_sent_without_the_senders_address(
    contact, client, django_capture_on_commit_callbacks
):
    # The e-mail goes once the message is safely stored (the request's transaction commits).
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, contact, MESSAGE, address="192.0.2.44")
    assert response.status_code == 200
    assert "Thank you for writing to us" in response.content.decode()
    submission = ContactMessage.objects.get(page=contact)
    assert submission.get_data()["your_message"] == MESSAGE["your_message"]
    assert "website" not in submission.form_data
    assert "192.0.2.44" not in json.dumps(submission.form_data)
    assert len(mail.outbox) == 1 and "join the next training" in mail.outbox[0].body
    submission.refresh_from_db()
    assert submission.emailed_at is not None


def test_the_french_form_works_in_french(demo_site, contact, client):
    french = demo_site.french_of(contact)
    page = client.get(french.url).content.decode()
    assert "Votre adresse e-mail" in page
    response = post(client, french, MESSAGE)
    assert "Merci de nous avoir écrit" in response.content.decode()
    assert ContactMessage.objects.filter(page=french).count() == 1


def test_a_filled_honeypot_is_thanked_but_nothing_is_kept_or_sent(contact, client):
    response = post(client, contact, {**MESSAGE, "website": "http://spam.example"})
    assert response.status_code == 200
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(contact, client):
    html = client.get(contact.url).content.decode()
    assert 'class="form-honeypot" aria-hidden="true"' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_a_flood_from_one_address_is_stopped_with_a_clear_message(contact, client):
    for _ in range(5):
        assert post(client, contact, MESSAGE, address="192.0.2.99").status_code == 200
    refused = post(client, contact, MESSAGE, address="192.0.2.99")
    assert refused.status_code == 429
    assert "several messages in a short time" in refused.content.decode()
    assert ContactMessage.objects.count() == 5
    # Another visitor is not affected.
    assert post(client, contact, MESSAGE, address="192.0.2.100").status_code == 200
    assert ContactMessage.objects.count() == 6


def test_invalid_input_shows_the_form_again(contact, client):
    response = post(client, contact, {**MESSAGE, "your_e_mail_address": "not an address"})
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert ContactMessage.objects.count() == 0


# Measured: 21 queries for the contact page (site chrome included), whatever its form's length.
QUERY_BUDGET = 21


@pytest.mark.parametrize("extra_fields", [0, 20], ids=["3 fields", "23 fields"])
def test_the_contact_page_costs_the_same_queries_however_long_the_form(
    contact, client, django_assert_max_num_queries, extra_fields
):
    from home.models import ContactFormField

    for number in range(extra_fields):
        ContactFormField.objects.create(
            page=contact, locale=contact.locale, label=f"Question {number}", field_type="singleline"
        )
    client.get(contact.url)  # warm the site and locale caches, as a running server has them
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(contact.url)
    assert response.content.decode().count('<div class="form-field') == 3 + extra_fields
