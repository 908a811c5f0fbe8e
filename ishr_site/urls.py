"""URL map. Only public pages sit under the language prefix (/en/, /fr/); the admin, documents,
the sitemap and robots.txt are the same for every language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.views import language_redirect, robots_txt, sitemap_xml
from ishr_site.search.views import search
from ishr_site.security import view_passwords
from ishr_site.security.limits import limit_searches
from ishr_site.security.private_document_serving import serve_document
from ishr_site.security.renditions import serve_rendition

urlpatterns = [
    path("", language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own: shared passwords are rate-limited and set no cookie until passed.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        view_passwords.document_password,
    ),
    # Wagtail's document view, marking restricted documents private (same address and name).
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA_FILES:
    # Image renditions from local storage, and nothing else of the media folder: originals and
    # documents always go through Wagtail's views and their access checks.
    urlpatterns += [re_path(r"^media/images/(?P<name>.*)$", serve_rendition)]

# A database outage met outside a view still gives the 503 page, not a bare 500.
handler500 = "ishr_site.security.views.server_error"

urlpatterns += i18n_patterns(
    path("search/", limit_searches(search), name="search"),
    path(
        "_util/authenticate_with_password/<int:restriction_id>/<int:page_id>/",
        view_passwords.page_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
