"""On PostgreSQL, Wagtail's search of its index entries is answered from an index.

Wagtail matches a query against `title || body` of every entry; migration home 0006 indexes
that expression. If a Wagtail upgrade changed the expression, the index would silently stop
being used and every search would read the whole index again: this test says so instead.
"""

from django.db import connection

import pytest

from resources.models import ResourcePage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own index"),
]


def plan_of(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # A test database is so small that the planner prefers reading the few entries of one
        # content type: with those indexes gone (rolled back with the test) and table scans
        # discouraged, it takes the text index when the index covers Wagtail's expression.
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry' "
            "AND indexdef LIKE '%%(content_type_id%%'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(
                f'ALTER TABLE wagtailsearch_indexentry DROP CONSTRAINT IF EXISTS "{name}"'
            )
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_site_search_reads_the_title_and_body_index(resource_demo):
    results = ResourcePage.objects.live().search(
        "defenders", operator="and", order_by_relevance=False
    )
    assert results.get_queryset().exists()
    assert "home_search_entry_title_body_gin" in plan_of(results.get_queryset())
