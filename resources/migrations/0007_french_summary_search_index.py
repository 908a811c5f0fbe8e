"""An index of resource summaries stemmed with French rules, for French site and library
search on PostgreSQL (see home/page_search.py, which matches summaries with exactly this
expression): PostgreSQL reads the index instead of stemming every French summary on each
search. Other databases have no such search, and get nothing."""

from django.db import migrations

INDEX = "resources_summary_french_search"
EXPRESSION = "to_tsvector('french'::regconfig, COALESCE(summary, ''))"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON resources_resourcepage USING GIN ({EXPRESSION})"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("resources", "0006_shared_vocabulary_from_home")]

    operations = [migrations.RunPython(create_index, drop_index)]
