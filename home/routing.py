"""Finding the page a URL names in two queries, however deep it sits in the tree, and none
when it was found before in the same site generation."""

from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from ishr_site.caching.memo import CopyingMemo

# Pickled pages: the most visited addresses fit; others are looked up as before.
_routes = CopyingMemo(max_entries=500)


class DirectRoutingMixin:
    """For the home page of each language, where every public URL starts.

    Wagtail's own routing asks, level by level, for the child with the next slug and then for
    its specific page: two queries per level. Here every page the path could name is fetched in
    one query by its URL path, and routing goes on from the deepest one — or from a routable
    page on the way whose own routes match the rest (the library's feed), as in Wagtail, where
    a routable page's routes come before its children."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        target, used = _routes.get(
            (self.pk, tuple(path_components)), lambda: self._find_route(path_components)
        )
        return target.route(request, path_components[used:])

    def _find_route(self, path_components):
        """The deepest page the path names (specific) and how many components it used;
        publishing, unpublishing or moving a page starts a new generation."""
        levels = {
            self.url_path + "/".join(path_components[:level]) + "/": level
            for level in range(1, len(path_components) + 1)
        }
        found = Page.objects.filter(
            url_path__in=levels, path__startswith=self.path, depth__gt=self.depth
        ).order_by("depth")
        target, used = self, 0
        for page in found:  # each one the child of the one before
            page._cached_parent_obj = target  # as Wagtail does: get_parent() costs no query
            target, used = page, levels[page.url_path]
            remaining = path_components[used:]
            if remaining and page.live and _routes_itself(page.specific_class, remaining):
                break
        if target is self:
            raise Http404
        return target.specific, used


def _routes_itself(page_class, components):
    """Whether a routable page has a route of its own for the rest of the path."""
    if not issubclass(page_class, RoutablePageMixin):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(components) + "/")
    except Resolver404:
        return False
    return True
