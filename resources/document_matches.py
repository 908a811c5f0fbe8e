"""Where in a resource's files a query was found: "Found in the Arabic PDF, page 12", a short
highlighted excerpt, and a link that opens the PDF at that page.

Three queries for a whole page of results, whatever its length: the results' files, the first
matching page of each of their documents, and those pages' text.
"""

from dataclasses import dataclass

from django.conf.locale import LANG_INFO
from django.db.models import Min
from django.utils.translation import get_language, gettext

from .document_search import matching_text_pages
from .excerpts import excerpt_html
from .languages import EXTRA_LANGUAGES, language_info, visitor_first
from .models import DocumentTextPage, ResourceFile, files_anyone_can_open

# Languages whose spelling writes language names in lower case inside a sentence
# ("le PDF en arabe"), unlike English ("the Arabic PDF").
LOWER_CASE_LANGUAGE_NAMES = {"fr", "es", "pt", "it"}


@dataclass
class DocumentMatch:
    file: ResourceFile
    page_number: int | None
    excerpt: str
    paged: bool

    @property
    def language(self):
        return language_info(self.file.language)

    @property
    def language_name(self):
        """The file's language named in the visitor's language, as it reads inside a sentence."""
        code = self.file.language
        english = LANG_INFO.get(code, {}).get("name") or EXTRA_LANGUAGES.get(code, {}).get(
            "name", code
        )
        name = gettext(english)
        if (get_language() or "en").split("-")[0] in LOWER_CASE_LANGUAGE_NAMES:
            name = name.lower()
        return name

    @property
    def url(self):
        url = self.file.document.url
        if self.paged and self.page_number and self.file.file_format == "PDF":
            return f"{url}#page={self.page_number}"
        return url


def attach_document_matches(resources, query):
    """Set `document_match` on each resource whose files contain `query` (None otherwise)."""
    for resource in resources:
        resource.document_match = None
    if not query or not resources:
        return resources
    # Never a passage, or a "found in" label, from a file in a restricted collection.
    files = list(
        files_anyone_can_open()
        .filter(page__in=[r.pk for r in resources])
        .select_related("document")
    )
    first_pages = (
        matching_text_pages(query)
        .filter(document_text__document_id__in={f.document_id for f in files})
        .order_by()
        .values("document_text__document_id")
        .annotate(first=Min("pk"))
    )
    page_ids = [row["first"] for row in first_pages]
    pages = {
        page.document_text.document_id: page
        for page in DocumentTextPage.objects.filter(pk__in=page_ids).select_related("document_text")
    }
    by_resource = {}
    for file in files:
        by_resource.setdefault(file.page_id, []).append(file)
    for resource in resources:
        candidates = [f for f in by_resource.get(resource.pk, []) if f.document_id in pages]
        if not candidates:
            continue
        order = visitor_first([f.language for f in candidates])
        best = min(candidates, key=lambda f: (order.index(f.language), f.sort_order or 0))
        page = pages[best.document_id]
        resource.document_match = DocumentMatch(
            file=best,
            page_number=page.number,
            excerpt=excerpt_html(page.text, query),
            paged=page.document_text.paged,
        )
    return resources
