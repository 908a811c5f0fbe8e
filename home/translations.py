"""Finding a page's live translations, once per page object."""

from wagtail.models import Page


def live_translations(page):
    """Live, public pages in other locales that translate `page`, keyed by language code."""
    cached = page.__dict__.get("_live_translations")
    if cached is None:
        pages = (
            Page.objects.translation_of(page, inclusive=False)
            .live()
            .public()
            .select_related("locale")
        )
        cached = {p.locale.language_code: p for p in pages}
        page.__dict__["_live_translations"] = cached
    return cached
