"""`add_bulk_resources`: adds the resources it is asked for, ready to be queried quickly."""

import io

from django.core.management import call_command
from django.db import connection

import pytest

from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def planner_row_estimate(table):
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cursor.fetchone()[0]


def test_bulk_resources_are_added_and_the_planner_knows_about_them(demo_site):
    before = ResourcePage.objects.filter(locale=demo_site.english).count()
    stdout = io.StringIO()
    call_command("add_bulk_resources", count=30, stdout=stdout)

    assert ResourcePage.objects.filter(locale=demo_site.english).count() == before + 30
    assert "Generated 30 resources" in stdout.getvalue()
    if connection.vendor == "postgresql":
        # Without fresh statistics PostgreSQL plans the library for a near-empty table.
        assert planner_row_estimate("resources_resourcepage") >= ResourcePage.objects.count()
