"""Every programme page type renders in English and French with its own content, keeps
dates and addresses equal across languages, and only goes where it belongs in the tree."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from home.models import HomePage, StandardPage
from programmes.models import (
    AcademyPage,
    CoursePage,
    HRCnetPage,
    HRDAPPage,
    ModelLawPage,
    ProgrammesIndexPage,
    TrainingEventPage,
    TrainingsIndexPage,
)
from tests.programmes_helpers import main_content, programme, publish_and_sync_french

# English path below the programmes index, French URL, a phrase only the English page has and
# one only the French page has.
PAGES = [
    ("", "/fr/programmes/", "Human Rights Defender Advocacy Programme", "Académie ISHR"),
    (
        "hrdap/",
        "/fr/programmes/programme-plaidoyer-hrdap/",
        "Democratic backsliding",
        "Recul démocratique",
    ),
    ("academy/", "/fr/programmes/academie/", "The Special Procedures", "Les procédures spéciales"),
    (
        "academy/treaty-bodies/",
        "/fr/programmes/academie/organes-de-traites/",
        "Writing a shadow report",
        "Rédiger un rapport alternatif",
    ),
    ("hrcnet/", "/fr/programmes/reseau-hrcnet/", "How to join", "Comment adhérer"),
    (
        "model-law/",
        "/fr/programmes/loi-type/",
        "Criminal sanctions for attacks on defenders",
        "Sanctions pénales en cas d’attaques",
    ),
    (
        "trainings/",
        "/fr/programmes/formations/",
        "Upcoming trainings and events",
        "Formations et événements à venir",
    ),
    (
        "trainings/hrdap-2026-geneva/",
        "/fr/programmes/formations/hrdap-2026-geneve/",
        "advocacy weeks in Geneva",
        "semaines de plaidoyer à Genève",
    ),
]


def test_each_programme_page_renders_in_both_languages_with_its_own_content(client, demo_site):
    # One demo load for every page type: loading the bilingual demo is the slow part.
    for path_en, url_fr, english, french in PAGES:
        page = programme(demo_site, path_en)
        assert page.url == f"/en/programmes/{path_en}"
        assert demo_site.french_of(page).url == url_fr

        english_response = client.get(page.url)
        french_response = client.get(url_fr)
        english_html = english_response.content.decode()
        french_html = french_response.content.decode()

        assert '<html lang="en"' in english_html and english in english_html, path_en
        assert french not in english_html, path_en
        assert '<html lang="fr"' in french_html and french in french_html, url_fr
        assert english not in french_html, url_fr
        # Each version points to the other with its real, translated address.
        assert f'hreflang="fr" href="http://testserver{url_fr}"' in english_html
        # Anonymous visitors get no cookie and nothing is loaded from elsewhere.
        for response in (english_response, french_response):
            assert not response.cookies
            html = response.content.decode()
            # The only script is the site's own menu enhancement; none inline, none from elsewhere.
            scripts = re.findall(r"<script[^>]*>", html)
            assert scripts == ['<script src="/static/js/menu.js">']
            assert 'src="http' not in html and "url(http" not in html

    # The index lists each programme with its summary and image.
    html = client.get("/fr/programmes/").content.decode()
    for url in (
        "/fr/programmes/programme-plaidoyer-hrdap/",
        "/fr/programmes/academie/",
        "/fr/programmes/reseau-hrcnet/",
        "/fr/programmes/loi-type/",
        "/fr/programmes/formations/",
    ):
        assert f'href="{url}"' in html
    assert "Un réseau d’ONG qui œuvrent ensemble" in html  # HRCnet's French summary
    assert html.count('class="programme-card__image"') == 5
    assert 'href="/en/programmes/"' in client.get("/en/").content.decode()  # in the main menu

    index = programme(demo_site, "")
    assert sorted(index.get_children().values_list("slug", flat=True)) == [
        "academy",
        "hrcnet",
        "hrdap",
        "model-law",
        "trainings",
    ]


def test_dates_and_addresses_stay_synchronised_in_the_french_page(demo_site, django_user_model):
    hrdap = programme(demo_site, "hrdap/")
    new_deadline = datetime(2027, 1, 16, tzinfo=ZoneInfo("Europe/Zurich"))
    hrdap.call_closes_at = new_deadline
    hrdap.apply_url = "https://example.org/apply-2027"
    hrdap.places = 14
    french = publish_and_sync_french(hrdap, demo_site.french)
    assert french.call_closes_at == new_deadline
    assert french.apply_url == "https://example.org/apply-2027"
    assert french.places == 14
    assert french.themes[0].value == "Recul démocratique"  # translations kept


def test_course_languages_and_level_are_the_same_in_french(demo_site):
    course = programme(demo_site, "academy/human-rights-council/")
    french = demo_site.french_of(course)
    assert french.level == course.level == "introductory"
    assert french.language_codes() == course.language_codes() == ["en", "fr", "es"]
    assert french.total_minutes == course.total_minutes == 115


def test_page_type_rules(demo_site):
    home = demo_site.home_en
    index = programme(demo_site, "")
    academy = programme(demo_site, "academy/")
    trainings = programme(demo_site, "trainings/")
    # The index lives under the home page, once.
    assert ProgrammesIndexPage.parent_page_types == ["home.HomePage"]
    assert not ProgrammesIndexPage.can_create_at(home)  # already one there
    assert not ProgrammesIndexPage.can_create_at(academy)
    # Programmes live under the index, each once.
    assert set(index.specific_class.allowed_subpage_models()) == {
        HRDAPPage,
        AcademyPage,
        HRCnetPage,
        ModelLawPage,
        TrainingsIndexPage,
    }
    for page_type in (HRDAPPage, AcademyPage, HRCnetPage, ModelLawPage, TrainingsIndexPage):
        assert not page_type.can_create_at(home)
        assert not page_type.can_create_at(index)  # max one per index, already present
    # Courses only in the Academy, events only in the trainings index.
    assert CoursePage.can_create_at(academy)
    assert not CoursePage.can_create_at(trainings)
    assert TrainingEventPage.can_create_at(trainings)
    assert not TrainingEventPage.can_create_at(academy)
    # Leaves have no children; a standard page does not go inside a programme.
    for page_type in (HRDAPPage, HRCnetPage, ModelLawPage, CoursePage, TrainingEventPage):
        assert page_type.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(index)
    assert HomePage not in index.specific_class.allowed_subpage_models()


def test_every_programme_field_has_help_text():
    from programmes.models.common import RelatedResourceBase

    models = [
        ProgrammesIndexPage,
        HRDAPPage,
        AcademyPage,
        CoursePage,
        HRCnetPage,
        ModelLawPage,
        TrainingsIndexPage,
        TrainingEventPage,
    ]
    own_fields = []
    for model in models:
        own_fields += [
            f
            for f in model._meta.get_fields(include_parents=False)
            if f.concrete and not f.auto_created and f.model is model
        ]
    own_fields += [f for f in RelatedResourceBase._meta.get_fields() if f.name == "resource"]
    missing = [f"{f.model.__name__}.{f.name}" for f in own_fields if not f.help_text]
    assert missing == []


def test_related_resources_are_chosen_once_and_shown_in_the_visitors_language(client, demo_site):
    """An editor picks the English resource page; after syncing, the French programme page
    lists the French version of the resource, with its French title and summary."""
    from programmes.models.model_law import ModelLawRelatedResource

    support = demo_site.page("support-defenders/")
    model_law = programme(demo_site, "model-law/")
    model_law.related_resources = [ModelLawRelatedResource(resource=support)]
    french = publish_and_sync_french(model_law, demo_site.french)
    assert [link.resource_id for link in french.related_resources.all()] == [support.pk]

    english_main = main_content(client.get(model_law.url).content.decode())
    french_main = main_content(client.get(french.url).content.decode())
    assert 'href="/en/support-defenders/"' in english_main
    assert "Training, resources, networks and legal tools for defenders." in english_main
    assert 'href="/fr/soutien-aux-defenseurexs/"' in french_main
    assert "Formations, ressources, réseaux et outils juridiques" in french_main
    assert "/en/support-defenders/" not in french_main

    # A resource that is no longer published disappears from the list.
    support.unpublish()
    assert "/en/support-defenders/" not in main_content(client.get(model_law.url).content.decode())
