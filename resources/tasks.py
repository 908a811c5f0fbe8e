"""Background work for the resource library.

`extract_document_text` runs through django-tasks, queued once the upload's transaction commits.
In production it waits in the database queue for `make worker`, so the editor's request never
reads the file; with the immediate backend (development, tests) it runs in the web process
right after the save. Either way the file's own reading happens in a separate process bounded
in time and memory, any error is logged, never raised, and a document deleted before its turn
is skipped.
"""

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def extract_document_text(document_id, force=False):
    from wagtail.documents import get_document_model

    from resources.text_extraction.store import extract_and_store, needs_reading

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not (force or needs_reading(document)):
        return None
    try:
        return extract_and_store(document).status
    except Exception:  # an unexpected failure must not reach the request that saved the file
        logger.exception("Text extraction failed for document %s", document_id)
        return None
