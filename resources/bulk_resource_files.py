"""Files for bulk resources: each its own small PDF with its own text, stored together
with that text, so a benchmark searches as many distinct documents as a real library.

The text is saved as written rather than read back from each PDF (reading tens of thousands
of files would take longer than everything else together); the PDFs are real, and reading one
back gives the same words (tests/resources/test_document_text.py checks it), so
`manage.py extract_document_text --force` later finds nothing different.
"""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection

from wagtail.documents.models import Document
from wagtail.search.backends import get_search_backend

from resources.models import DocumentText, DocumentTextPage, ResourceFile, TextStatus
from resources.pdfs import make_text_pdf

OPENINGS = [
    "This chapter explains how",
    "Experience from the field shows that",
    "Defenders we interviewed said that",
    "In practice,",
    "The committee recommended that",
    "Our monitoring found that",
    "Experts agree that",
    "As a first step,",
]
ACTORS = [
    "community leaders",
    "journalists",
    "lawyers",
    "women defenders",
    "environmental activists",
    "trade unionists",
    "student groups",
    "Indigenous organisations",
    "national human rights institutions",
    "diplomats in Geneva",
]
ACTIONS = [
    "document threats and attacks before reporting them",
    "prepare a shadow report for the treaty body review",
    "request a meeting with the special rapporteur",
    "use urgent appeals when a colleague is detained",
    "follow up recommendations from the periodic review",
    "protect sources when sharing evidence online",
    "build coalitions across borders",
    "brief embassies before a country visit",
    "track reprisals against those who cooperate with the United Nations",
    "challenge restrictive registration laws in court",
    "secure funding without exposing partners",
    "train new members on digital security",
]
SENTENCES_PER_PAGE = 12
PAGES_PER_FILE = 2


def page_texts(rng, subject, reference):
    pages = []
    for number in range(PAGES_PER_FILE):
        sentences = [
            f"{rng.choice(OPENINGS)} {rng.choice(ACTORS)} {rng.choice(ACTIONS)}."
            for _ in range(SENTENCES_PER_PAGE)
        ]
        sentences.insert(rng.randrange(len(sentences)), f"On {subject}: file {reference}-{number}.")
        pages.append(" ".join(sentences))
    return pages


def make_files(rng, pages, specs):
    """ResourceFile rows (unsaved) for the bulk pages, with their documents and text."""
    files, texts = [], []
    documents = []
    for page, spec in zip(pages, specs, strict=True):
        for order, code in enumerate(spec["languages"]):
            reference = f"{page.slug}-{code}"
            text = page_texts(rng, spec["subject"], reference)
            name = default_storage.save(
                f"documents/{reference}.pdf",
                ContentFile(make_text_pdf(spec["title"], code, text)),
            )
            documents.append(
                Document(
                    title=f"{spec['title']} ({code})",
                    file=name,
                    file_size=default_storage.size(name),
                )
            )
            files.append((page, order, code))
            texts.append((code, text))
    Document.objects.bulk_create(documents)
    records = DocumentText.objects.bulk_create(
        DocumentText(
            document=document,
            status=TextStatus.SEARCHABLE,
            source_file=document.file.name,
            page_count=len(text),
            characters=sum(len(t) for t in text),
        )
        for document, (_code, text) in zip(documents, texts, strict=True)
    )
    text_pages = DocumentTextPage.objects.bulk_create(
        DocumentTextPage(document_text=record, number=number, language=code, text=page_text)
        for record, (code, text) in zip(records, texts, strict=True)
        for number, page_text in enumerate(text, start=2)  # page 1 is the cover
    )
    if connection.vendor != "postgresql":
        get_search_backend().add_bulk(DocumentTextPage, text_pages)
    return [
        ResourceFile(
            page_id=page.pk,
            sort_order=order,
            document_id=document.pk,
            language=code,
            file_format="PDF",
            file_size=document.file_size,
            page_count=PAGES_PER_FILE + 1,
            measured_file=document.file.name,
        )
        for (page, order, code), document in zip(files, documents, strict=True)
    ]
