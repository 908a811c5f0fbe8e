"""What a page shows besides its own fields (inline items, related pages, terms), remembered
per page, language and generation.

Previews build it afresh: they show the unsaved inline items of the revision being edited.
"""

from django.utils import translation

from wagtail.models import Site

from .memo import CopyingMemo

# Pickled pages and items: a bound that keeps a worker's memory to some tens of megabytes.
_page_data = CopyingMemo(max_entries=2_000)


def is_preview(request):
    # Page.serve() resets is_preview (routable pages call it in previews); preview_mode stays.
    return getattr(request, "is_preview", False) or hasattr(request, "preview_mode")


def remembered_for_page(request, page, name, build):
    """`build()` for `page`, as a fresh copy each time (it may hold model instances)."""
    if page.pk is None or is_preview(request):
        return build()
    site = Site.find_for_request(request)
    key = (page.pk, name, translation.get_language(), getattr(site, "pk", None))
    return _page_data.get(key, build)
