"""Topics and countries moved from `resources` to `home`: a database built and filled before the
move keeps every row, translation and link, and the site still uses them.

The test builds its own small database (no demo: a few rows made with the models as they were)
from the migrations, so it never touches the shared test database.
"""

import json
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db.migrations.executor import MigrationExecutor
from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from home.models import Country, Topic
from resources.library import LibraryQuery
from resources.models import ResourcePage
from tests.scratch_database import scratch_database

pytestmark = pytest.mark.migration

# The last migrations before the move; every other app is taken to its latest.
BEFORE_THE_MOVE = {
    "home": "0009_footer_review_and_private_documents",
    "resources": "0004_body_code_block",
    "programmes": "0001_initial",
    "newsroom": None,  # newer than the move: it files updates under the shared vocabulary
}


def migrate_to_before_the_move(connection):
    executor = MigrationExecutor(connection)
    targets = [
        (app, BEFORE_THE_MOVE.get(app, name))
        for app, name in executor.loader.graph.leaf_nodes()
        if app not in BEFORE_THE_MOVE
    ] + list(BEFORE_THE_MOVE.items())
    plan = executor.migration_plan(targets)
    state = executor.migrate(targets, plan=plan)
    # As `migrate` does: content types and permissions exist for the models of that state.
    emit_post_migrate_signal(0, False, connection.alias, apps=state.apps, plan=plan)
    return state.apps


class OldSite:
    """Rows made with the models as they were before the move (historical models)."""

    def __init__(self, apps):
        self.apps = apps
        self.model = apps.get_model
        self.english = self.model("wagtailcore", "Locale").objects.get(language_code="en")
        self.french = self.model("wagtailcore", "Locale").objects.get(language_code="fr")

    def content_type(self, app_label, model):
        return self.model("contenttypes", "ContentType").objects.get_or_create(
            app_label=app_label, model=model
        )[0]

    def term(self, model, names, **fields):
        key = uuid.uuid4()
        Term = self.model("resources", model)
        return [
            Term.objects.create(translation_key=key, locale=locale, name=name, **fields)
            for locale, name in zip((self.english, self.french), names, strict=True)
        ]

    def child_page(self, parent, model, slug, **fields):
        Page = self.model("wagtailcore", "Page")
        number = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count()
        page = self.model(*model.split(".")).objects.create(
            title=slug.title(),
            draft_title=slug.title(),
            slug=slug,
            path=parent.path + f"{number + 1:04d}",
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            live=True,
            content_type=self.content_type(*model.lower().split(".")),
            locale=self.english,
            translation_key=uuid.uuid4(),
            **fields,
        )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
        return page

    def translation_source(self, term):
        content_type = self.content_type("resources", "topic")
        translatable = self.model("wagtail_localize", "TranslatableObject").objects.create(
            translation_key=term.translation_key, content_type=content_type
        )
        return self.model("wagtail_localize", "TranslationSource").objects.create(
            object=translatable,
            specific_content_type=content_type,
            locale=term.locale,
            object_repr=term.name,
            content_json=json.dumps({"pk": term.pk, "name": term.name, "slug": term.slug}),
            last_updated_at=timezone.now(),
        )


@pytest.fixture(scope="module")
def migrated_site(tmp_path_factory, django_db_blocker):
    """A database at the state before the move, filled, then migrated as a deployment does."""
    folder = tmp_path_factory.mktemp("vocabulary-migration")
    with django_db_blocker.unblock(), scratch_database(folder, "vocabulary") as connection:
        old = OldSite(migrate_to_before_the_move(connection))
        reprisals = old.term("Topic", ["Reprisals", "Représailles"], slug="reprisals")
        mali = old.term("Country", ["Mali", "Mali"], slug="mali", region="africa")
        home = old.model("wagtailcore", "Page").objects.get(depth=2)
        library = old.child_page(home, "resources.ResourceIndexPage", "resources")
        resource = old.child_page(
            library,
            "resources.ResourcePage",
            "reprisals-handbook",
            summary="How to report reprisals.",
            publication_date="2024-05-01",
            resource_type="handbook",
        )
        old.model("resources", "ResourcePageTopic").objects.create(
            page=resource, topic=reprisals[0]
        )
        old.model("resources", "ResourcePageCountry").objects.create(page=resource, country=mali[0])
        source = old.translation_source(reprisals[0])
        editors = old.model("auth", "Group").objects.create(name="Vocabulary editors")
        editors.permissions.add(
            old.model("auth", "Permission").objects.get(
                content_type=old.content_type("resources", "topic"), codename="change_topic"
            )
        )
        before = {
            "topic_type": old.content_type("resources", "topic").pk,
            "country_type": old.content_type("resources", "country").pk,
            "topics": [t.pk for t in reprisals],
            "countries": [c.pk for c in mali],
            "resource": resource.pk,
            "source": source.pk,
        }

        call_command("migrate", verbosity=0)
        ContentType.objects.clear_cache()
        yield before
    ContentType.objects.clear_cache()


def test_every_topic_and_country_keeps_its_row_and_translation(migrated_site):
    english, french = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")
    topics = Topic.objects.filter(pk__in=migrated_site["topics"])
    assert sorted(topics.values_list("pk", flat=True)) == sorted(migrated_site["topics"])
    english_topic = topics.get(locale=english)
    french_topic = english_topic.get_translation(french)
    assert (french_topic.pk, french_topic.name) == (migrated_site["topics"][1], "Représailles")
    assert french_topic.get_translation(english) == english_topic

    english_country = Country.objects.get(pk=migrated_site["countries"][0])
    assert english_country.get_translation(french).name == "Mali"
    # Named like a country of the programmes' list: both translations got its code.
    assert set(Country.objects.values_list("code", flat=True)) == {"ML"}


def test_resources_still_list_their_topics_and_countries(migrated_site):
    resource = ResourcePage.objects.get(pk=migrated_site["resource"])
    assert [link.topic.slug for link in resource.topics.all()] == ["reprisals"]
    assert [link.country.slug for link in resource.countries.all()] == ["mali"]


def test_the_library_still_filters_by_topic_in_both_languages(migrated_site):
    for language in ("en", "fr"):
        locale = Locale.objects.get(language_code=language)
        found = LibraryQuery(QueryDict("topic=reprisals"), locale=locale).results()
        assert [page.pk for page in found] == [migrated_site["resource"]], language
        facet = LibraryQuery(QueryDict(""), locale=locale).counts()["topic"]
        assert facet == {"reprisals": 1}, language


def test_content_types_permissions_and_translation_sources_follow_the_models(migrated_site):
    # The content types moved, keeping their ids: nothing that names them had to change.
    assert ContentType.objects.get_for_model(Topic).pk == migrated_site["topic_type"]
    assert ContentType.objects.get_for_model(Country).pk == migrated_site["country_type"]
    assert not ContentType.objects.filter(app_label="resources", model__in=["topic", "country"])

    source = TranslationSource.objects.get(pk=migrated_site["source"])
    assert source.get_source_instance() == Topic.objects.get(pk=migrated_site["topics"][0])
    french = Locale.objects.get(language_code="fr")
    assert source.get_translated_instance(french).name == "Représailles"

    editor = get_user_model().objects.create_user("vocabulary-editor")
    editor.groups.add(Group.objects.get(name="Vocabulary editors"))
    assert editor.has_perm("home.change_topic")
