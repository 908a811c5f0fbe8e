"""What search engines and link previews read: description, Open Graph and card metadata.

Messaging apps and social networks show a page's title, summary and image when a link is shared;
defenders share guides that way far more than by e-mail. Everything here points at this site only.
"""

from django import template
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from home.templatetags.i18n_chrome import translation_urls
from ishr_site.caching.fragments import cached_fragment

register = template.Library()

# Open Graph wants language_TERRITORY; the territory names the variant the site is written in.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
SHARE_IMAGE_FIELDS = ("hero_image", "listing_image", "cover_image", "image")
DEFAULT_SHARE_IMAGE = "img/share.png"
DESCRIPTION_WORDS = 40


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, translation.to_locale(language_code))


def page_description(page):
    """The editor's search description, or else the page's own summary, as plain text."""
    text = page.search_description
    if not text and hasattr(page, "get_listing_summary"):
        text = page.get_listing_summary() or ""
    return Truncator(strip_tags(text).strip()).words(DESCRIPTION_WORDS)


def absolute(root, url):
    """Static and media URLs are site-relative unless a CDN or object store serves them."""
    return url if url.startswith(("https://", "http://")) else root + url


def share_image_url(request, page):
    """An absolute URL of a 1200×630 picture for link previews (the site's own when none)."""
    site = Site.find_for_request(request)
    # The same host as the canonical URL, whichever host name this request came in on.
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    # The image's id until its picture is made: the image itself is one more query.
    field = next((f for f in SHARE_IMAGE_FIELDS if getattr(page, f"{f}_id", None)), None)
    if field is None:
        return absolute(root, static(DEFAULT_SHARE_IMAGE)), 1200, 630, True
    image_id = getattr(page, f"{field}_id")

    def build():
        try:
            rendition = getattr(page, field).get_rendition(SHARE_IMAGE_SPEC)
        except SourceImageIOError:
            return None  # the original file is missing: preview with the site's own picture
        return rendition.url, rendition.width, rendition.height

    found = cached_fragment(f"share-image:{image_id}", getattr(site, "pk", None), build)
    if found is None:
        return absolute(root, static(DEFAULT_SHARE_IMAGE)), 1200, 630, True
    url, width, height = found
    return absolute(root, url), width, height, False


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {}
    image_url, width, height, is_default = share_image_url(request, page)
    is_home = page.depth <= 2
    language_code = page.locale.language_code
    # The same cached entry as the hreflang links: no query of its own.
    translated = [code for code in translation_urls(request, page) if code != language_code]
    return {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "url": page.get_full_url(request),
        "type": "website" if is_home else "article",
        "locale": open_graph_locale(language_code),
        "alternate_locales": [open_graph_locale(code) for code in translated],
        "image": {"url": image_url, "width": width, "height": height, "is_default": is_default},
    }
