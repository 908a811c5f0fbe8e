"""Admin: read a document's text again (one file), and a report of files without searchable
text and why, so editors can fix them (e.g. upload a version with a text layer)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from resources.models import DocumentText, ResourceFile, TextStatus
from resources.tasks import extract_document_text


def read_document_text(request, document_id):
    """GET asks for confirmation; POST has the file read again: at once with the immediate
    task backend (bounded, in the reading process), else by the queue's worker."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    policy = policy_registry.get_by_type(get_document_model())
    if not policy.user_has_permission_for_instance(request.user, "change", document):
        raise PermissionDenied
    back = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    if request.method == "POST":
        # Through the task, so that with a queue the worker reads the file, not this request.
        if not extract_document_text.enqueue(document.pk, force=True).is_finished:
            messages.success(
                request,
                _(
                    "The file will be read in the background in a moment; its status shows here once it is read."
                ),
            )
            return redirect(back or "resources_document_text")
        record = DocumentText.objects.filter(document=document).first()
        if record is None:  # the task logged what went wrong
            messages.error(request, _("The file could not be read; please try again later."))
        elif record.status == TextStatus.SEARCHABLE:
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
                # A replaced file still waiting to be read is listed as waiting.
                & Q(document__extracted_text__source_file=F("document__file"))
            )
            .order_by("page__title", "language")
        )
