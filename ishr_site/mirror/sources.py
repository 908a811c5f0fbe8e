"""What the mirror starts from: every live public page in every language, and the listings of
the resource library that matter (each type, each topic; their further pages are followed from
the pagination links). Everything else (images, files, feeds, calendars) is found by following
the links of these pages."""

from django.conf import settings

from wagtail.models import Locale, Page, Site

from home.models import Topic
from home.restrictions import visible_to_public
from home.translations import live_pages_in_every_language
from resources.models import ResourceIndexPage, ResourceType


def public_pages(site):
    """(path, page) of each live public page of the site's tree in every language."""
    for page in live_pages_in_every_language(site).iterator(chunk_size=2000):
        url = page_path(page)
        if url:
            yield url, page


def page_path(page):
    """The page's URL path (with its language prefix) whatever site it belongs to."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def library_paths(site):
    """URL paths of the resource library in each language."""
    return {
        page_path(page)
        for page in visible_to_public(ResourceIndexPage.objects.live().select_related("locale"))
    } - {None}


def listing_filters():
    """The `(name, value)` of each library filter the mirror has a page for."""
    filters = [("type", value) for value in ResourceType.values]
    slugs = sorted(set(Topic.objects.values_list("slug", flat=True)))
    filters += [("topic", slug) for slug in slugs]
    return filters


def hosting_page_paths():
    """{language code: URL path} of the page on hosting a mirror, in each language it is live
    in; found by its slug in the default language (`MIRROR_HOSTING_PAGE_SLUG`)."""
    page = visible_to_public(
        Page.objects.live().filter(
            slug=settings.MIRROR_HOSTING_PAGE_SLUG, locale=Locale.get_default()
        )
    ).first()
    if page is None:
        return {}
    translations = visible_to_public(Page.objects.translation_of(page, inclusive=True).live())
    return {
        translation.locale.language_code: page_path(translation)
        for translation in translations.select_related("locale")
    }


def default_site():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site or Site.objects.select_related("root_page").first()
