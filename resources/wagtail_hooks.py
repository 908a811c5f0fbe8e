"""Admin: the downloads and document-text reports (topics and countries are the shared
vocabulary's, in `home`)."""

from django.urls import path, reverse
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
    ]


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
