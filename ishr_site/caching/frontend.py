"""Purging a CDN in front of the site (FRONTEND_CACHE) of the listings that show a page.

Wagtail's own handlers purge the published or unpublished page itself. The pages above it — its
language's home page and section pages, which list their children, and the library's feed —
show it too, so they go in the same purge. Each URL already carries its language, so nothing
is purged in the other language (WAGTAILFRONTENDCACHE_LANGUAGES is empty).
"""

from django.conf import settings

from wagtail.contrib.frontend_cache.utils import PurgeBatch


def purge_listings(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    # depth 1 is the tree's root, which has no address.
    listings = instance.get_ancestors().filter(depth__gt=1).specific()
    batch = PurgeBatch()
    batch.add_pages(listings)
    batch.purge()


def purge_moved_page(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A moved page: Wagtail purges nothing. Its old address (now a redirect), its new one,
    and the listings above both places."""
    if not settings.WAGTAILFRONTENDCACHE or parent_page_before.pk == parent_page_after.pk:
        return
    batch = PurgeBatch()
    for parent in (parent_page_before, parent_page_after):
        batch.add_pages(parent.get_ancestors(inclusive=True).filter(depth__gt=1).specific())
    new_url = instance.get_full_url()
    if new_url:
        batch.add_url(new_url)
        old_parent_url = parent_page_before.get_full_url()
        if old_parent_url:
            batch.add_url(old_parent_url + instance.slug + "/")
    batch.purge()
