"""PostgreSQL full-text indexes on extracted page text (other databases: nothing to do).

Wagtail's PostgreSQL search matches `title || body` of its index entries, an expression no
index covers, so at tens of thousands of pages every search reads them all. These expression
indexes let `resources.document_search` match page text directly: a language-neutral one
('simple', any script, like the shared index) and a French one limited to French files, for
the French stemming the site already uses on titles and summaries.
"""

from django.db import migrations

TABLE = "resources_documenttextpage"
INDEXES = {
    "resources_pagetext_simple_gin": f"ON {TABLE} USING gin (to_tsvector('simple'::regconfig, text))",
    "resources_pagetext_french_gin": (
        f"ON {TABLE} USING gin (to_tsvector('french'::regconfig, text)) WHERE language = 'fr'"
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_document_text")]

    operations = [migrations.RunPython(create, drop)]
