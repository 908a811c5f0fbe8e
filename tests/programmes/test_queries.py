"""Query budgets: a programme page costs the same number of queries whether it shows 3 or 30
children, modules, members, sections or related resources."""

import io
from datetime import date

from django.core.files.images import ImageFile

from wagtail.images.models import Image

import pytest
from PIL import Image as PillowImage

from home.models import StandardPage
from ishr_site.caching.generation import start_new_generation
from programmes.models import (
    AcademyPage,
    CourseLanguage,
    CoursePage,
    HRCnetPage,
    HRDAPPage,
    ModelLawPage,
    NationalImplementation,
    NetworkMember,
    TrainingEventPage,
    TrainingsIndexPage,
)
from programmes.models.hrdap import HRDAPRelatedResource
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page, geneva

# The small English programmes tree, as a fixture of this module.
programmes_index = programmes_fixtures.programmes_index

SIZES = (3, 30)
# Measured right after a publish (the menu, footer and language links built afresh): 22 to 25
# queries per page (the same at both sizes), most of them Wagtail's page serving (site, locale, routing two queries per
# level, restrictions) and the chrome; what matters most is that the figure does not grow.
BUDGET = 25


def small_image(number):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 36), (number * 8 % 255, 90, 150)).save(buffer, format="PNG")
    image = Image(title=f"Image {number}")
    image.file = ImageFile(buffer, name=f"image-{number}.png")
    image.save()
    return image


def measure(client, url, django_assert_max_num_queries):
    """Queries for a repeat visit (the first warms Django's content types and makes the
    renditions), right after a publish: the fragments kept per generation are built afresh."""
    assert client.get(url).status_code == 200
    start_new_generation()
    with django_assert_max_num_queries(BUDGET) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def build_index(index, size):
    for number in range(size):
        add_page(
            index,
            HRDAPPage(
                title=f"Programme {number}",
                slug=f"programme-{number}",
                intro="Summary.",
                listing_image=small_image(number),
            ),
        )
    return index


def build_academy(index, size):
    academy = add_page(index, AcademyPage(title="Academy", slug="academy"))
    for number in range(size):
        add_page(
            academy,
            CoursePage(
                title=f"Course {number}",
                slug=f"course-{number}",
                modules=[("module", {"title": "M", "duration_minutes": 30})],
                course_languages=[CourseLanguage(language="en"), CourseLanguage(language="fr")],
            ),
        )
    return academy


def build_course(index, size):
    academy = add_page(index, AcademyPage(title="Academy", slug="academy"))
    return add_page(
        academy,
        CoursePage(
            title="Course",
            slug="course",
            modules=[
                ("module", {"title": f"Module {n}", "duration_minutes": 30}) for n in range(size)
            ],
            course_languages=[CourseLanguage(language="en") for _ in range(min(size, 7))],
        ),
    )


def build_hrcnet(index, size):
    page = add_page(
        index,
        HRCnetPage(
            title="HRCnet",
            slug="hrcnet",
            session_updates=[
                (
                    "session",
                    {
                        "session": f"HRC{n}",
                        "starts_on": date(2024, 9, 9),
                        "ends_on": date(2024, 10, 11),
                        "summary": "<p>Summary.</p>",
                        "links": [{"title": "Statement", "url": "https://example.org/"}],
                    },
                )
                for n in range(size)
            ],
        ),
    )
    for number in range(size):
        NetworkMember.objects.create(
            locale=page.locale,
            name=f"Member {number}",
            country="CH",
            website="https://example.org/",
            logo=small_image(number),
        )
    return page


def build_model_law(index, size):
    return add_page(
        index,
        ModelLawPage(
            title="Model Law",
            slug="model-law",
            parts=[
                (
                    "part",
                    {
                        "number": "I",
                        "title": "Part",
                        "sections": [
                            {
                                "number": n + 1,
                                "title": f"Section {n + 1}",
                                "text": "<p>Text.</p>",
                                "commentary": "<p>Why.</p>",
                            }
                            for n in range(size)
                        ],
                    },
                )
            ],
            implementations=[
                NationalImplementation(
                    country=["CI", "BF", "ML", "MN", "NE", "CD"][n % 6],
                    status="law_adopted",
                    year=2000 + n,
                )
                for n in range(size)
            ],
        ),
    )


def build_trainings(index, size):
    trainings = add_page(index, TrainingsIndexPage(title="Trainings", slug="trainings"))
    for number in range(size):
        year = 2025 if number % 2 else 2030  # half past, half upcoming
        add_page(
            trainings,
            TrainingEventPage(
                title=f"Event {number}",
                slug=f"event-{number}",
                starts_at=geneva(year, 1, 1 + number % 28, 9),
            ),
        )
    return trainings


def build_related(index, size):
    home = index.get_parent()
    page = add_page(index, HRDAPPage(title="HRDAP", slug="hrdap"))
    resources = [
        add_page(home, StandardPage(title=f"Guide {n}", slug=f"guide-{n}", intro="A guide."))
        for n in range(size)
    ]
    page.related_resources = [HRDAPRelatedResource(resource=r) for r in resources]
    page.save_revision().publish()
    return page


BUILDERS = {
    "programmes index": build_index,
    "Academy": build_academy,
    "course": build_course,
    "HRCnet": build_hrcnet,
    "Model Law": build_model_law,
    "trainings index": build_trainings,
    "related resources": build_related,
}


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_queries_do_not_grow_with_content(
    client,
    programmes_index,
    django_assert_max_num_queries,
    kind,
    record_property,
):
    counts = []
    for size in SIZES:
        page = BUILDERS[kind](programmes_index, size)
        html = client.get(page.url).content.decode()
        assert f"{size - 1}" in html  # the content is really on the page
        counts.append(measure(client, page.url, django_assert_max_num_queries))
        if size == SIZES[-1]:
            break  # the test's transaction is rolled back: no need to delete the last tree
        # Start the next size from an empty index.
        for child in programmes_index.get_children():
            child.delete()
        NetworkMember.objects.all().delete()
        programmes_index.get_parent().get_children().exclude(pk=programmes_index.pk).delete()
    record_property("queries", dict(zip(SIZES, counts, strict=True)))
    assert counts[0] == counts[1], f"{kind}: {counts}"
