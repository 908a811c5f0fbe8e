"""A resource's topics, regions and countries, named in the visitor's language.

The through-rows are synchronised to translations as they are (they may point at the source
language's term), so terms are looked up by their shared slug in the active locale.
"""

from wagtail.models import Locale

from home.models import Country, Region, Topic


def _localized_terms(model, slugs, active, default):
    terms = {}
    for term in model.objects.filter(slug__in=slugs, locale__in=[active, default]):
        if term.slug not in terms or term.locale_id == active.pk:
            terms[term.slug] = term
    return [terms[slug] for slug in slugs if slug in terms]


def classification_of(resource):
    topic_slugs = list(
        dict.fromkeys(resource.topics.values_list("topic__slug", flat=True).order_by("sort_order"))
    )
    country_slugs = list(
        dict.fromkeys(
            resource.countries.values_list("country__slug", flat=True).order_by("sort_order")
        )
    )
    region_values = list(dict.fromkeys(resource.regions.values_list("region", flat=True)))
    locales = Locale.get_active(), Locale.get_default()
    return {
        "topics": _localized_terms(Topic, topic_slugs, *locales),
        "countries": _localized_terms(Country, country_slugs, *locales),
        "regions": [(value, Region(value).label) for value in region_values if value in Region],
    }
