"""The national implementation tracker: statuses, table sorting and the site's own map.

The map is a schematic SVG computed here (no tiles, no scripts): one marker per country at an
approximate centre, whose shape and text label carry the status so that colour is never the
only cue. The sortable table is the accessible equivalent and sorts with plain links.
"""

import unicodedata

from django.utils.translation import gettext_lazy as _

from home.vocabulary.places import country_name, country_position
from programmes.world_outline import LANDMASSES

LAW_ADOPTED = "law_adopted"
DECREE = "decree"
MECHANISM = "mechanism"
DRAFT = "draft"
NOT_APPLIED = "not_applied"

STATUS_CHOICES = [
    (LAW_ADOPTED, _("Law adopted")),
    (DECREE, _("Implementing decree")),
    (MECHANISM, _("Protection mechanism")),
    (DRAFT, _("Draft law")),
    (NOT_APPLIED, _("Reported not applied")),
]
STATUS_ORDER = {code: index for index, (code, _label) in enumerate(STATUS_CHOICES)}
# Each status has its own shape as well as its own colour (see the legend in the template).
STATUS_SHAPES = {
    LAW_ADOPTED: "circle",
    DECREE: "square",
    MECHANISM: "triangle",
    DRAFT: "ring",
    NOT_APPLIED: "cross",
}

# Colours drawn into the SVG itself, so the map stays legible even if the stylesheet is not
# loaded; each is at least 3:1 against the map's background.
STATUS_COLOURS = {
    LAW_ADOPTED: "#0b3d6b",
    DECREE: "#1f6f43",
    MECHANISM: "#6a3d9a",
    DRAFT: "#7a5c00",
    NOT_APPLIED: "#b3261e",
}

SORT_KEYS = {
    "country": lambda entry: (_collation_key(str(entry.country_name)), entry.year),
    "status": lambda entry: (STATUS_ORDER.get(entry.status, 99), entry.year),
    "year": lambda entry: (entry.year, _collation_key(str(entry.country_name))),
}
DEFAULT_SORT = "country"


def _collation_key(text):
    """Sort 'Côte d’Ivoire' among the Cs in any language, without a locale library."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def applied_sort(sort):
    """The sort a request asks for, as applied: a column name, optionally prefixed with '-'
    for descending; anything else falls back to the default."""
    column = sort.removeprefix("-")
    if column not in SORT_KEYS:
        return DEFAULT_SORT
    return sort


def sorted_entries(entries, sort):
    """(the sort actually applied, the entries in that order); see `applied_sort`."""
    sort = applied_sort(sort)
    column = sort.removeprefix("-")
    ordered = sorted(entries, key=SORT_KEYS[column], reverse=sort.startswith("-"))
    return sort, ordered


# The map works in tenths of a degree: x = longitude, y = -latitude (north up).
SCALE = 10
PADDING_DEGREES = 12
MIN_WIDTH_DEGREES = 80
MIN_HEIGHT_DEGREES = 40


def tracker_map(entries):
    """Geometry for the SVG map: a viewBox fitted to the countries, graticule lines and one
    marker per country showing its most recent step."""
    latest = {}
    for entry in entries:
        if country_position(entry.country) is None:
            continue
        current = latest.get(entry.country)
        rank = (entry.year, STATUS_ORDER.get(entry.status, 0))
        if current is None or rank > (current.year, STATUS_ORDER.get(current.status, 0)):
            latest[entry.country] = entry
    if not latest:
        return None
    markers = []
    for code, entry in sorted(latest.items()):
        lat, lon = country_position(code)
        markers.append(
            {
                "code": code,
                "name": country_name(code),
                "status": entry.status,
                "status_label": dict(STATUS_CHOICES).get(entry.status, entry.status),
                "shape": STATUS_SHAPES.get(entry.status, "circle"),
                "colour": STATUS_COLOURS.get(entry.status, "#1a1a1a"),
                "year": entry.year,
                "x": round(lon * SCALE),
                "y": round(-lat * SCALE),
            }
        )
    lons = [m["x"] / SCALE for m in markers]
    lats = [-m["y"] / SCALE for m in markers]
    west, east = _span(min(lons), max(lons), MIN_WIDTH_DEGREES, -180, 180)
    south, north = _span(min(lats), max(lats), MIN_HEIGHT_DEGREES, -90, 90)
    width = (east - west) * SCALE
    return {
        # Markers keep a readable size however wide the fitted map is.
        "marker_scale": round(max(1.0, width / 1200), 2),
        "land": [
            " ".join(f"{lon * SCALE},{-lat * SCALE}" for lon, lat in outline)
            for outline in LANDMASSES
        ],
        "view_box": f"{west * SCALE} {-north * SCALE} {(east - west) * SCALE} "
        f"{(north - south) * SCALE}",
        "west": west * SCALE,
        "east": east * SCALE,
        "north": -north * SCALE,
        "south": -south * SCALE,
        "meridians": [lon * SCALE for lon in range(-180, 181, 15) if west < lon < east],
        "parallels": [-lat * SCALE for lat in range(-90, 91, 15) if south < lat < north],
        "equator": 0 if south < 0 < north else None,
        "markers": markers,
    }


def _span(low, high, minimum, floor, ceiling):
    """A padded range around [low, high], at least `minimum` wide, inside [floor, ceiling]."""
    low, high = low - PADDING_DEGREES, high + PADDING_DEGREES
    if high - low < minimum:
        middle = (low + high) / 2
        low, high = middle - minimum / 2, middle + minimum / 2
    low, high = max(floor, low), min(ceiling, high)
    return int(low), int(high) + (0 if high == int(high) else 1)
