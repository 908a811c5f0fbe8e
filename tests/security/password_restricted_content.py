"""A small restricted demo set for the tests of shared passwords.

A members' briefing page with its French translation (made through wagtail-localize, as an
editor would), behind one password set on the English page (it covers the French one too), and
a collection of files behind a password with one document in it.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

import pytest

from home.models import StandardPage

PAGE_PASSWORD = "lantern-harbour-1984"
COLLECTION_PASSWORD = "violet-archive-2026"
SECRET_TEXT = "Briefing for partners only"


@dataclass
class RestrictedDemo:
    english: StandardPage
    french: StandardPage
    english_restriction: PageViewRestriction
    collection: Collection
    collection_restriction: CollectionViewRestriction
    document: Document


def translate_to_french(page, demo_site, django_capture_on_commit_callbacks):
    from wagtail_localize.operations import TranslationCreator

    editor = get_user_model().objects.get(username="admin")
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(editor, [demo_site.french]).create_translations(page)
    french = page.get_translation(demo_site.french).specific
    french.title = "Note réservée aux partenaires"
    french.intro = "Note pour les partenaires seulement"
    french.save_revision(user=editor).publish(user=editor)
    french.refresh_from_db()
    assert french.live and french.locale == demo_site.french
    return french


@pytest.fixture
def restricted_demo(demo_site, django_capture_on_commit_callbacks):
    english = demo_site.home_en.add_child(
        instance=StandardPage(
            title="Partners' briefing", slug="partners-briefing", intro=SECRET_TEXT
        )
    )
    english.save_revision().publish()
    french = translate_to_french(english, demo_site, django_capture_on_commit_callbacks)
    english_restriction = PageViewRestriction.objects.create(
        page=english, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )

    collection = Collection.get_first_root_node().add_child(name="Partners' files")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=COLLECTION_PASSWORD,
    )
    document = Document(title="Partners' briefing (PDF)", collection=collection)
    document.file.save("partners-briefing.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return RestrictedDemo(
        english=english,
        french=french,
        english_restriction=english_restriction,
        collection=collection,
        collection_restriction=collection_restriction,
        document=document,
    )


def password_form_action(response):
    """Where the password form shown in `response` posts to."""
    from bs4 import BeautifulSoup

    form = BeautifulSoup(response.content, "html.parser").select_one(
        "form[method=POST], form[method=post]"
    )
    assert form is not None, response.content.decode()[:500]
    return form["action"]
