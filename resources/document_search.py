"""Which pages of extracted document text match a visitor's query.

PostgreSQL: the table's own GIN expression indexes (migration 0003) — every file with the
language-neutral 'simple' configuration, and French files also with French stemming when the
visitor reads the French site, as titles and summaries already are. Other databases (SQLite,
the embedded default): Wagtail's database search backend, whose FTS5 index holds each page.
Both match every word of the query on one page ("and"), like the rest of site search.
"""

from django.db import connection
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .models import DocumentText, DocumentTextPage, ResourcePage, files_anyone_can_open
from .postgres_queries import AnyOf, InArrayOf, OneColumnCondition, ids_through_bitmap_scans

# Kept in step with home.page_search.POSTGRES_STEMMING and the columns of migration 0003.
STEMMED_FILE_LANGUAGES = {"fr": "french"}
CONFIGS = {"simple", *STEMMED_FILE_LANGUAGES.values()}


class TextMatches(OneColumnCondition):
    """`text_<config> @@ plainto_tsquery(config, query)` on the stored tsvector columns that
    migration 0003 adds to the page-text table (PostgreSQL only; not fields of the model)."""

    def __init__(self, config, query, column="text"):
        if config not in CONFIGS:
            raise ValueError(f"No text column for configuration {config!r}")
        super().__init__(column)
        self.config, self.query = config, query

    def as_sql(self, compiler, connection):
        # The text column's table alias (it changes inside subqueries), the vector's name.
        table = compiler.quote_name_unless_alias(self.column.alias)
        vector = f"{table}.{connection.ops.quote_name('text_' + self.config)}"
        return f"{vector} @@ plainto_tsquery('{self.config}'::regconfig, %s)", [self.query]


def matching_text_pages(query):
    """A queryset of the `DocumentTextPage` rows that contain every word of `query`."""
    if connection.vendor == "postgresql":
        condition = Q(TextMatches("simple", query))
        language = (get_language() or "").split("-")[0]
        config = STEMMED_FILE_LANGUAGES.get(language)
        if config:
            condition |= Q(language=language) & Q(TextMatches(config, query))
        return DocumentTextPage.objects.filter(condition)
    results = get_search_backend().search(
        query, DocumentTextPage.objects.all(), operator="and", order_by_relevance=False
    )
    return results.get_queryset()


def matching_resource_ids(query):
    """A subquery of the ids of resource pages with a file whose text matches, and of every
    translation of those pages (a translation shows its source's files even before its own
    copies of the file rows are synced)."""
    if connection.vendor != "postgresql":
        documents = matching_text_pages(query).order_by().values("document_text__document_id")
        # Only files anyone may open: text inside a restricted collection's file finds nothing.
        keys = (
            files_anyone_can_open()
            .filter(document_id__in=documents)
            .values("page__translation_key")
        )
        return ResourcePage.objects.filter(translation_key__in=keys).order_by().values("pk")
    # Each step looks up only what the step before found: the matching texts, their
    # documents, those documents' files, the files' pages, and every translation of those.
    texts = matching_text_pages(query).order_by().values("document_text_id").distinct()
    documents = DocumentText.objects.filter(InArrayOf("pk", texts)).values("document_id")
    # Only files anyone may open: text inside a restricted collection's file finds nothing.
    pages = files_anyone_can_open().filter(InArrayOf("document_id", documents)).values("page_id")
    keys = Page.objects.filter(InArrayOf("pk", pages)).values("translation_key").distinct()
    matching = Page.objects.filter(InArrayOf("translation_key", keys)).order_by().values("pk")
    # Read once here: the library's counts and results each use this set (eight queries a
    # page), and re-running the text match inside each of them cost more than the match.
    # Through bitmap scans: for a word in most files ("defenders") PostgreSQL otherwise read
    # every page's large text vector from the table instead of taking the rows the text
    # index names (110 ms against 48 ms for 48,000 pages).
    ids = ids_through_bitmap_scans(matching)
    return ResourcePage.objects.filter(AnyOf("pk", ids)).order_by().values("pk")
