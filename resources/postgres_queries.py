"""PostgreSQL query building blocks for searching inside files (`document_search`): conditions
Django's ORM cannot write, and reading one query's ids with the planner held to bitmap scans.
"""

import contextlib

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import BooleanField, Expression, F, QuerySet


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


def ids_through_bitmap_scans(queryset):
    """The ids `queryset` (one id column) gives, as one array read in one query, planned with
    table scans and plain index scans off: PostgreSQL then takes rows from the indexes'
    bitmaps. Its planner does not count the cost of reading large text vectors from the
    table, and otherwise read them all for a word found on most pages. One array, rather
    than a row per id, also spares building thousands of rows in Python.

    JIT compilation is off for the query too: the scans turned off make every other plan look
    dear to the planner (costs in the billions), which then compiled the query (430 ms) to
    run what takes 60 ms.
    """
    sql, params = queryset.query.sql_with_params()
    # The settings last until the end of the transaction: one of its own, or, inside a test's
    # or a command's, they are put back afterwards.
    inside_a_transaction = connection.in_atomic_block
    with (
        contextlib.nullcontext() if inside_a_transaction else transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
            "current_setting('jit'), set_config('enable_seqscan', 'off', true), "
            "set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)"
        )
        seqscan, indexscan, jit, *_ = cursor.fetchone()
        try:
            cursor.execute(f"SELECT ARRAY({sql})", params)
            return cursor.fetchone()[0]
        finally:
            if inside_a_transaction:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true), "
                    "set_config('enable_indexscan', %s, true), set_config('jit', %s, true)",
                    [seqscan, indexscan, jit],
                )
