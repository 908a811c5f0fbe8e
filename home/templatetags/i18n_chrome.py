"""Language chrome: the switcher, canonical and hreflang links.

Every URL comes from the translation's own page (slugs differ per language), never from
rewriting the language prefix of the current URL.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from home.translations import live_translations
from ishr_site.caching.fragments import cached_fragment

register = template.Library()

UNTRANSLATED_PARAMETER = "untranslated"


def _home_urls(request):
    """The home page URL of every language that has a live home (cached per generation)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def build():
        homes = Page.objects.translation_of(site.root_page, inclusive=True).live()
        return {
            home.locale.language_code: home.get_url(request)
            for home in homes.select_related("locale")
        }

    return cached_fragment("home-urls", site.pk, build)


def page_versions(request, page):
    """(the page's own language, {language: (url, full url)} of its live translations, its own
    language included); cached per page and generation (a publish anywhere starts a new one),
    so that the page's locale is not read on every request either."""
    site = Site.find_for_request(request)

    def build():
        own = page.locale.language_code
        urls = {own: (page.get_url(request), page.get_full_url(request))}
        for code, translated in live_translations(page).items():
            urls[code] = (translated.get_url(request), translated.get_full_url(request))
        return own, urls

    if site is None:
        return build()
    return cached_fragment(f"versions:{page.pk}", site.pk, build)


def translation_urls(request, page):
    """{language: (url, full url)} of the page's live translations, its own language included."""
    return page_versions(request, page)[1]


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    homes = _home_urls(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if code not in homes and code != current:
            continue  # a language without a live home page has nowhere to go yet
        info = translation.get_language_info(code)
        link = {
            "code": code,
            "name": info["name_local"],
            "bidi": info["bidi"],
            "current": code == current,
            "url": None,
        }
        if link["current"]:
            link["url"] = request.get_full_path()
        elif isinstance(page, Page):
            translated = translation_urls(request, page).get(code)
            if translated is not None:
                link["url"] = translated[0]
            elif code in homes:
                link["url"] = f"{homes[code]}?{UNTRANSLATED_PARAMETER}=1"
        else:
            link["url"] = translate_url(request.get_full_path(), code)
        if link["url"]:
            links.append(link)
    return {"links": links}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """A self-referencing canonical and one hreflang alternate per live translation."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {"canonical": request.build_absolute_uri(request.path), "alternates": []}
    own, urls = page_versions(request, page)
    versions = {code: full_url for code, (_url, full_url) in urls.items()}
    canonical = versions[own]
    alternates = []
    if len(versions) > 1:
        alternates = [{"code": code, "url": url} for code, url in sorted(versions.items())]
        default = versions.get(settings.LANGUAGE_CODE)
        if default:
            alternates.append({"code": "x-default", "url": default})
    return {"canonical": canonical, "alternates": alternates}


@register.simple_tag(takes_context=True)
def came_from_untranslated_page(context):
    request = context["request"]
    return request.GET.get(UNTRANSLATED_PARAMETER) == "1"
