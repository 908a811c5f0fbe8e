"""Editors: every programme page type opens in the admin under its parent, and an event typed
in Geneva time is stored as the right instant."""

from datetime import UTC, datetime

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from programmes.models import (
    AcademyPage,
    CoursePage,
    HRCnetPage,
    HRDAPPage,
    ModelLawPage,
    TrainingEventPage,
    TrainingsIndexPage,
)
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page, geneva

programmes_index = programmes_fixtures.programmes_index


@pytest.fixture
def tree(programmes_index):
    academy = add_page(programmes_index, AcademyPage(title="Academy", slug="academy"))
    trainings = add_page(programmes_index, TrainingsIndexPage(title="Trainings", slug="trainings"))
    return {"index": programmes_index, "academy": academy, "trainings": trainings}


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        (HRDAPPage, "index"),
        (HRCnetPage, "index"),
        (ModelLawPage, "index"),
        (CoursePage, "academy"),
        (TrainingEventPage, "trainings"),
    ],
)
def test_admin_add_form_opens_under_the_right_parent(admin_client, tree, model, parent):
    url = f"/admin/pages/add/programmes/{model.__name__.lower()}/{tree[parent].pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200
    # Help text reaches the editor.
    field = next(
        f
        for f in model._meta.get_fields(include_parents=False)
        if f.concrete and not f.auto_created and f.help_text
    )
    assert str(field.help_text)[:30] in response.content.decode()


def test_admin_shows_only_sensible_choices(admin_client, tree):
    # With a single allowed type Wagtail goes straight to its form.
    response = admin_client.get(f"/admin/pages/{tree['academy'].pk}/add_subpage/")
    assert response.status_code == 302
    assert "/add/programmes/coursepage/" in response["Location"]
    # Under the index: the programmes not yet there, and nothing else.
    html = admin_client.get(f"/admin/pages/{tree['index'].pk}/add_subpage/").content.decode()
    assert "/add/programmes/hrdappage/" in html
    assert "/add/programmes/modellawpage/" in html
    assert "/add/programmes/academypage/" not in html  # one Academy per index
    assert "/add/home/standardpage/" not in html


def test_editor_creates_an_event_in_geneva_time(admin_client, tree):
    url = f"/admin/pages/add/programmes/trainingeventpage/{tree['trainings'].pk}/"
    data = nested_form_data(
        {
            "title": "Webinar on reprisals",
            "slug": "webinar-reprisals",
            "intro": "About reprisals.",
            "starts_at": "2027-01-20 15:00",
            "ends_at": "2027-01-20 16:30",
            "format": "online",
            "location": "",
            "language": "en",
            "application_deadline": "",
            "registration_url": "https://example.org/register",
            "body": rich_text("<p>Details.</p>"),
            "related_resources": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = TrainingEventPage.objects.get(slug="webinar-reprisals")
    assert event.live
    assert event.starts_at == datetime(2027, 1, 20, 14, 0, tzinfo=UTC)  # 15:00 CET
    assert event.starts_at == geneva(2027, 1, 20, 15, 0)


def test_editor_creates_a_course_with_modules_and_languages(admin_client, tree):
    url = f"/admin/pages/add/programmes/coursepage/{tree['academy'].pk}/"
    data = nested_form_data(
        {
            "title": "Treaty bodies",
            "slug": "treaty-bodies",
            "intro": "",
            "level": "intermediate",
            "certificate": "on",
            "enrolment_url": "https://learning.example.org/treaty-bodies/",
            "course_languages": inline_formset([{"language": "en"}, {"language": "es"}], min=1),
            "modules": streamfield(
                [
                    ("module", {"title": "The system", "duration_minutes": "30"}),
                    ("module", {"title": "Shadow reports", "duration_minutes": "60"}),
                ]
            ),
            "body": rich_text(""),
            "related_resources": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="treaty-bodies")
    assert course.total_minutes == 90
    assert course.language_codes() == ["en", "es"]
    assert course.certificate
