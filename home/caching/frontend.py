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
