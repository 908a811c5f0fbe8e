"""Documents a collection's view restriction protects are nobody else's to keep.

Wagtail's serve view checks the restriction (login, group or shared password, on the
collection or an ancestor) and then sends the file with no word on caching, so a CDN or a
proxy on the way may keep a staff download and hand it to the next visitor. This wraps that
view: whatever it answers for a restricted document (the file, a signed link to the bucket,
the sign-in redirect or the password form) is marked private and not to be stored. Public
documents keep their caching.
"""

from django.utils.cache import add_never_cache_headers

from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve


def is_restricted(document_id):
    document = (
        get_document_model().objects.select_related("collection").filter(pk=document_id).first()
    )
    # The same restrictions Wagtail's check looks at: the collection's and its ancestors'.
    return document is not None and document.collection.get_view_restrictions().exists()


def serve_document(request, document_id, document_filename):
    response = serve(request, document_id, document_filename)
    if is_restricted(document_id):
        add_never_cache_headers(response)
    return response
