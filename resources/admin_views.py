"""The downloads report: how often each resource file has been downloaded (aggregate only)."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from resources.models import ResourceFile


class DownloadReportView(ReportView):
    page_title = _("Resource downloads")
    header_icon = "download"
    index_url_name = "resources_downloads"
    index_results_url_name = "resources_downloads_results"
    paginate_by = 50
    list_export = ["page.title", "language", "document.title", "downloads"]
    export_headings = {
        "page.title": _("Resource"),
        "language": _("Language"),
        "document.title": _("Document"),
        "downloads": _("Downloads"),
    }
    columns = [
        Column("resource", label=_("Resource"), accessor="page.title"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("document", label=_("Document"), accessor="document.title"),
        Column("downloads", label=_("Downloads"), accessor="downloads"),
    ]

    def get_queryset(self):
        return (
            ResourceFile.objects.select_related("page", "document")
            .annotate(downloads=Coalesce(F("document__download_count__count"), Value(0)))
            .order_by("-downloads", "page__title", "language")
        )
