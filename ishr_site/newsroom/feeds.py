"""Atom feeds of the newest updates: one per language, and one per topic, region and country
(a visitor following "Reprisals" or "Burundi" gets only those), with the same language
fallback and restrictions as the index."""

from datetime import datetime, time

from django.db.models import Exists, OuterRef
from django.http import HttpResponse
from django.utils import feedgenerator
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext as _

from home.models import Country, Region, Topic

from .listing import in_regions, kind_names, visible_updates
from .models import UpdatePageCountry, UpdatePageTopic

FEED_SIZE = 30


def _term_name(facet, value, locale):
    if facet == "region":
        return str(Region(value).label)
    model = Topic if facet == "topic" else Country
    terms = {t.locale_id: t.name for t in model.objects.filter(slug=value)}
    return terms.get(locale.pk) or next(iter(terms.values()), value)


def _only_term(queryset, facet, value):
    if facet == "topic":
        rows = UpdatePageTopic.objects.filter(page=OuterRef("pk"), topic__slug=value)
        return queryset.filter(Exists(rows))
    if facet == "country":
        rows = UpdatePageCountry.objects.filter(page=OuterRef("pk"), country__slug=value)
        return queryset.filter(Exists(rows))
    return queryset.filter(in_regions([value]))


def atom_feed(request, index_page, facet=None, value=None):
    locale = index_page.locale
    index_url = index_page.get_full_url(request)
    if facet:
        name = _term_name(facet, value, locale)
        title = _("ISHR updates: %(term)s") % {"term": name}
        description = _("The newest updates from ISHR on %(term)s.") % {"term": name}
        feed_path = index_page.reverse_subpage("term_feed", args=(facet, value))
    else:
        title = _("ISHR latest updates")
        description = _("News, statements, joint letters and Council updates from ISHR.")
        feed_path = index_page.reverse_subpage("feed")
    feed = feedgenerator.Atom1Feed(
        title=title,
        link=index_url,
        description=description,
        language=locale.language_code,
        feed_url=request.build_absolute_uri(),
        feed_guid=index_url + feed_path,
    )
    updates = visible_updates(locale)
    if facet:
        updates = _only_term(updates, facet, value)
    updates = updates.select_related("locale", "kind").order_by("-date", "-pk")[:FEED_SIZE]
    kinds = kind_names(locale)
    zone = get_current_timezone()
    for update in updates:
        url = update.get_full_url(request)
        feed.add_item(
            title=update.title,
            link=url,
            description=update.summary,
            unique_id=url,
            pubdate=datetime.combine(update.date, time(12), tzinfo=zone),
            updateddate=update.last_published_at,
            categories=[kinds.get(update.kind.slug, update.kind.name)],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
