"""Countries of the shared vocabulary get their ISO code where their name is one the site's list
of countries knows (`home.vocabulary.places`), in English or in French.

Every translation of a country gets the same code (it is synchronised); a country whose name
matches nothing, or whose code another country of its language already has, is left without one
for an editor to choose.
"""

import unicodedata

from django.db import migrations
from django.utils import translation


def comparable(name):
    name = unicodedata.normalize("NFKC", str(name)).replace("’", "'").casefold().strip()
    return name.removeprefix("the ")


def codes_by_name():
    from home.vocabulary.places import COUNTRIES

    codes = {}
    for language in ("en", "fr"):
        with translation.override(language):
            for code, (name, _lat, _lon) in COUNTRIES.items():
                codes.setdefault(comparable(name), code)
    return codes


def fill_codes(apps, schema_editor):
    Country = apps.get_model("home", "Country")
    countries = Country.objects.using(schema_editor.connection.alias)
    codes = codes_by_name()
    translations = {}
    for country in countries.all():
        translations.setdefault(country.translation_key, []).append(country)
    taken = set(countries.exclude(code="").values_list("code", "locale_id"))
    for group in translations.values():
        if any(country.code for country in group):
            continue
        found = {codes.get(comparable(country.name)) for country in group} - {None}
        if len(found) != 1:
            continue
        code = found.pop()
        if any((code, country.locale_id) in taken for country in group):
            continue
        for country in group:
            country.code = code
            country.save(update_fields=["code"])
            taken.add((code, country.locale_id))


class Migration(migrations.Migration):
    dependencies = [("home", "0011_country_code")]

    operations = [migrations.RunPython(fill_codes, migrations.RunPython.noop)]
