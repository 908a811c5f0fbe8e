"""Topics and countries become the site's shared vocabulary, owned by `home` (step 2 of 3).

The tables already carry `home`'s names (`resources` 0005 renamed them and runs first), so only
Django's idea of the models moves here. Their content types move with them, keeping their ids:
everything that names a model through its content type (wagtail-localize's translation sources
and translatable objects, revisions, log entries, the reference index, search entries and the
permissions groups hold) then points at `home`'s models without a row of its own being changed.
On a new database there is no content type yet; Django creates `home`'s after migrating.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MOVED_MODELS = ["topic", "country"]


def move_content_types(from_app, to_app):
    def move(apps, schema_editor):
        from django.contrib.contenttypes.models import ContentType as LiveContentType

        database = schema_editor.connection.alias
        types = apps.get_model("contenttypes", "ContentType").objects.using(database)
        for model in MOVED_MODELS:
            moving = types.filter(app_label=from_app, model=model).first()
            if moving is None:
                continue
            waiting = types.filter(app_label=to_app, model=model).first()
            if waiting is not None:
                make_way(apps, database, moving, waiting)
            moving.app_label = to_app
            moving.save(update_fields=["app_label"])
        LiveContentType.objects.clear_cache()

    return move


def make_way(apps, database, moving, waiting):
    """Remove the content type already made for the new place, if nothing depends on it.

    Any `migrate` run with this code before this migration creates one: Wagtail's post-migrate
    step makes a content type for every registered snippet model, `home.Topic` included, while
    its table still belongs to `resources`. Its permissions duplicate the moving type's ones."""
    Permission = apps.get_model("auth", "Permission").objects.using(database)
    codenames = Permission.filter(content_type=moving).values_list("codename", flat=True)
    Permission.filter(content_type=waiting, codename__in=list(codenames)).delete()
    Permission.filter(content_type=waiting).update(content_type=moving)
    users = list(references(apps, database, waiting))
    if users:
        # Joining two content types would mean choosing whose logs or translations win; stop
        # and let someone decide rather than guess.
        raise RuntimeError(
            f"Both {moving.app_label}.{moving.model} and {waiting.app_label}.{waiting.model} "
            f"have a content type, and {', '.join(users)} use the second one."
        )
    waiting.delete()


def references(apps, database, content_type):
    """Labels of the models with rows naming `content_type`."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            points_at_types = (
                field.many_to_one
                and field.concrete
                and field.related_model._meta.label_lower == "contenttypes.contenttype"
            )
            if (
                points_at_types
                and model._default_manager.using(database)
                .filter(**{field.name: content_type})
                .exists()
            ):
                yield model._meta.label


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_footer_review_and_private_documents"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        (
                            "name",
                            models.CharField(
                                help_text="The topic as visitors read it, e.g. 'Reprisals'.",
                                max_length=100,
                                verbose_name="name",
                            ),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Used in filter links; the same in every language. "
                                "Letters, digits, hyphens.",
                                max_length=100,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "ordering": ["name"],
                        "abstract": False,
                        "unique_together": {("translation_key", "locale")},
                    },
                ),
                migrations.CreateModel(
                    name="Country",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        (
                            "name",
                            models.CharField(
                                help_text="The country's common name.",
                                max_length=100,
                                verbose_name="name",
                            ),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Used in filter links; the same in every language, "
                                "e.g. 'cote-divoire'.",
                                max_length=100,
                                verbose_name="slug",
                            ),
                        ),
                        (
                            "region",
                            models.CharField(
                                choices=[
                                    ("africa", "Africa"),
                                    ("americas", "Americas"),
                                    ("asia-pacific", "Asia and the Pacific"),
                                    ("europe-central-asia", "Europe and Central Asia"),
                                    ("mena", "Middle East and North Africa"),
                                    ("global", "Global"),
                                ],
                                help_text="Resources about this country are also found under "
                                "this region.",
                                max_length=30,
                                verbose_name="region",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "country",
                        "verbose_name_plural": "countries",
                        "ordering": ["name"],
                        "abstract": False,
                        "unique_together": {("translation_key", "locale")},
                    },
                ),
            ],
        ),
        migrations.RunPython(
            move_content_types("resources", "home"), move_content_types("home", "resources")
        ),
    ]
