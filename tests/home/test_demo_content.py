"""The demo loader: the tree it builds, its French translation and running it twice."""

import io
from pathlib import Path

from django.core.management import call_command

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from home.models import Footer

pytestmark = pytest.mark.django_db

SHARED_SEED = Path(__file__).resolve().parents[2] / "home" / "demo" / "seed-fr.txt"


def tree_snapshot():
    return sorted(
        Page.objects.values_list("url_path", "locale__language_code", "translation_key", "live")
    )


def test_running_the_loader_again_changes_nothing(demo_site):
    before = tree_snapshot()
    sources, translations = TranslationSource.objects.count(), Translation.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert tree_snapshot() == before
    assert TranslationSource.objects.count() == sources
    assert Translation.objects.count() == translations
    assert Footer.objects.count() == 2


def test_loader_keeps_what_an_editor_changed(demo_site):
    about = demo_site.page("about/")
    about.title = "About us (edited)"
    about.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    about.refresh_from_db()
    assert about.title == "About us (edited)"


def test_french_pages_are_real_wagtail_localize_translations(demo_site):
    for page in (demo_site.home_en, demo_site.page("about/"), demo_site.page("support-defenders/")):
        source = TranslationSource.objects.get(object_id=page.translation_key)
        translation = Translation.objects.get(source=source, target_locale=demo_site.french)
        assert translation.enabled
        french = translation.get_target_instance()
        assert french.live
        assert french.locale == demo_site.french


def test_seed_page_carries_ishrs_french_text_verbatim(client, demo_site):
    html = client.get("/fr/soutien-aux-defenseurexs/").content.decode()
    for line in SHARED_SEED.read_text(encoding="utf-8").splitlines():
        text = line.strip().removeprefix("- ")
        if text:
            assert text in html, text


def test_english_seed_page_has_one_paragraph_or_item_per_french_line(client, demo_site):
    french = client.get("/fr/soutien-aux-defenseurexs/").content.decode()
    english = client.get("/en/support-defenders/").content.decode()
    for tag in ("<p>", "<li>", "<h2>"):
        assert english.count(tag) == french.count(tag)


def test_about_page_uses_ishr_facts(client, demo_site):
    text = client.get("/en/about/").content.decode()
    assert "1984" in text
    assert "Geneva and New York" in text
    assert "Palais des Nations" in text


def test_demo_images_are_generated_locally(demo_site):
    assert demo_site.home_en.hero_image is not None
    assert demo_site.home_en.hero_image.file.size > 0


def test_admin_password_is_never_a_fixed_default(db, monkeypatch):
    from django.contrib.auth import get_user_model

    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("load_demo_content", "--admin-username", "fresh-admin", stdout=out)
    printed = out.getvalue()
    assert "Password (shown once):" in printed
    password = printed.split("Password (shown once):")[1].split()[0]
    assert len(password) >= 12
    user = get_user_model().objects.get(username="fresh-admin")
    assert user.check_password(password)
    # A second run does not print (or change) it again.
    again = io.StringIO()
    call_command("load_demo_content", "--admin-username", "fresh-admin", stdout=again)
    assert "Password" not in again.getvalue()
