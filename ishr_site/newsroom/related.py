"""What an update page links to: its index, its terms in the visitor's language, and related
updates (hand-picked first, then found through shared topics and countries), resources and
programmes — each only when live and open to anyone, in the visitor's language where it has
been translated."""

from django.db.models import Count, Q

from wagtail.models import Locale, Page

from home.models import Country, Region, Topic
from home.restrictions import visible_to_public

AUTOMATIC_RELATED = 3


def _localized_terms(model, slugs, active, default):
    terms = {}
    for term in model.objects.filter(slug__in=slugs, locale__in=[active, default]):
        if term.slug not in terms or term.locale_id == active.pk:
            terms[term.slug] = term
    return [terms[slug] for slug in slugs if slug in terms]


def classification_of(update):
    """Topics, regions and countries of an update, named in the visitor's language (the
    through-rows of a translation may still point at the source language's term)."""
    topic_slugs = list(
        dict.fromkeys(update.topics.order_by("sort_order").values_list("topic__slug", flat=True))
    )
    country_slugs = list(
        dict.fromkeys(
            update.countries.order_by("sort_order").values_list("country__slug", flat=True)
        )
    )
    region_values = list(dict.fromkeys(update.regions.values_list("region", flat=True)))
    locales = Locale.get_active(), Locale.get_default()
    return {
        "topics": _localized_terms(Topic, topic_slugs, *locales),
        "countries": _localized_terms(Country, country_slugs, *locales),
        "regions": [(value, Region(value).label) for value in region_values if value in Region],
        "topic_slugs": topic_slugs,
        "country_slugs": country_slugs,
    }


def _live_localized(pages):
    """Each chosen page in the visitor's language where it is live, else as chosen; only
    those anyone may open."""
    chosen = [page.localized for page in pages if page.live]
    public = set(
        visible_to_public(Page.objects.filter(pk__in=[p.pk for p in chosen])).values_list(
            "pk", flat=True
        )
    )
    return [page for page in chosen if page.pk in public and page.live]


def automatic_related(update, topic_slugs, country_slugs, leave_out, limit=AUTOMATIC_RELATED):
    """The newest updates sharing most topics and countries with `update`, in the visitor's
    language (each once), leaving out the update itself and those already chosen."""
    from ishr_site.newsroom.listing import visible_updates

    if not topic_slugs and not country_slugs:
        return []
    sharing = Q(topics__topic__slug__in=topic_slugs) | Q(countries__country__slug__in=country_slugs)
    same_content = Page.objects.filter(translation_key=update.translation_key).values("pk")
    candidates = (
        visible_updates()
        .exclude(pk__in=same_content)
        .exclude(translation_key__in=[page.translation_key for page in leave_out])
        .filter(sharing)
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-date", "-pk")
    )
    return list(candidates[:limit])


def links_of(update):
    from ishr_site.newsroom.models import UpdateKind

    classification = classification_of(update)
    chosen = _live_localized(
        [item.update for item in update.related_updates.select_related("update")]
    )
    chosen = [page.specific for page in chosen]
    automatic = automatic_related(
        update, classification["topic_slugs"], classification["country_slugs"], chosen
    )
    active = Locale.get_active()
    kind = UpdateKind.objects.filter(slug=update.kind.slug, locale=active).first() or update.kind
    return {
        "index": update.get_parent().specific.localized,
        "kind_name": kind.name,
        "classification": classification,
        "related_updates": chosen + automatic,
        "related_resources": _live_localized(
            [item.resource for item in update.related_resources.select_related("resource")]
        ),
        "related_programmes": _live_localized(
            [item.programme for item in update.related_programmes.select_related("programme")]
        ),
    }
