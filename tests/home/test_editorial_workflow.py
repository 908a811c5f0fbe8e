"""The editors' workflow, driven through the admin as staff would: create, submit, approve,
translate, edit the translation, publish, change the source, update without losing French."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from home.editorial.translation_status import NEW_TEXT, SOURCE_CHANGED, translation_status
from resources.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-1984"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@ishr.test", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(demo_site):
    return make_user("editor", "Editors")


@pytest.fixture
def moderator(demo_site):
    return make_user("moderator", "Moderators")


def log_in(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, "login failed"
    return client


def resource_form(title, slug, summary, paragraph, document, **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "resource_type": "guide",
            "publication_date": "2026-11-20",
            "authors": "",
            "cover_image": "",
            "files": inline_formset([{"document": document.pk, "language": "en"}], min=1),
            "body": streamfield([("paragraph", rich_text(paragraph))]),
            "topics": inline_formset([]),
            "regions": inline_formset([]),
            "countries": inline_formset([]),
            "related_resources": inline_formset([]),
            "related_programmes": inline_formset([]),
            "comments": inline_formset([]),
            **actions,
        }
    )


@pytest.fixture
def guide_pdf(demo_site):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    document = Document(title="Digital security guide")
    document.file.save("digital-security.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def library(demo_site):
    return ResourceIndexPage.objects.get(locale=demo_site.english)


def create_and_submit(client, demo_site, document, title="Digital security for defenders"):
    parent = library(demo_site)
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", parent.pk])
    response = client.post(
        url,
        resource_form(
            title,
            "digital-security",
            "Keeping your communications safe.",
            "Use end-to-end encrypted messaging.",
            document,
            **{"action-submit": "Submit for moderation"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    return ResourcePage.objects.get(slug="digital-security", locale__language_code="en")


def test_anonymous_visitor_cannot_reach_the_admin(client, demo_site):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    page = demo_site.page("about/")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 302


def test_editor_submits_and_cannot_publish(client, editor, demo_site, guide_pdf):
    log_in(client, editor)
    page = create_and_submit(client, demo_site, guide_pdf)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review and publish"

    # Publishing directly is not in an editor's power: the page stays a draft.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(
        edit_url,
        resource_form(
            page.title, page.slug, "Changed", "Changed", guide_pdf, **{"action-publish": "Publish"}
        ),
    )
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url or "/en/resources/digital-security/").status_code == 404


def approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": ""})


def french_strings(translation):
    return {
        st.translation_of.data: st.data
        for st in StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).select_related("translation_of")
    }


def test_review_translate_update_keeps_the_french(
    client, editor, moderator, demo_site, guide_pdf, django_capture_on_commit_callbacks
):
    # An editor writes a resource and submits it; a moderator approves and it goes live.
    log_in(client, editor)
    page = create_and_submit(client, demo_site, guide_pdf)
    client.logout()
    log_in(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(client, page).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get("/en/resources/digital-security/").status_code == 200

    # The moderator asks for a French translation: it starts as a draft.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [demo_site.french.pk]},
        )
    assert response.status_code == 302
    french = page.get_translation(demo_site.french)
    assert not french.live
    draft_status = translation_status(demo_site.french)
    assert {i.source_page.pk: i.reason for i in draft_status.out_of_date}[page.pk] == NEW_TEXT

    # Translating strings in wagtail-localize's editor, then publishing the French page.
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=demo_site.french
    )
    french_text = {
        "Digital security for defenders": "Sécurité numérique pour les défenseur·e·x·s",
        "digital-security": "securite-numerique",
        "Keeping your communications safe.": "Protéger vos communications.",
        "Use end-to-end encrypted messaging.": "Utilisez une messagerie chiffrée de bout en bout.",
    }
    for segment in translation.source.stringsegment_set.select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url,
            f"value={french_text[segment.string.data]}".encode(),
            content_type="application/x-www-form-urlencoded; charset=utf-8",
        )
        assert response.status_code in (200, 201), response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.live
    published = client.get("/fr/ressources/securite-numerique/")
    assert published.status_code == 200
    assert "Utilisez une messagerie chiffrée de bout en bout." in published.text
    status = translation_status(demo_site.french)
    assert page.pk not in [item.source_page.pk for item in status.out_of_date]

    # The English source changes: the French page is listed as out of date on the dashboard.
    english = page.get_latest_revision_as_object()
    english.summary = "Keeping your communications and devices safe."
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision(user=moderator).publish(user=moderator)
    status = translation_status(demo_site.french)
    stale = {item.source_page.pk: item.reason for item in status.out_of_date}
    assert stale.get(page.pk) == SOURCE_CHANGED
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Sécurité numérique pour les défenseur·e·x·s" in dashboard.text
    assert reverse("wagtail_localize:update_translations", args=[translation.source.pk]) in (
        dashboard.text
    )

    # Updating from the source keeps every French string that still applies.
    source = TranslationSource.objects.get(object_id=page.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {}
        )
    assert response.status_code == 302
    strings = french_strings(translation)
    assert strings["Use end-to-end encrypted messaging."] == (
        "Utilisez une messagerie chiffrée de bout en bout."
    )
    status = translation_status(demo_site.french)
    assert {item.source_page.pk: item.reason for item in status.out_of_date}[page.pk] == NEW_TEXT
    still_live = client.get("/fr/ressources/securite-numerique/")
    assert "Utilisez une messagerie chiffrée de bout en bout." in still_live.text
