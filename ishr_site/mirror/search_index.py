"""The index the mirror's own search page reads: one small script per language.

A script that sets a global, not JSON: browsers refuse to fetch a JSON file from disk
(`file://`), but they run a script next to the page.
"""

import json

from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Page

from home.restrictions import visible_to_public

from .paths import file_for
from .sources import page_path

SUMMARY_CHARACTERS = 200


def index_path(language_code):
    """The URL path the search page names for a language's index (a mirror file, no route)."""
    return f"/mirror-search/{language_code}.js"


def build_indexes(site, roots):
    """{language code: script bytes} listing each live public page of that language."""
    entries = {}
    pages = (
        visible_to_public(Page.objects.live().filter(depth__gt=site.root_page.depth - 1))
        .select_related("locale")
        .order_by("path")
        .specific()
    )
    for page in pages.iterator(chunk_size=2000):
        if not any(page.path.startswith(root) for root in roots):
            continue
        url = page_path(page)
        if not url:
            continue
        listing_summary = getattr(page, "get_listing_summary", None)
        summary = listing_summary() if listing_summary else page.search_description
        summary = Truncator(strip_tags(str(summary or ""))).chars(SUMMARY_CHARACTERS)
        entries.setdefault(page.locale.language_code, []).append(
            {"t": page.title, "s": summary, "u": file_for(url)}
        )
    return {
        code: (
            "window.ishrMirrorIndex = "
            + json.dumps(items, ensure_ascii=False, separators=(",", ":"))
            + ";\n"
        ).encode("utf-8")
        for code, items in entries.items()
    }
