"""Every programme page type renders in English and French with its own content, keeps
dates and addresses equal across languages, and only goes where it belongs in the tree."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

import pytest

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
from tests.programmes_helpers import programme

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


@pytest.mark.parametrize(("path_en", "url_fr", "english", "french"), PAGES)
def test_each_programme_page_renders_in_both_languages(
    client, demo_site, path_en, url_fr, english, french
):
    page = programme(demo_site, path_en)
    assert page.url == f"/en/programmes/{path_en}"
    assert demo_site.french_of(page).url == url_fr

    english_html = client.get(page.url).content.decode()
    french_html = client.get(url_fr).content.decode()

    assert '<html lang="en"' in english_html and english in english_html
    assert french not in english_html
    assert '<html lang="fr"' in french_html and french in french_html
    assert english not in french_html
    # Each version points to the other with its real, translated address.
    assert f'hreflang="fr" href="http://testserver{url_fr}"' in english_html


def test_programmes_index_lists_each_programme_with_summary_and_image(client, demo_site):
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
    assert "Programmes" in client.get("/en/").content.decode()  # in the main menu


def test_english_slugs_under_the_index(demo_site):
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
    hrdap.save_revision().publish()

    source = TranslationSource.objects.get(object_id=hrdap.translation_key)
    source.update_from_db()
    source.create_or_update_translation(demo_site.french, publish=True)

    french = demo_site.french_of(hrdap)
    french.refresh_from_db()
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


def test_related_resources_show_the_visitors_language(client, demo_site):
    """A related resource is chosen once (the English page) and shown in French to French
    visitors, with its French title and summary."""
    support = demo_site.page("support-defenders/")
    model_law = programme(demo_site, "model-law/")
    model_law.related_resources.create(resource=support)
    french = demo_site.french_of(model_law)
    french.related_resources.create(resource=support)

    english_html = client.get(model_law.url).content.decode()
    french_html = client.get(french.url).content.decode()
    assert 'href="/en/support-defenders/"' in english_html
    assert "How we support human rights defenders" in english_html
    assert 'href="/fr/soutien-aux-defenseurexs/"' in french_html
    assert "Formations, ressources, réseaux et outils juridiques" in french_html


def test_unpublished_related_resource_is_not_shown(client, demo_site):
    about = demo_site.page("about/")
    hrcnet = programme(demo_site, "hrcnet/")
    hrcnet.related_resources.create(resource=about)
    about.unpublish()
    assert 'href="/en/about/"' not in client.get(hrcnet.url).content.decode().split("<main")[1]


def test_programme_pages_set_no_cookie_and_load_nothing_from_elsewhere(client, demo_site):
    for page in Page.objects.filter(url_path__startswith="/home/programmes/").live():
        response = client.get(page.url + ("?language=fr&level=advanced" if "academy" in page.url else ""))
        assert response.status_code == 200
        assert not response.cookies, page.url
        html = response.content.decode()
        assert "<script" not in html
        assert 'src="http' not in html and "url(http" not in html
