"""Topics and countries become the site's shared vocabulary, owned by `home` (step 1 of 3).

Their tables are renamed to the names `home` gives them (`home_topic`, `home_country`), so the
database says who owns them; a rename keeps every row, id, index and foreign key as it is. The
next step (`home` 0010) takes the models over without touching the tables, and the last one
(`resources` 0006) points the resource pages' links at `home`'s models and forgets its own.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("resources", "0004_body_code_block")]

    # Declared here, not in `home`: the foundation's migration must not name a content app's
    # migration, but it needs these tables to exist under their new names when it runs.
    run_before = [("home", "0010_shared_vocabulary")]

    operations = [
        migrations.AlterModelTable(name="topic", table="home_topic"),
        migrations.AlterModelTable(name="country", table="home_country"),
    ]
