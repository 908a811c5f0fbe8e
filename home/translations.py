"""Finding live pages across languages: a page's translations (once per page object), and
the pages of every language's tree of a site."""

from django.db.models import Q

from wagtail.models import Page

from home.restrictions import visible_to_public


def live_translations(page):
    """Live, public pages in other locales that translate `page`, keyed by language code."""
    cached = page.__dict__.get("_live_translations")
    if cached is None:
        pages = visible_to_public(
            Page.objects.translation_of(page, inclusive=False).live().select_related("locale")
        )
        cached = {p.locale.language_code: p for p in pages}
        page.__dict__["_live_translations"] = cached
    return cached


def live_pages_in_every_language(site):
    """Live, public pages of the site's tree in every language (one tree per language root),
    in tree order. Wagtail's own helpers stop at the default site root's tree."""
    roots = Page.objects.translation_of(site.root_page, inclusive=True).values_list(
        "path", flat=True
    )
    in_a_language_tree = Q()
    for root in roots:
        in_a_language_tree |= Q(path__startswith=root)
    return visible_to_public(
        Page.objects.live().filter(in_a_language_tree).select_related("locale").order_by("path")
    )
