"""Editors' tools around translation and publishing: PO files, machine translation, scheduled
publishing, redirects, and clear answers to mistakes."""

import io
from datetime import timedelta

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail_localize.models import StringTranslation, Translation

import polib
import pytest
from bs4 import BeautifulSoup

from tests.home.test_editorial_workflow import log_in, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(demo_site):
    return make_user("moderator", "Moderators")


@pytest.fixture
def about_translation(demo_site):
    about = demo_site.page("about/")
    return Translation.objects.get(
        source__object_id=about.translation_key, target_locale=demo_site.french
    )


def upload(client, translation, content, name="about-fr.po"):
    next_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content), "next": next_url},
    )


def error_messages(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


def test_po_export_and_import_round_trip(client, moderator, about_translation):
    log_in(client, moderator)
    exported = client.get(reverse("wagtail_localize:download_pofile", args=[about_translation.pk]))
    assert exported.status_code == 200
    assert "attachment" in exported["Content-Disposition"]
    po = polib.pofile(exported.content.decode())
    entry = next(e for e in po if e.msgid == "About ISHR")
    assert entry.msgstr == "À propos d’ISHR"
    entry.msgstr = "Qui sommes-nous ?"

    response = upload(client, about_translation, str(po).encode())
    assert response.status_code == 302
    assert error_messages(response) == []
    imported = StringTranslation.objects.get(
        translation_of__data="About ISHR",
        locale=about_translation.target_locale,
        context__object_id=about_translation.source.object_id,
        context__path="title",
    )
    assert imported.data == "Qui sommes-nous ?"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'msgid "a"\nmsgstr "b"\nmsgid', "not a valid PO file"),
        (b'msgid "Hello"\nmsgstr "Bonjour"\n', "not exported from this site"),
    ],
)
def test_broken_or_foreign_po_files_get_a_clear_message_and_lose_nothing(
    client, moderator, about_translation, content, message
):
    before = list(
        StringTranslation.objects.filter(locale=about_translation.target_locale)
        .order_by("pk")
        .values_list("pk", "data")
    )
    log_in(client, moderator)
    response = upload(client, about_translation, content)
    assert response.status_code == 302
    assert any(message in text for text in error_messages(response))
    after = list(
        StringTranslation.objects.filter(locale=about_translation.target_locale)
        .order_by("pk")
        .values_list("pk", "data")
    )
    assert after == before


def test_po_file_of_another_translation_is_refused(client, moderator, demo_site):
    log_in(client, moderator)
    translations = Translation.objects.filter(target_locale=demo_site.french)[:2]
    first, second = list(translations)
    other = client.get(reverse("wagtail_localize:download_pofile", args=[second.pk]))
    response = upload(client, first, other.content)
    assert any("different page or language" in text for text in error_messages(response))


def test_upload_without_a_file_is_answered_not_crashed(client, moderator, about_translation):
    log_in(client, moderator)
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[about_translation.pk]), {}
    )
    assert response.status_code == 302
    assert any("Choose a PO file" in text for text in error_messages(response))


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
)
def test_machine_translation_fills_untranslated_strings_when_configured(
    client, moderator, about_translation
):
    StringTranslation.objects.filter(
        locale=about_translation.target_locale,
        context__object_id=about_translation.source.object_id,
    ).delete()
    log_in(client, moderator)
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[about_translation.pk])
    )
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(
        locale=about_translation.target_locale,
        context__object_id=about_translation.source.object_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    assert machine.exists()
    # The dummy translator reverses words: proof the text went through the translator.
    assert machine.get(context__path="title").data == "ISHR About"


def test_machine_translation_is_off_by_default(settings):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")


def test_scheduled_page_is_published_by_the_publish_scheduled_command(moderator, demo_site):
    about = demo_site.page("about/")
    about.unpublish()
    revision = about.save_revision(user=moderator)
    about.refresh_from_db()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()
    about.refresh_from_db()
    assert not about.live
    call_command("publish_scheduled", stdout=io.StringIO())
    about.refresh_from_db()
    assert about.live


def test_expired_page_is_unpublished_by_the_publish_scheduled_command(demo_site):
    about = demo_site.page("about/")
    about.expire_at = timezone.now() - timedelta(minutes=1)
    about.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    about.refresh_from_db()
    assert not about.live
    assert about.expired


def test_old_urls_are_imported_from_csv_and_redirect(client, moderator, demo_site):
    log_in(client, moderator)
    target = "https://www.ishr.ch/en/support-defenders/"
    csv = f"from,to\n/what-we-do/support-defenders/,{target}\n".encode()
    response = client.post(
        reverse("wagtailredirects:start_import"),
        {"import_file": SimpleUploadedFile("redirects.csv", csv), "input_format": "0"},
    )
    assert response.status_code == 200
    # The import shows a confirmation step with the columns to map; its hidden fields carry
    # the signed name of the uploaded file, as the browser would send them back.
    hidden = {
        field["name"]: field["value"]
        for field in BeautifulSoup(response.content, "html.parser").select("input[type=hidden]")
        if field.get("name") in ("import_file_name", "input_format")
    }
    confirm = client.post(
        reverse("wagtailredirects:process_import"),
        {"from_index": "0", "to_index": "1", "permanent": "on", **hidden},
    )
    assert confirm.status_code in (200, 302), confirm.content.decode()[-3000:]
    assert Redirect.objects.filter(old_path="/what-we-do/support-defenders").exists()
    client.logout()
    followed = client.get("/what-we-do/support-defenders/")
    assert followed.status_code == 301
    assert followed["Location"] == target


def test_page_saved_without_a_required_field_shows_a_form_error(client, moderator, demo_site):
    log_in(client, moderator)
    about = demo_site.page("about/")
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[about.pk]),
        nested_form_data(
            {
                "title": "",
                "slug": "about",
                "intro": "x",
                "body": streamfield([]),
                "comments": inline_formset([]),
            }
        ),
    )
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    about.refresh_from_db()
    assert about.title == "About ISHR"


def test_editor_cannot_publish_a_translation(client, demo_site, about_translation):
    editor = make_user("editor", "Editors")
    log_in(client, editor)
    french = about_translation.get_target_instance()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}
    )
    assert response.status_code in (302, 403)
    assert response.status_code != 500


def test_page_listing_shows_each_pages_language(client, moderator, demo_site):
    log_in(client, moderator)
    response = client.get(reverse("wagtailadmin_explore", args=[demo_site.home_fr.pk]))
    assert response.status_code == 200
    assert "French" in response.text or "Français" in response.text


def test_accessibility_checker_is_offered_to_editors(client, moderator, demo_site):
    log_in(client, moderator)
    response = client.get("/en/about/")
    assert "wagtail-userbar" in response.text
    # Wagtail's content checker (axe-core accessibility rules) is one of the userbar's items.
    assert 'id="checker-axe-configuration"' in response.text


def test_visitors_get_no_userbar(client, demo_site):
    assert "wagtail-userbar" not in client.get("/en/about/").text


def test_french_translation_can_link_the_french_pdf(
    client, moderator, demo_site, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail_localize.models import OverridableSegment

    from home.models import StandardPage

    def document(title, name):
        doc = Document(title=title)
        doc.file.save(name, ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
        doc.save()
        return doc

    english_pdf = document("Guide (English)", "guide-en.pdf")
    french_pdf = document("Guide (français)", "guide-fr.pdf")
    guide = StandardPage(
        title="Guide",
        slug="guide",
        body=[("document", {"document": english_pdf, "label": "Download the guide"})],
    )
    demo_site.home_en.add_child(instance=guide)
    guide.save_revision().publish()
    log_in(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[guide.pk]),
            {"locales": [demo_site.french.pk]},
        )
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale=demo_site.french
    )
    for segment in translation.source.stringsegment_set.select_related("string"):
        french = {
            "Guide": "Guide",
            "guide": "guide-fr",
            "Download the guide": "Télécharger le guide",
        }
        client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value={french[segment.string.data]}".encode(),
            content_type="application/x-www-form-urlencoded; charset=utf-8",
        )
    document_segment = OverridableSegment.objects.get(
        source=translation.source, context__path__endswith=".document"
    )
    response = client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, document_segment.pk]),
        f"value={french_pdf.pk}".encode(),
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    assert response.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[guide.get_translation(demo_site.french).pk]),
            {"action": "publish"},
        )
    client.logout()
    french_page = client.get("/fr/guide-fr/").text
    english_page = client.get("/en/guide/").text
    assert french_pdf.url in french_page and english_pdf.url not in french_page
    assert english_pdf.url in english_page
