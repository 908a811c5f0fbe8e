"""A third language (Spanish) needs only settings and a .po file."""

from django.contrib.auth import get_user_model
from django.test import override_settings

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup

from home.apps import ensure_content_locales

pytestmark = pytest.mark.django_db

THREE_LANGUAGES = [("en", "English"), ("fr", "French"), ("es", "Spanish")]


@pytest.fixture
def spanish_catalogue(tmp_path):
    """What a translator would deliver: locale/es/LC_MESSAGES/django.po (compiled by set-up)."""
    folder = tmp_path / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    po.append(polib.POEntry(msgid="Skip to main content", msgstr="Saltar al contenido principal"))
    po.append(polib.POEntry(msgid="Language", msgstr="Idioma"))
    po.save(str(folder / "django.po"))
    po.save_as_mofile(str(folder / "django.mo"))
    return tmp_path


def test_spanish_switched_on_by_settings_and_a_po_file(
    client, demo_site, spanish_catalogue, settings, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import TranslationCreator

    with override_settings(
        LANGUAGES=THREE_LANGUAGES,
        WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES,
        LOCALE_PATHS=[spanish_catalogue, *settings.LOCALE_PATHS],
    ):
        ensure_content_locales(sender=None)  # what `migrate` does for a newly configured language
        spanish = Locale.objects.get(language_code="es")
        editor = get_user_model().objects.get(username="admin")
        with django_capture_on_commit_callbacks(execute=True):
            TranslationCreator(editor, [spanish]).create_translations(demo_site.home_en)
            # New translations start as drafts; an editor publishes the Spanish home.
            spanish_home = demo_site.home_en.get_translation(spanish)
            spanish_home.save_revision(user=editor).publish(user=editor)

        response = client.get("/es/")
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        assert page.html["lang"] == "es"
        assert page.select_one(".skip-link").get_text(strip=True) == "Saltar al contenido principal"
        switcher = {a["hreflang"]: a for a in page.select("nav.language-switcher a")}
        assert switcher["es"].get_text(strip=True) == "Español"
        assert set(switcher) == {"en", "fr", "es"}

        english = BeautifulSoup(client.get("/en/").content, "html.parser")
        hreflangs = {link["hreflang"] for link in english.select('link[rel="alternate"]')}
        assert hreflangs == {"en", "fr", "es", "x-default"}
        # The front door sends Spanish readers to Spanish.
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es").headers["Location"] == "/es/"


def test_without_the_setting_spanish_urls_are_not_served(client, demo_site):
    response = client.get("/es/", follow=True)
    assert response.status_code == 404
