"""Site search: every live page of the visitor's language (or its original where untranslated),
found with Wagtail's database search backend.

Queries are never stored: nothing here logs them or records hits, and results are `noindex`.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from home.page_search import RESULTS_PER_PAGE, normalise_query, search_pages
from ishr_site.caching.variants import uses_query_parameters
from ishr_site.mirror.search_index import index_path
from ishr_site.mirror.state import is_exporting


def _attach_document_matches(results, query):
    """Say where in its files each resource matched (the resource library's own concern)."""
    from resources.document_matches import attach_document_matches
    from resources.models import ResourcePage

    attach_document_matches([r for r in results if isinstance(r, ResourcePage)], query)


@require_safe
def search(request):
    if is_exporting():
        return mirror_search(request)
    raw_query = request.GET.get("q", "")
    query = normalise_query(raw_query)
    page_obj = None
    results = []
    uses_query_parameters(request, q=query)  # the page cache keeps only understood queries
    if query:
        # The matching pages' ids in order, in one query: counting them and reading one page
        # of them as two queries matched every page twice (and built the SQL twice).
        ordered_ids = list(search_pages(query).values_list("pk", flat=True))
        page_obj = Paginator(ordered_ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        # One query per page type on this page of results, not one per result.
        specific = Page.objects.filter(pk__in=page_obj.object_list).specific()
        by_id = {p.pk: p for p in specific}
        results = [by_id[pk] for pk in page_obj.object_list if pk in by_id]
        uses_query_parameters(request, page=page_obj.number)
        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        for result in results:
            result.language_code = language_codes[result.locale_id]
        _attach_document_matches(results, query)
    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "was_cleaned": bool(raw_query.strip()) and query != raw_query.strip(),
            "page_obj": page_obj,
            "results": results,
            "active_language": (get_language() or "en").split("-")[0],
        },
    )


def mirror_search(request):
    """A mirror's search page: a script searches the copy's own index (see `ishr_site.mirror`)."""
    from resources.models import ResourceIndexPage

    library = ResourceIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return render(
        request,
        "ishr_site/mirror_search.html",
        {
            "library_url": library.url if library else None,
            "search_index_url": index_path(get_language()),
        },
    )
