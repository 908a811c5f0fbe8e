"""Editors cannot change what every visitor sees, or who can read a file, without review.

Driven through the real admin views with an Editor and a Moderator from the demo's roles: the
site footer goes through the "Review and publish" workflow like a page, and documents in private
collections (and privacy settings) stay in Moderators' hands.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    WorkflowState,
)
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest
from bs4 import BeautifulSoup

from home.models import Footer
from tests.home.test_editorial_workflow import log_in, make_user

pytestmark = pytest.mark.django_db

NEW_ADDRESS = "International Service for Human Rights\nRue de Varembé 1, Geneva"
NOTE_SOURCE = "ISHR is an independent, non-governmental organisation founded in 1984."
NEW_FRENCH_NOTE = "ISHR est une ONG indépendante, fondée en 1984 à Genève."


@pytest.fixture
def editor(demo_site):
    return make_user("editor", "Editors")


@pytest.fixture
def moderator(demo_site):
    return make_user("moderator", "Moderators")


def visitor_footer(path):
    """The footer as an anonymous visitor sees it (a fresh client: no cookie, no session)."""
    response = Client().get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("footer").get_text(" ")


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def footer_form(footer, **changes):
    links = [
        ("link", {"label": block.value["label"], "page": block.value["page"].pk, "url": ""})
        for block in footer.links
    ]
    fields = {
        "address": footer.address,
        "email": footer.email,
        "phone": footer.phone,
        "note": footer.note,
        "links": streamfield(links),
    }
    fields.update(changes)
    return nested_form_data(fields)


def footer_edit_url(footer):
    return reverse("wagtailsnippets_home_footer:edit", args=[footer.pk])


def test_editor_footer_change_is_live_only_once_a_moderator_approves(
    client, editor, moderator, demo_site, django_capture_on_commit_callbacks
):
    english = Footer.objects.get(locale=demo_site.english)
    log_in(client, editor)

    # Saving is a draft: visitors keep the published footer.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(footer_edit_url(english), footer_form(english, address=NEW_ADDRESS))
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert "Rue de Varembé" not in visitor_footer("/en/")
    assert "Geneva, Switzerland" in visitor_footer("/en/")

    # An Editor cannot publish it directly.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            footer_edit_url(english),
            footer_form(english, address=NEW_ADDRESS, **{"action-publish": "Publish"}),
        )
    assert "Rue de Varembé" not in visitor_footer("/en/")

    # Submitting starts the same review as for pages; still nothing changes for visitors.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            footer_edit_url(english),
            footer_form(english, address=NEW_ADDRESS, **{"action-submit": "Submit"}),
        )
    assert response.status_code == 302
    state = WorkflowState.objects.get(
        base_content_type=ContentType.objects.get_for_model(Footer),
        object_id=str(english.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    assert state.workflow.name == "Review and publish"
    assert "Rue de Varembé" not in visitor_footer("/en/")

    # A Moderator approves: every page shows the new address at once, the French keeps its own.
    client.logout()
    log_in(client, moderator)
    approve_url = reverse(
        "wagtailsnippets_home_footer:workflow_action",
        args=[english.pk, "approve", state.current_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    assert "Rue de Varembé" in visitor_footer("/en/")
    assert "Rue de Varembé" in visitor_footer("/en/about/")
    assert "Genève, Suisse" in visitor_footer("/fr/")


def test_french_footer_is_published_by_a_moderator_only(
    client, editor, moderator, demo_site, django_capture_on_commit_callbacks
):
    english = Footer.objects.get(locale=demo_site.english)
    french = Footer.objects.get(locale=demo_site.french)
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=demo_site.french
    )
    note = translation.source.stringsegment_set.select_related("string").get(
        string__data=NOTE_SOURCE
    )
    log_in(client, editor)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, note.pk]),
        f"value={NEW_FRENCH_NOTE}".encode(),
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    assert response.status_code in (200, 201), response.content
    # Publishing the translation is a Moderator's decision.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(footer_edit_url(french), {"action": "publish"})
    assert NEW_FRENCH_NOTE not in visitor_footer("/fr/")
    assert "fondée en 1984." in visitor_footer("/fr/")

    client.logout()
    log_in(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(footer_edit_url(french), {"action": "publish"})
    assert response.status_code == 302
    assert NEW_FRENCH_NOTE in visitor_footer("/fr/")
    assert NEW_FRENCH_NOTE in visitor_footer("/fr/a-propos/")
    assert NEW_FRENCH_NOTE not in visitor_footer("/en/")


def test_a_draft_translation_never_takes_the_french_footer_offline(demo_site, editor):
    """wagtail-localize writes a draft into the snippet's row and marks it not live: visitors
    must still get the published French footer, not the draft and not the English one."""
    english = Footer.objects.get(locale=demo_site.english)
    source = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=demo_site.french
    ).source
    StringTranslation.objects.filter(
        locale=demo_site.french, translation_of__data=NOTE_SOURCE, context__object=source.object
    ).update(data="Brouillon non relu.")
    source.create_or_update_translation(demo_site.french, user=editor, publish=False)
    footer = visitor_footer("/fr/")
    assert "Genève, Suisse" in footer
    assert "fondée en 1984." in footer
    assert "Brouillon non relu." not in footer


def test_update_translations_publishes_only_for_those_who_may_publish(
    client, editor, demo_site, django_capture_on_commit_callbacks
):
    """wagtail-localize's "Update translations" has "Publish immediately": for an Editor it
    must not publish the French footer, nor a French page, past review."""
    english = Footer.objects.get(locale=demo_site.english)
    about = demo_site.page("about/")
    log_in(client, editor)
    for instance, new_text, french_path in [
        (english, "Note française non relue.", "/fr/"),
        (about, "Titre non relu", "/fr/a-propos/"),
    ]:
        source = TranslationSource.objects.get(object_id=instance.translation_key)
        StringTranslation.objects.filter(
            locale=demo_site.french,
            context__object=source.object,
            context__path__in=["note", "title"],
        ).update(data=new_text)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtail_localize:update_translations", args=[source.pk]),
                {"publish_translations": "on"},
            )
        assert new_text not in Client().get(french_path).text
        assert "Only Moderators can publish translations" in " ".join(messages_of(response))


# --- Documents in private collections ---------------------------------------------------------


@pytest.fixture
def staff_only(demo_site):
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


@pytest.fixture
def public_collection(demo_site):
    return Collection.get_first_root_node().add_child(name="Publications")


def make_document(title, collection):
    document = Document(title=title, collection=collection)
    document.file.save("plan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


@pytest.fixture
def private_document(staff_only):
    return make_document("Safety plan for the Geneva session", staff_only)


@pytest.fixture
def public_document(public_collection):
    return make_document("Annual report", public_collection)


def document_form(document, collection):
    return {"title": document.title, "collection": collection.pk, "tags": ""}


def anonymous_can_download(document):
    return Client().get(document.url).status_code == 200


def test_editor_cannot_move_a_private_document_out_of_its_collection(
    client, editor, private_document, public_collection
):
    log_in(client, editor)
    response = client.post(
        reverse("wagtaildocs:edit", args=[private_document.pk]),
        document_form(private_document, public_collection),
    )
    assert response.status_code == 302
    assert "do not have permission" in " ".join(messages_of(response))
    private_document.refresh_from_db()
    assert private_document.collection.name == "Staff only"
    assert not anonymous_can_download(private_document)

    # Nor through the listing's bulk action "Add to collection".
    bulk_url = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "add_to_collection"])
    client.post(f"{bulk_url}?id={private_document.pk}", {"collection": public_collection.pk})
    private_document.refresh_from_db()
    assert private_document.collection.name == "Staff only"
    assert not anonymous_can_download(private_document)


def test_editor_cannot_replace_or_delete_a_private_file(client, editor, private_document):
    private_document.uploaded_by_user = editor
    private_document.save()
    log_in(client, editor)
    client.post(
        reverse("wagtaildocs:edit", args=[private_document.pk]),
        {
            "title": "Replaced",
            "collection": private_document.collection_id,
            "tags": "",
            "file": SimpleUploadedFile("other.pdf", b"%PDF-1.4\nreplaced\n%%EOF\n"),
        },
    )
    client.post(reverse("wagtaildocs:delete", args=[private_document.pk]))
    private_document.refresh_from_db()
    assert private_document.title == "Safety plan for the Geneva session"
    with private_document.file.open() as stored:
        assert b"replaced" not in stored.read()


def test_editor_cannot_put_a_document_into_a_private_collection(
    client, editor, public_document, staff_only
):
    # (The collection field is offered because there is more than one public collection.)
    log_in(client, editor)
    response = client.post(
        reverse("wagtaildocs:edit", args=[public_document.pk]),
        document_form(public_document, staff_only),
    )
    assert response.status_code == 200
    assert "Only Moderators can put documents in private collections" in response.text
    public_document.refresh_from_db()
    assert public_document.collection.name == "Publications"

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Uploaded by an editor",
            "collection": staff_only.pk,
            "tags": "",
            "file": SimpleUploadedFile("new.pdf", b"%PDF-1.4\n%%EOF\n"),
        },
    )
    assert response.status_code == 200
    assert "Only Moderators can put documents in private collections" in response.text
    assert not Document.objects.filter(title="Uploaded by an editor").exists()


def test_moderator_manages_private_documents(
    client, moderator, private_document, public_collection, staff_only
):
    log_in(client, moderator)
    response = client.post(
        reverse("wagtaildocs:edit", args=[private_document.pk]),
        document_form(private_document, public_collection),
    )
    assert response.status_code == 302
    private_document.refresh_from_db()
    assert private_document.collection.name == "Publications"
    assert anonymous_can_download(private_document)
    response = client.post(
        reverse("wagtaildocs:edit", args=[private_document.pk]),
        document_form(private_document, staff_only),
    )
    assert response.status_code == 302
    private_document.refresh_from_db()
    assert not anonymous_can_download(private_document)
    # Moderators also set who may read a collection.
    privacy = reverse("wagtailadmin_collections:set_privacy", args=[staff_only.pk])
    assert client.get(privacy).status_code == 200


def test_editor_cannot_change_privacy_of_collections_or_pages(
    client, editor, staff_only, demo_site
):
    log_in(client, editor)
    collection_privacy = reverse("wagtailadmin_collections:set_privacy", args=[staff_only.pk])
    assert client.get(collection_privacy).status_code != 200
    client.post(collection_privacy, {"restriction_type": "none"})
    assert CollectionViewRestriction.objects.filter(collection=staff_only).exists()

    page = demo_site.page("about/")
    page_privacy = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    assert client.get(page_privacy).status_code != 200
    client.post(page_privacy, {"restriction_type": "login"})
    assert not PageViewRestriction.objects.filter(page=page).exists()
    assert Client().get("/en/about/").status_code == 200


def test_roles_keep_publishing_and_private_files_to_moderators(demo_site):
    """What the migrations and the demo loader set up (the test database has both)."""
    from django.contrib.auth.models import Group

    from wagtail.models import WorkflowContentType

    def codenames(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    reserved = {"publish_footer", "lock_footer", "unlock_footer", "manage_private_documents"}
    assert codenames("Editors") & reserved == set()
    assert reserved <= codenames("Moderators")
    footer_type = ContentType.objects.get_for_model(Footer)
    assert WorkflowContentType.objects.get(content_type=footer_type).workflow.name == (
        "Review and publish"
    )
