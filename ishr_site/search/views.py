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


def attach_search_matches(results, query):
    """Let each page type say where its pages matched beyond their own fields (a resource:
    which of its files, on which page), through its `attach_search_matches` class method."""
    by_type = {}
    for result in results:
        by_type.setdefault(type(result), []).append(result)
    for page_type, pages in by_type.items():
        attach = getattr(page_type, "attach_search_matches", None)
        if attach is not None:
            attach(pages, query)


@require_safe
def search(request):
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
        attach_search_matches(results, query)
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
