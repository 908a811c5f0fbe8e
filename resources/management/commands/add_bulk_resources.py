"""Add many resources at once to the library, for benchmarks: `add_bulk_resources --count N`.

Needs the demo content (the library and the shared vocabulary): run `load_demo_content` first.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from resources.models import ResourceIndexPage


class Command(BaseCommand):
    help = "Add N bulk resources (about a fifth also in French) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="How many resources.")
        parser.add_argument("--seed", type=int, default=2016, help="Random seed.")
        parser.add_argument(
            "--translated-share",
            type=float,
            default=0.2,
            help="Share of resources that also get a French version (0 to 1).",
        )

    def handle(self, *args, count, seed, translated_share, **options):
        from resources.bulk_resources import BulkResources

        if count < 1:
            raise CommandError("--count must be at least 1.")
        if not ResourceIndexPage.objects.exists():
            raise CommandError("No resource library yet: run load_demo_content first.")
        started = time.perf_counter()
        bulk = BulkResources(seed=seed, translated_share=translated_share, stdout=self.stdout)
        made = bulk.add(count)
        refresh_planner_statistics()
        elapsed = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"Generated {made} resources in {elapsed:.1f} s."))


def refresh_planner_statistics():
    """PostgreSQL plans queries from table statistics, refreshed by autovacuum only some time
    after a bulk load: until then it believes the library holds a few rows, and a page of
    10,000 resources took 0.7 s instead of 4 ms. Refresh them now, as after any bulk import."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
