"""What every filtered listing shares (the library, latest updates): its filters' options and
facets, the cleaning of repeated GET parameters, and the vocabulary's names in the visitor's
language. A listing's own queries stay with its content app."""

from dataclasses import dataclass, field

from ishr_site.caching.fragments import cached_fragment

MAX_VALUES_PER_FILTER = 20  # more is not a real visitor's choice; the rest is ignored
YEAR_RANGE = range(1984, 2101)  # ISHR's work, and what it publishes, starts in 1984


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    lang: str = ""
    direction: str = ""


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    widget: str = "checkbox"  # or "select" for long lists

    @property
    def selected_values(self):
        return [o.value for o in self.options if o.selected]


def clean_values(params, name, allowed):
    """The distinct known values of a repeated GET parameter, in the order given."""
    values = []
    for raw in params.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = raw.strip()
        if value in allowed and value not in values:
            values.append(value)
    return values


def clean_years(params):
    return [int(y) for y in clean_values(params, "year", {str(y) for y in YEAR_RANGE})]


def term_names(model, locale, default):
    """{slug: name} of a vocabulary (topics, countries, kinds…), in `locale` where translated,
    else in the default language; read once per site generation and language (a few hundred
    countries on every request cost more than a listing's own results)."""

    def read():
        names = {}
        for term in model.objects.filter(locale__in=[locale, default]):
            if term.slug not in names or term.locale_id == locale.pk:
                names[term.slug] = term.name
        return names

    return cached_fragment(f"term-names:{model._meta.label}:{locale.language_code}", None, read)
