"""Old addresses without a language prefix (the previous site served English at `/…/`).

Django's LocaleMiddleware sends an unprefixed address to the visitor's own language, where the
path (written with English slugs) names nothing: a French visitor following an old link to
`/latest-updates/<slug>/` would end on a 404 although the page exists. When that happens, and
the path names a live public page in the default language, the visitor is sent there instead
(permanently: the old address is the default language's). Editors' redirects (Wagtail's, run
first) still take precedence, and nothing is read unless the answer was a 404.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation

from wagtail.models import Locale, Page, Site

from home.restrictions import visible_to_public


def _prefixed(path):
    first = path.lstrip("/").split("/", 1)[0]
    return first in {code for code, _name in settings.LANGUAGES}


def default_language_page(request, path):
    """The live public page `path` names in the default language, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = Locale.get_default().language_code
    components = [part for part in path.split("/") if part]
    with translation.override(language):
        home = site.root_page.localized.specific
        try:
            result = home.route(request, components)
        except Http404:
            return None
    page = result.page if hasattr(result, "page") else result[0]
    if not visible_to_public(Page.objects.filter(pk=page.pk)).exists():
        return None
    return page


class UnprefixedAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        if (
            response.status_code != 404
            or request.method not in ("GET", "HEAD")
            or _prefixed(path)
            or len(path) > 1000
        ):
            return response
        page = default_language_page(request, path)
        if page is None:
            return response
        url = page.get_url(request)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
