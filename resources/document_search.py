"""Which pages of extracted document text match a visitor's query.

PostgreSQL: the table's own GIN expression indexes (migration 0003) — every file with the
language-neutral 'simple' configuration, and French files also with French stemming when the
visitor reads the French site, as titles and summaries already are. Other databases (SQLite,
the embedded default): Wagtail's database search backend, whose FTS5 index holds each page.
Both match every word of the query on one page ("and"), like the rest of site search.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import BooleanField, Expression, F, Q, QuerySet
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .models import DocumentText, DocumentTextPage, ResourceFile, ResourcePage

# Kept in step with home.search.POSTGRES_STEMMING and the columns of migration 0003.
STEMMED_FILE_LANGUAGES = {"fr": "french"}
CONFIGS = {"simple", *STEMMED_FILE_LANGUAGES.values()}


class OneColumnCondition(Expression):
    """A boolean SQL condition on one column, which Django resolves (and re-aliases inside
    subqueries) like any other expression."""

    output_field = BooleanField()

    def __init__(self, column):
        super().__init__()
        self.column = F(column) if isinstance(column, str) else column

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def resolve_expression(self, *args, **kwargs):
        clone = self.copy()
        clone.column = self.column.resolve_expression(*args, **kwargs)
        return clone


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


class AnyOf(OneColumnCondition):
    """`column = ANY(%s)` with the ids as one array parameter (a list of thousands of ids as
    separate parameters costs more to send and plan than the search itself)."""

    def __init__(self, column, values):
        super().__init__(column)
        self.values = list(values)

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.column)
        return f"{column} = ANY(%s)", [*params, self.values]


class InArrayOf(Expression):
    """`column = ANY(ARRAY(subquery))` (PostgreSQL): the subquery runs once, by itself, and
    each value it gives is then looked up through the column's index. As `IN` joins,
    PostgreSQL hashed every row of the tables on the way (every file, every page twice), so
    finding a few hundred resources cost as much as reading the whole library."""

    output_field = BooleanField()

    def __init__(self, column, queryset):
        super().__init__()
        self.column = F(column) if isinstance(column, str) else column
        self.values = ArraySubquery(queryset) if isinstance(queryset, QuerySet) else queryset

    def get_source_expressions(self):
        return [self.column, self.values]

    def set_source_expressions(self, expressions):
        self.column, self.values = expressions

    def as_sql(self, compiler, connection):
        column, column_params = compiler.compile(self.column)
        values, values_params = compiler.compile(self.values)
        return f"{column} = ANY({values})", [*column_params, *values_params]


def _read_ids_from_the_text_index(matching):
    """The ids `matching` (a queryset of one id column) gives, as one array in one query, with
    the matching texts read from the text index alone.

    A word in most files ("defenders") made PostgreSQL read every page's text vector from
    the table instead of taking the rows the index names (110 ms against 48 ms for 48,000
    pages): it does not count the cost of reading those large vectors. With table scans and
    plain index scans off for this one query, it takes the rows from the text index and
    follows the steps after it through bitmap index scans. One array, rather than a row per
    id, also spares building thousands of rows in Python.
    """
    sql, params = matching.query.sql_with_params()
    if connection.in_atomic_block:  # a test's or a command's transaction: restore after
        return _with_index_only(f"SELECT ARRAY({sql})", params, restore=True)
    with transaction.atomic():  # the settings end with this transaction
        return _with_index_only(f"SELECT ARRAY({sql})", params, restore=False)


def _with_index_only(sql, params, restore):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
            "set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
        )
        seqscan, indexscan, *_ = cursor.fetchone()
        try:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]
        finally:
            if restore:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true), "
                    "set_config('enable_indexscan', %s, true)",
                    [seqscan, indexscan],
                )


def matching_resource_ids(query):
    """A subquery of the ids of resource pages with a file whose text matches, and of every
    translation of those pages (a translation shows its source's files even before its own
    copies of the file rows are synced)."""
    if connection.vendor != "postgresql":
        documents = matching_text_pages(query).order_by().values("document_text__document_id")
        keys = ResourceFile.objects.filter(document_id__in=documents).values(
            "page__translation_key"
        )
        return ResourcePage.objects.filter(translation_key__in=keys).order_by().values("pk")
    # Each step looks up only what the step before found: the matching texts, their
    # documents, those documents' files, the files' pages, and every translation of those.
    texts = matching_text_pages(query).order_by().values("document_text_id").distinct()
    documents = DocumentText.objects.filter(InArrayOf("pk", texts)).values("document_id")
    pages = ResourceFile.objects.filter(InArrayOf("document_id", documents)).values("page_id")
    keys = Page.objects.filter(InArrayOf("pk", pages)).values("translation_key").distinct()
    matching = Page.objects.filter(InArrayOf("translation_key", keys)).order_by().values("pk")
    # Read once here: the library's counts and results each use this set (eight queries a
    # page), and re-running the text match inside each of them cost more than the match.
    ids = _read_ids_from_the_text_index(matching)
    return ResourcePage.objects.filter(AnyOf("pk", ids)).order_by().values("pk")
