"""Finding pages by the words of a query: the matching every search of the site shares (site
search, the resource library's search), on Wagtail's database search backend.

Queries are never stored: nothing here logs them or records hits.
"""

import re

from django.db import connection
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import get_language

from wagtail.models import Locale, Page, get_page_models

from home.array_match import pk_in_once
from home.language_fallback import visible_in_language
from home.restrictions import visible_to_public

MAX_QUERY_LENGTH = 200  # longer input is cut, never rejected: a pasted paragraph still works
MAX_QUERY_WORDS = 12  # every word is one more condition on every index; the rest is dropped
RESULTS_PER_PAGE = 20
# Search engines' operators and markup mean nothing here; keep words (any script) and digits.
NOT_A_WORD = re.compile(r"[^\w\s'’-]+", re.UNICODE)
# Languages whose stemming PostgreSQL knows, for French words to match their inflected forms.
POSTGRES_STEMMING = {"fr": "french"}


def normalise_query(raw):
    """The words of a visitor's query: symbols, operators and markup become spaces."""
    text = NOT_A_WORD.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4])
    text = " ".join(text.replace("_", " ").split()[:MAX_QUERY_WORDS])
    return text[:MAX_QUERY_LENGTH].strip(" '’-")


def matching_page_ids(model, query):
    """A subquery of the ids of `model` pages matching `query`, for `pk__in` filters on a
    queryset that keeps only live, visible pages (site search's and the library's both do).

    Searching the base `Page` model is split into one search per concrete page type: on
    PostgreSQL Wagtail's search over `Page` itself joins the index on every page type at once
    and took seconds at 10,000 pages, where each type's own search takes milliseconds.
    On PostgreSQL a French visitor's query is also matched with French stemming on titles and
    summaries, so "défenseures" finds "défenseur" (the shared index is language-neutral).
    """
    models = _page_types() if model is Page else [model]
    language = (get_language() or "").split("-")[0]
    config = POSTGRES_STEMMING.get(language)
    locale_id = None
    if config and connection.vendor == "postgresql":
        # None when the site has no pages in that language (no locale): nothing to stem.
        locale_id = (
            Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        )
    stemming = locale_id is not None
    subqueries = []
    if stemming:
        # Every page type's titles in one subquery: one per type cost more to build in Python
        # than to run (French search cost 1.6 times English).
        subqueries.append(_stemmed_ids(model, "title", query, config, locale_id))
    for page_type in models:
        results = page_type.objects.all().search(query, operator="and", order_by_relevance=False)
        subqueries.append(results.get_queryset().order_by().values("pk"))
        if stemming and hasattr(page_type, "summary"):
            subqueries.append(_stemmed_ids(page_type, "summary", query, config, locale_id))
        # Text that lives outside the page's own fields, e.g. inside a resource's PDF files.
        extra_matches = getattr(page_type, "search_matches_outside_fields", None)
        if extra_matches is not None:
            subqueries.append(extra_matches(query))
    # One UNION ALL: OR-ed `IN` conditions made PostgreSQL scan the index once per page.
    return subqueries[0].union(*subqueries[1:], all=True)


def _page_types():
    return [
        page_type
        for page_type in get_page_models()
        if page_type is not Page and not page_type._meta.abstract
    ]


def _stemmed_ids(model, field, query, config, locale_id):
    """Pages of `model` whose `field`, stemmed, holds every word of `query`. Titles and
    summaries are matched each on its own, so that PostgreSQL reads the index of each (made
    with this very expression: home and resources migrations) instead of stemming every
    French page on each search; a query whose words are split between a title and a summary
    is still found, unstemmed, by the search above."""
    from django.contrib.postgres.search import SearchQuery, SearchVector

    # Only pages written in that language: stemming English text with French rules helps no
    # one. The locale by its id, not by a join: PostgreSQL then leaves out the other
    # languages' pages while reading them.
    return (
        model.objects.live()
        .filter(locale_id=locale_id)
        .annotate(stemmed=SearchVector(field, config=config))
        .filter(stemmed=SearchQuery(query, config=config, search_type="plain"))
        .order_by()
        .values("pk")
    )


def search_pages(query):
    """Pages matching `query` for the active language, title matches first, then newest."""
    pages = visible_in_language(visible_to_public(Page.objects.live().filter(depth__gt=1)))
    pages = pages.filter(pk_in_once(matching_page_ids(Page, query)))
    title_match = Case(
        When(title__icontains=query, then=Value(1)), default=Value(0), output_field=IntegerField()
    )
    return pages.annotate(title_match=title_match).order_by(
        "-title_match", "-first_published_at", "pk"
    )
