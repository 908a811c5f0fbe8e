"""The footer joins the "Review and publish" workflow; only Moderators publish it and act on
documents in private collections (see `home.editorial.roles`)."""

from django.db import migrations

from home.editorial.roles import ensure_editorial_roles


def update_roles(apps, schema_editor):
    ensure_editorial_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_footer_under_review"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
