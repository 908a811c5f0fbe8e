"""The ISHR Academy lists its courses and filters them with a plain GET form."""

import re

import pytest

from programmes.models import AcademyPage, CourseLanguage, CoursePage
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page
from tests.programmes_helpers import main_content

# The small English programmes tree, as a fixture of this module.
programmes_index = programmes_fixtures.programmes_index

COURSES = [
    # slug, level, languages, module minutes
    ("council", "introductory", ["en", "fr"], [30, 45, 40]),
    ("special-procedures", "intermediate", ["en"], [25, 50]),
    ("reprisals", "advanced", ["en", "fr", "es"], [20]),
]


def make_course(academy, slug, level, languages, minutes):
    return add_page(
        academy,
        CoursePage(
            title=f"Course {slug}",
            slug=slug,
            level=level,
            enrolment_url=f"https://learning.example.org/{slug}/",
            modules=[
                ("module", {"title": f"Module {i}", "duration_minutes": m})
                for i, m in enumerate(minutes, start=1)
            ],
            course_languages=[CourseLanguage(language=code) for code in languages],
        ),
    )


@pytest.fixture
def academy(programmes_index):
    academy = add_page(programmes_index, AcademyPage(title="Academy", slug="academy"))
    for slug, level, languages, minutes in COURSES:
        make_course(academy, slug, level, languages, minutes)
    return academy


def listed_courses(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = main_content(response.content.decode())
    return re.findall(r"<h3><a href=\"[^\"]+\">Course ([\w-]+)</a></h3>", html), html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["council", "special-procedures", "reprisals"]),
        ("?language=fr", ["council", "reprisals"]),
        ("?language=es", ["reprisals"]),
        ("?level=intermediate", ["special-procedures"]),
        ("?language=fr&level=advanced", ["reprisals"]),
        ("?language=ar", []),
    ],
)
def test_filters_by_language_and_level(client, academy, query, expected):
    courses, html = listed_courses(client, academy.url + query)
    assert courses == expected
    assert "not recognised" not in html
    if not expected:
        assert "No course matches these filters." in html


def test_form_is_plain_get_without_cookie(client, academy):
    response = client.get(academy.url + "?language=fr")
    html = main_content(response.content.decode())
    assert '<form class="filter-form" method="get"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert '<option value="fr" selected>French</option>' in html
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?language=xx",
        "?language=<script>alert(1)</script>",
        "?level=expert&level=advanced",
        "?language[]=fr",
        "?page=2&sort=up",
    ],
)
def test_unknown_filter_values_give_a_normal_page(client, academy, query):
    courses, html = listed_courses(client, academy.url + query)
    assert "<script>alert" not in html
    assert courses  # never an empty page because of a bad value


def test_control_characters_in_a_filter_get_a_400_page(client, academy):
    response = client.get(academy.url + "?language=fr&level=%00")
    assert response.status_code == 400
    assert "\x00" not in response.content.decode()


def test_bad_filter_is_dropped_and_the_good_one_kept(client, academy):
    courses, html = listed_courses(client, academy.url + "?language=fr&level=expert")
    assert courses == ["council", "reprisals"]
    assert "One of the filters was not recognised" in html
    assert '<option value="fr" selected>French</option>' in html


def test_course_page_shows_its_facts_and_total_duration(client, academy):
    course = CoursePage.objects.get(slug="council")
    assert course.total_minutes == 115
    html = main_content(client.get(course.url).content.decode())
    assert "1 hour 55 minutes" in html
    assert "English, French" in html
    assert "Introductory" in html
    assert 'href="https://learning.example.org/council/"' in html
    assert html.count('class="module-list__title"') == 3
    assert "45 minutes" in html


def test_courses_only_go_in_the_academy(academy):
    assert CoursePage.can_create_at(academy)
    assert not CoursePage.can_create_at(academy.get_parent().specific)
    assert AcademyPage.allowed_subpage_models() == [CoursePage]
