"""Shared helpers for the programmes tests."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_localize.models import TranslationSource


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


def publish_and_sync_french(page, french_locale):
    """Publish the English page, then update its French translation the way the admin's
    "Sync translated pages" does; returns the French page as now stored."""
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key)
    source.update_from_db()
    source.create_or_update_translation(french_locale, publish=True)
    return page.get_translation(french_locale).specific


def main_content(html):
    """The page's <main> element only, so site chrome (menu, footer) cannot satisfy a check."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def assert_fragment_links_resolve(html):
    """Every id on the page is unique and every in-page link (#...) targets exactly one id."""
    ids = re.findall(r'\sid="([^"]+)"', html)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == [], f"duplicate ids: {duplicates}"
    targets = re.findall(r'href="#([^"]+)"', html)
    dangling = sorted(set(targets) - set(ids))
    assert dangling == [], f"links to missing anchors: {dangling}"
    return targets
