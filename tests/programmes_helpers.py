"""Shared helpers for the programmes tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def programme(demo_site, path):
    """An English programme page by its path below the programmes index, e.g. 'hrdap/'."""
    return demo_site.page(f"programmes/{path}")


def count_queries(client, url):
    """Queries for one GET of `url`, after a first GET that warms Wagtail's per-process caches
    (site root paths, content types), so the figure is what every later visitor costs."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
