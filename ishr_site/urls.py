"""URL map. Only public pages sit under the language prefix (/en/, /fr/); the admin, documents,
the sitemap and robots.txt are the same for every language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.search import search
from home.views import language_redirect, robots_txt, sitemap_xml
from ishr_site.security import view_passwords
from ishr_site.security.limits import limit_searches

urlpatterns = [
    path("", language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own: shared passwords are rate-limited and set no cookie until passed.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        view_passwords.document_password,
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA_FILES:
    # Image renditions from local storage; documents always go through Wagtail's serve view.
    urlpatterns += [
        re_path(r"^media/(?P<path>images/.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

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
