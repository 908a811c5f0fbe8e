"""Resource pages and their files: measurement, ordering, translation and the page tree."""

import io

from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase

import pytest
from pypdf import PdfReader

from resources.models import ResourceFile, ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db


def test_files_are_measured_when_saved(resource_demo):
    model_law = resource_demo.resource("model-law")
    files = list(model_law.files.all())
    assert {f.language for f in files} == {"en", "fr", "es", "ar"}
    for file in files:
        assert file.file_format == "PDF"
        assert file.file_size == file.document.file.size
        with file.document.open_file() as handle:
            assert file.page_count == len(PdfReader(io.BytesIO(handle.read())).pages)
        assert file.page_count >= 2


def test_demo_pdfs_open_and_contain_their_title(resource_demo):
    guide = resource_demo.resource("quick-guide-model-law")
    document = guide.files.get(language="es").document
    with document.open_file() as handle:
        text = PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()
    assert "Quick Guide to the Model Law" in text


def test_files_list_the_visitors_language_first(resource_demo):
    model_law = resource_demo.resource("model-law")
    with translation.override("fr"):
        assert [f.language for f in model_law.ordered_files][0] == "fr"
        names = [lang["name_local"] for lang in model_law.available_languages]
        assert names[0] == "français"
    with translation.override("en"):
        codes = [lang["code"] for lang in model_law.available_languages]
        assert codes[0] == "en"
        assert set(codes) == {"en", "fr", "es", "ar"}


def test_arabic_is_marked_right_to_left(resource_demo):
    model_law = resource_demo.resource("model-law")
    arabic = [lang for lang in model_law.available_languages if lang["code"] == "ar"][0]
    assert arabic["direction"] == "rtl"
    assert arabic["name_local"] == "العربيّة"


def test_french_translation_has_the_same_files_once(resource_demo):
    english = resource_demo.resource("model-law")
    french = resource_demo.french_of(english)
    english_files = sorted((f.document_id, f.language) for f in english.files.all())
    french_files = sorted((f.document_id, f.language) for f in french.files.all())
    assert french_files == english_files
    assert len(french_files) == 4


def test_resync_after_adding_a_file_keeps_one_copy_of_each(
    resource_demo, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    from wagtail_localize.models import TranslationSource

    english = resource_demo.resource("model-law")
    extra_document = resource_demo.resource("reprisals-handbook").files.first().document
    english.files.add(ResourceFile(document=extra_document, language="ru"))
    user = get_user_model().objects.get(username="admin")
    english.save_revision(user=user).publish(user=user)
    source, _created = TranslationSource.update_or_create_from_instance(english)
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(resource_demo.french, user=user, publish=True)
        source.create_or_update_translation(resource_demo.french, user=user, publish=True)
    french = ResourcePage.objects.get(pk=resource_demo.french_of(english).pk)
    languages = sorted(f.language for f in french.files.all())
    assert languages == ["ar", "en", "es", "fr", "ru"]


def test_demo_has_forty_resources_across_types_and_languages(resource_demo):
    english = ResourcePage.objects.filter(locale=resource_demo.english)
    assert english.count() >= 40
    assert english.values("resource_type").distinct().count() >= 8
    languages = set(ResourceFile.objects.values_list("language", flat=True))
    assert {"en", "fr", "es", "ar", "zh"} <= languages
    assert ResourcePage.objects.filter(locale=resource_demo.french).count() >= 8


class TestPageTree(WagtailPageTestCase):
    def test_library_goes_under_home_and_resources_under_library(self):
        from home.models import HomePage, StandardPage

        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanNotCreateAt(StandardPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)
