"""What starts a new site generation: any change to what visitors can see, made by an editor or
a process (publishing, scheduled tasks), never by a visitor's request."""

import logging

from django.db.models.signals import post_delete, post_save

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import BaseViewRestriction, DraftStateMixin, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .frontend import purge_listings, purge_moved_page
from .generation import made_by_a_visitor, start_new_generation

logger = logging.getLogger(__name__)

CONTENT_APPS = {"home", "programmes", "resources"}
# A privacy setting changed on a page or collection must take it out of the cache at once.
SHARED_MODELS = (AbstractDocument, AbstractImage, Site, Locale, BaseViewRestriction)


def _changes_public_pages(sender, instance, deleted, update_fields=None):
    if isinstance(instance, Page):
        # Saving a page only stores a draft; publishing sends its own signal. Deleting a live
        # page removes it from the site at once.
        return deleted
    if isinstance(instance, DraftStateMixin):
        # A snippet under review (the footer): saving a draft, submitting it or locking it
        # writes only bookkeeping fields, and a draft saved by wagtail-localize marks the row
        # not live (visitors keep the live revision). Only a whole, live row is new content;
        # unpublishing sends its own signal.
        return deleted or (update_fields is None and instance.live)
    if isinstance(instance, AbstractRendition):
        return False  # renditions are made while rendering, never by an edit
    if isinstance(instance, SHARED_MODELS):
        return True
    # Models that change nothing visitors see (a download counter ticking, for example) say so
    # with `changes_public_pages = False`.
    return sender._meta.app_label in CONTENT_APPS and getattr(sender, "changes_public_pages", True)


def _content_changed(sender, **kwargs):
    if made_by_a_visitor():
        # A write that needs no new generation should say so (`changes_public_pages = False`);
        # one that does could only come from a bug, and must not let visitors empty the cache.
        logger.warning("A visitor's request changed %s; the site generation is kept.", sender)
        return
    start_new_generation()


def _saved(sender, instance, update_fields=None, **kwargs):
    if _changes_public_pages(sender, instance, deleted=False, update_fields=update_fields):
        _content_changed(sender)


def _snippet_published(sender, instance, **kwargs):
    # Pages send `page_published` too (connected below): count them once.
    if not isinstance(instance, Page):
        _content_changed(sender)


def _deleted(sender, instance, **kwargs):
    if _changes_public_pages(sender, instance, deleted=True):
        _content_changed(sender)


def connect():
    page_published.connect(_content_changed, dispatch_uid="ishr-cache-published")
    page_unpublished.connect(_content_changed, dispatch_uid="ishr-cache-unpublished")
    post_page_move.connect(_content_changed, dispatch_uid="ishr-cache-moved")
    page_published.connect(purge_listings, dispatch_uid="ishr-cdn-published")
    page_unpublished.connect(purge_listings, dispatch_uid="ishr-cdn-unpublished")
    post_page_move.connect(purge_moved_page, dispatch_uid="ishr-cdn-moved")
    published.connect(_snippet_published, dispatch_uid="ishr-cache-snippet-published")
    unpublished.connect(_snippet_published, dispatch_uid="ishr-cache-snippet-unpublished")
    post_save.connect(_saved, dispatch_uid="ishr-cache-saved")
    post_delete.connect(_deleted, dispatch_uid="ishr-cache-deleted")
