"""Background work for the resource library.

`extract_document_text` runs through django-tasks. With the default (immediate) backend it runs
in the web process right after the upload's transaction commits: the editor's save is already
done, the file's own reading happens in a worker process bounded in time and memory, and any
error is logged, never raised into the request. A real queue backend (`TASKS` setting) moves the
same task to a worker without code changes.
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
