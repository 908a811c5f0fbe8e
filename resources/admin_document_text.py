"""Admin: read a document's text again (one file), and a report of files without searchable
text and why, so editors can fix them (e.g. upload a version with a text layer)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from resources.models import ResourceFile, TextStatus
from resources.text_extraction.store import extract_and_store


def read_document_text(request, document_id):
    """GET asks for confirmation; POST reads the file now (bounded, in the worker process)."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    policy = policy_registry.get_by_type(get_document_model())
    if not policy.user_has_permission_for_instance(request.user, "change", document):
        raise PermissionDenied
    back = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    if request.method == "POST":
        record = extract_and_store(document)
        if record.status == TextStatus.SEARCHABLE:
            messages.success(request, _("The file's text was read and is searchable."))
        else:
            messages.warning(
                request,
                _("The file has no searchable text: %(reason)s")
                % {"reason": record.get_reason_display()},
            )
        return redirect(back or "resources_document_text")
    return TemplateResponse(
        request,
        "resources/admin/read_document_text.html",
        {"document": document, "next": back},
    )


class DocumentTextReportView(ReportView):
    page_title = _("Resource files without searchable text")
    header_icon = "doc-full"
    index_url_name = "resources_document_text"
    index_results_url_name = "resources_document_text_results"
    paginate_by = 50
    columns = [
        Column("resource", label=_("Resource"), accessor="page.title"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        TitleColumn(
            "document",
            label=_("Document (read again)"),
            accessor="document.title",
            get_url=lambda file: reverse("resources_read_document_text", args=[file.document_id]),
        ),
        Column("status", label=_("Search text"), accessor="text_status_label"),
        Column("reason", label=_("Reason"), accessor="text_reason_label"),
    ]

    def get_queryset(self):
        return (
            ResourceFile.objects.select_related("page", "document", "document__extracted_text")
            .exclude(
                Q(document__extracted_text__status=TextStatus.SEARCHABLE)
                & Q(document__extracted_text__reason="")
            )
            .order_by("page__title", "language")
        )
