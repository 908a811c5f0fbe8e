"""Views that live outside the language prefix: the front door, robots.txt and the sitemap."""

from collections import defaultdict

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from home.translations import live_pages_in_every_language


@require_safe
def language_redirect(request):
    """Send `/` to the visitor's language, from Accept-Language; English when it says nothing
    usable (absent, malformed or only unsupported languages)."""
    language = translation.get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_xml(request):
    """Every live public page in every language, each with `xhtml:link` alternates to its live
    translations (Wagtail's own sitemap lists only the default site root's tree)."""
    site = Site.find_for_request(request)
    pages = Page.objects.none() if site is None else live_pages_in_every_language(site)

    by_translation_key = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if url is None:
            continue
        entry = {"url": url, "lastmod": page.last_published_at, "page": page, "alternates": []}
        by_translation_key[page.translation_key].append(entry)
        entries.append(entry)
    for group in by_translation_key.values():
        if len(group) < 2:
            continue
        alternates = [(e["page"].locale.language_code, e["url"]) for e in group]
        for entry in group:
            entry["alternates"] = alternates
    return render(
        request,
        "sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )
