"""`column = ANY(ARRAY(subquery))` on PostgreSQL: the subquery runs once, by itself.

As `column IN (subquery)`, PostgreSQL may run the subquery again for every row it checks: with
French stemming in site search's union of matches it did, and French search cost five times
English. SQLite runs such a subquery again inside the query around it, too (half a second per
site search on the demo): there the ids are read first, once, and the filter names them.
"""

from django.db import connection
from django.db.models import BooleanField, Expression, F, Q


class _InArrayOf(Expression):
    output_field = BooleanField()

    def __init__(self, column, values):
        super().__init__()
        self.column = column
        self.values = values

    def get_source_expressions(self):
        return [self.column, self.values]

    def set_source_expressions(self, expressions):
        self.column, self.values = expressions

    def as_sql(self, compiler, connection):
        column, column_params = compiler.compile(self.column)
        values, values_params = compiler.compile(self.values)
        return f"{column} = ANY({values})", [*column_params, *values_params]


def pk_in_once(ids):
    """A filter: the row's pk is one of `ids` (a one-column queryset, unions too)."""
    if connection.vendor == "sqlite":
        return Q(pk__in=[row["pk"] if isinstance(row, dict) else row for row in ids])
    if connection.vendor != "postgresql":
        return Q(pk__in=ids)
    from django.contrib.postgres.expressions import ArraySubquery

    return _InArrayOf(F("pk"), ArraySubquery(ids))
