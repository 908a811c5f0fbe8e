"""Admin: the downloads and document-text reports; topics and countries are the shared
vocabulary's (`home`), and their old addresses under `resources` lead there."""

from django.http import HttpResponsePermanentRedirect
from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from resources.admin_document_text import DocumentTextReportView, read_document_text
from resources.admin_views import DownloadReportView


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="resources_downloads"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="resources_downloads_results",
        ),
        path(
            "reports/document-text/",
            DocumentTextReportView.as_view(),
            name="resources_document_text",
        ),
        path(
            "reports/document-text/results/",
            DocumentTextReportView.as_view(results_only=True),
            name="resources_document_text_results",
        ),
        path(
            "resources/documents/<int:document_id>/read-text/",
            read_document_text,
            name="resources_read_document_text",
        ),
        # Topics and countries were this app's snippets: editors' bookmarks still work.
        re_path(r"^snippets/resources/(?P<rest>(?:topic|country)/.*)$", to_shared_vocabulary),
    ]


def to_shared_vocabulary(request, rest):
    query = request.META.get("QUERY_STRING", "")
    target = f"{reverse('wagtailadmin_home')}snippets/home/{rest}"
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return MenuItem(
        _("Resource downloads"),
        reverse("resources_downloads"),
        icon_name="download",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def register_document_text_report_menu_item():
    return MenuItem(
        _("Files without searchable text"),
        reverse("resources_document_text"),
        icon_name="doc-full",
        order=710,
    )


@hooks.register("register_home_page_sections")
def add_home_page_sections(home_page, request):
    from resources.home_sections import sections

    return sections(home_page, request)
