"""Communications staff in the admin: an Editor writes an update and submits it, a Moderator
approves it, it is translated through wagtail-localize, and the French index lists it; kinds
are added without code."""

from django.urls import reverse

from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from home.models import Country, Topic
from ishr_site.newsroom.models import UpdateIndexPage, UpdateKind, UpdatePage
from tests.home.test_editorial_workflow import approve, log_in, make_user
from tests.newsroom.helpers import listed

pytestmark = pytest.mark.django_db


def update_form(title, slug, **actions):
    index_locale = Locale.objects.get(language_code="en")
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Defenders in Burundi face reprisals for speaking at the Council.",
            "kind": UpdateKind.objects.get(slug="statement", locale=index_locale).pk,
            "date": "2026-11-28",
            "authors": "ISHR",
            "image": "",
            "image_alt": "",
            "image_caption": "",
            "image_credit": "",
            "body": streamfield([("paragraph", rich_text("The Council must act."))]),
            "topics": inline_formset(
                [{"topic": Topic.objects.get(slug="reprisals", locale=index_locale).pk}]
            ),
            "regions": inline_formset([{"region": "africa"}]),
            "countries": inline_formset(
                [{"country": Country.objects.get(slug="uganda", locale=index_locale).pk}]
            ),
            "related_updates": inline_formset([]),
            "related_resources": inline_formset([]),
            "related_programmes": inline_formset([]),
            "comments": inline_formset([]),
            **actions,
        }
    )


def test_an_editor_writes_an_update_a_moderator_publishes_it(client, demo_site):
    editor = make_user("editor", "Editors")
    moderator = make_user("moderator", "Moderators")
    index = UpdateIndexPage.objects.get(locale=demo_site.english)
    log_in(client, editor)
    url = reverse("wagtailadmin_pages:add", args=["newsroom", "updatepage", index.pk])
    # The index takes only updates: "Add child page" goes straight to the update form.
    add_child = client.get(reverse("wagtailadmin_pages:add_subpage", args=[index.pk]))
    assert add_child["Location"] == url
    form = client.get(url)
    assert form.status_code == 200
    assert "What sort of update this is" in form.text  # the help text
    response = client.post(
        url,
        update_form(
            "Uganda: stop reprisals against defenders",
            "uganda-stop-reprisals",
            **{"action-submit": "Submit for moderation"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = UpdatePage.objects.get(slug="uganda-stop-reprisals")
    assert not page.live
    assert "Uganda: stop reprisals" not in client.get("/en/latest-updates/").text

    client.logout()
    log_in(client, moderator)
    approve(client, page)
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert listed(client.get("/en/latest-updates/?country=uganda"))[0] == (
        "Uganda: stop reprisals against defenders"
    )
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "approved"


def test_the_flat_listing_of_updates_opens_for_editors(client, demo_site):
    log_in(client, make_user("editor", "Editors"))
    response = client.get("/admin/latest_updates/")
    assert response.status_code == 200
    assert "Argentina: protect defenders of land and water" in response.text
    assert "Joint letter" in response.text  # the kind column


def test_an_update_is_translated_through_wagtail_localize(
    client, demo_site, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import TranslationCreator

    admin = make_user("translator", "Moderators")
    page = UpdatePage.objects.get(slug="hrc57-key-issues", locale=demo_site.english)
    assert page.get_translation_or_none(demo_site.french) is None
    english_title = page.title
    assert english_title in listed(client.get("/fr/actualites/?year=2024"))

    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(admin, [demo_site.french]).create_translations(page)
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=demo_site.french)
    for segment in source.stringsegment_set.select_related("string", "context"):
        french = {english_title: "CDH57 : les enjeux clés de la session de septembre 2024"}.get(
            segment.string.data, segment.string.data
        )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=demo_site.french,
            context=segment.context,
            defaults={"data": french},
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin, publish=True)
    french_page = page.get_translation(demo_site.french)
    assert french_page.live
    # Its kind, topics and date followed it: the French page files it under the same terms.
    assert french_page.specific.kind.locale == demo_site.french
    assert french_page.specific.date == page.date
    titles = listed(client.get("/fr/actualites/?year=2024"))
    assert "CDH57 : les enjeux clés de la session de septembre 2024" in titles
    assert english_title not in titles  # listed once, now in French


def test_editors_add_a_kind_and_visitors_can_filter_by_it(client, demo_site):
    english = demo_site.english
    kind = UpdateKind.objects.create(name="Podcast", slug="podcast", locale=english)
    from tests.newsroom.helpers import make_update

    make_update("On the side of humanity, episode one", kind="podcast")
    response = client.get("/en/latest-updates/?type=podcast")
    assert listed(response) == ["On the side of humanity, episode one"]
    assert kind.name in response.text


def test_the_default_kinds_exist_in_both_languages_with_their_names(demo_site):
    french = dict(UpdateKind.objects.filter(locale=demo_site.french).values_list("slug", "name"))
    assert french["joint-letter"] == "Lettre conjointe"
    assert french["council-session-update"] == "Suivi de session du Conseil"
    assert set(french) >= {"news", "statement", "press-release", "op-ed"}
