"""Topics and countries become the site's shared vocabulary, owned by `home` (step 3 of 3).

The resource pages' links now name `home`'s models; their foreign keys already point at the
renamed tables, so nothing changes in the database, and `resources` forgets its own models.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_shared_vocabulary"),
        ("resources", "0005_shared_vocabulary_tables"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="resourcepagetopic",
                    name="topic",
                    field=models.ForeignKey(
                        help_text="A subject the resource covers.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="home.topic",
                        verbose_name="topic",
                    ),
                ),
                migrations.AlterField(
                    model_name="resourcepagecountry",
                    name="country",
                    field=models.ForeignKey(
                        help_text="A country the resource is about.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="home.country",
                        verbose_name="country",
                    ),
                ),
                migrations.DeleteModel(name="Topic"),
                migrations.DeleteModel(name="Country"),
            ],
        ),
    ]
