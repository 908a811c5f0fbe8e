"""PostgreSQL full-text columns and indexes on extracted page text (other databases: nothing).

Wagtail's PostgreSQL search matches `title || body` of its index entries, an expression no
index covers, so at tens of thousands of pages every search reads them all. Here each page's
text is also kept as a stored, generated `tsvector` (computed by PostgreSQL on insert, unknown
to Django's model) with a GIN index: 'simple' for every file (any script, like the shared
index) and 'french' for French files, for the French stemming the site already applies to
titles and summaries. Stored rather than an expression index: for a word on most pages the
planner reads the table instead of the index, and then re-computing `to_tsvector` on every
row cost seconds at 50,000 pages.
"""

from django.db import migrations

TABLE = "resources_documenttextpage"
COLUMNS = {
    "text_simple": "to_tsvector('simple'::regconfig, text)",
    "text_french": "CASE WHEN language = 'fr' THEN to_tsvector('french'::regconfig, text) END",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column, expression in COLUMNS.items():
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {column} tsvector "
            f"GENERATED ALWAYS AS ({expression}) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS resources_pagetext_{column}_gin "
            f"ON {TABLE} USING gin ({column})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS resources_pagetext_{column}_gin")
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {column}")
    # Expression indexes of an earlier version of this migration.
    for name in ("resources_pagetext_simple_gin", "resources_pagetext_french_gin"):
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_document_text")]

    operations = [migrations.RunPython(create, drop)]
