"""An Atom feed of the newest resources, one per language (with the same fallback as the list)."""

from datetime import datetime, time

from django.http import HttpResponse
from django.utils import feedgenerator
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext as _

from resources.library import visible_resources

FEED_SIZE = 30


def atom_feed(request, library_page):
    language = library_page.locale.language_code
    feed = feedgenerator.Atom1Feed(
        title=_("ISHR resources"),
        link=library_page.get_full_url(request),
        description=_("The newest guides, studies and reports from ISHR."),
        language=language,
        feed_url=request.build_absolute_uri(),
        feed_guid=library_page.get_full_url(request) + "feed/",
    )
    resources = (
        visible_resources(library_page.locale)
        .select_related("locale")
        .order_by("-publication_date", "-pk")[:FEED_SIZE]
    )
    zone = get_current_timezone()
    for resource in resources:
        url = resource.get_full_url(request)
        feed.add_item(
            title=resource.title,
            link=url,
            description=resource.summary,
            unique_id=url,
            pubdate=datetime.combine(resource.publication_date, time(12), tzinfo=zone),
            updateddate=resource.last_published_at,
            categories=[resource.resource_type_label],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
