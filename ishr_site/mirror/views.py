"""The copy's own search page, in place of the live site search (which needs the server).

A script searches the titles and summaries of the copy's pages (see `search_index`); without
JavaScript the page points to the lists the copy keeps a page of (the resource library's).
"""

from django.shortcuts import render
from django.utils.translation import get_language

from wagtail.models import Locale

from home.restrictions import visible_to_public

from .search_index import index_path
from .sources import listing_page_types


def copy_search(request, *args, **kwargs):
    return render(
        request,
        "mirror/search.html",
        {
            "listing": first_listing(Locale.get_active()),
            "search_index_url": index_path(get_language()),
        },
    )


def first_listing(locale):
    """The first live public listing page in `locale` (the resource library), or None."""
    for model in listing_page_types():
        page = visible_to_public(model.objects.live().filter(locale=locale)).first()
        if page is not None:
            return page
    return None
