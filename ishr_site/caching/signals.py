"""What the caches listen to: every write to what visitors can see starts a new site
generation (see `writes`), and publishing, unpublishing or moving a page purges a CDN in
front (see `frontend`; Wagtail's own handlers purge the page itself)."""

from wagtail.signals import page_published, page_unpublished, post_page_move

from .frontend import purge_listings, purge_moved_page
from .writes import watch_writes


def connect():
    watch_writes()
    page_published.connect(purge_listings, dispatch_uid="ishr-cdn-published")
    page_unpublished.connect(purge_listings, dispatch_uid="ishr-cdn-unpublished")
    post_page_move.connect(purge_moved_page, dispatch_uid="ishr-cdn-moved")
