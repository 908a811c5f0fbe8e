"""An index of page titles stemmed with French rules, for French site and library search on
PostgreSQL (see home/page_search.py): the condition there uses exactly this expression, so
PostgreSQL reads the index instead of stemming every French title on each search. Other
databases have no such search, and get nothing."""

from django.db import migrations

INDEX = "home_page_title_french_search"
EXPRESSION = "to_tsvector('french'::regconfig, COALESCE(title, ''))"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page USING GIN ({EXPRESSION})"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_country_codes_from_names"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
