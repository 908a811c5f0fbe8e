"""Countries by ISO 3166-1 alpha-2 code: their names (translated) and a point on the map.

This is the one list of country codes on the site. The programme pages (HRCnet members, the
Model Law tracker) store a code from it and take the name and map point from here; a `Country`
of the shared vocabulary (`home.models.Country`) carries the same code, so a programme's country
and a resource's country can be matched by code. The points are approximate centres (latitude,
longitude) for a schematic map drawn by the site itself; they are not borders. Add a country here
to make it available to editors (then `makemigrations`: the fields list it as a choice).
"""

from django.utils.translation import gettext_lazy as _

COUNTRIES = {
    "AR": (_("Argentina"), -34.0, -64.0),
    "AU": (_("Australia"), -25.0, 134.0),
    "BD": (_("Bangladesh"), 23.7, 90.4),
    "BF": (_("Burkina Faso"), 12.3, -1.6),
    "BI": (_("Burundi"), -3.4, 29.9),
    "BJ": (_("Benin"), 9.3, 2.3),
    "BR": (_("Brazil"), -10.0, -52.0),
    "CA": (_("Canada"), 56.0, -106.0),
    "CD": (_("Democratic Republic of the Congo"), -2.9, 23.6),
    "CH": (_("Switzerland"), 46.8, 8.2),
    "CI": (_("Côte d’Ivoire"), 7.5, -5.5),
    "CL": (_("Chile"), -33.5, -70.7),
    "CM": (_("Cameroon"), 5.7, 12.7),
    "CN": (_("China"), 35.0, 103.0),
    "CO": (_("Colombia"), 4.6, -74.1),
    "EG": (_("Egypt"), 26.8, 30.8),
    "FR": (_("France"), 46.6, 2.4),
    "GB": (_("United Kingdom"), 54.0, -2.0),
    "GH": (_("Ghana"), 7.9, -1.0),
    "GM": (_("The Gambia"), 13.4, -15.3),
    "GT": (_("Guatemala"), 15.5, -90.2),
    "HK": (_("Hong Kong"), 22.3, 114.2),
    "HN": (_("Honduras"), 14.8, -86.6),
    "ID": (_("Indonesia"), -2.5, 118.0),
    "IN": (_("India"), 21.0, 78.0),
    "KE": (_("Kenya"), 0.2, 37.9),
    "LK": (_("Sri Lanka"), 7.9, 80.8),
    "ML": (_("Mali"), 17.6, -4.0),
    "MN": (_("Mongolia"), 46.9, 103.8),
    "MX": (_("Mexico"), 23.6, -102.5),
    "NE": (_("Niger"), 17.6, 8.1),
    "NG": (_("Nigeria"), 9.1, 8.7),
    "NP": (_("Nepal"), 28.4, 84.1),
    "PE": (_("Peru"), -9.2, -75.0),
    "PH": (_("Philippines"), 12.9, 121.8),
    "RW": (_("Rwanda"), -1.9, 29.9),
    "SL": (_("Sierra Leone"), 8.5, -11.8),
    "SN": (_("Senegal"), 14.5, -14.5),
    "TG": (_("Togo"), 8.6, 0.8),
    "TH": (_("Thailand"), 15.9, 100.9),
    "TN": (_("Tunisia"), 34.0, 9.5),
    "UG": (_("Uganda"), 1.4, 32.3),
    "US": (_("United States"), 39.8, -98.6),
    "ZA": (_("South Africa"), -30.6, 22.9),
    "ZW": (_("Zimbabwe"), -19.0, 29.2),
}

COUNTRY_CHOICES = [(code, name) for code, (name, _lat, _lon) in COUNTRIES.items()]


def country_name(code):
    entry = COUNTRIES.get(code)
    return entry[0] if entry else code


def country_position(code):
    """(latitude, longitude) of the country's marker, or None for an unknown code."""
    entry = COUNTRIES.get(code)
    return (entry[1], entry[2]) if entry else None
