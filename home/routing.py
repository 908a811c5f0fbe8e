"""Finding the page a path names in one query, through Wagtail's documented extension point:
the home page's own `route()`.

Wagtail's `Page.route()` walks down one level at a time, two queries a level (the child with
the next slug, then its specific page). A path below a home page can only name the pages whose
`url_path` is the home's followed by the first one, two, … of its parts, so they all come in
one query, and then only the page served is read in its specific form. The walk itself stays
Wagtail's: any page on the way may be a draft, only the page served must be live; a page that
routes on its own (a routable page whose own routes match the rest of the path, or one with
its own `route()`) is handed the rest of the path, as `Page.route()` would hand it over; a
part no page answers is a 404 (which the redirects middleware then sees, as before).
Nothing is kept beyond the request.
"""

from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def _routes_on_its_own(page, remaining):
    """Whether `page` must be handed the rest of the path, as Wagtail's walk would do."""
    page_class = page.specific_class
    if page_class is None or page_class.route is Page.route:
        return False
    if page_class.route is not RoutablePageMixin.route:
        return True  # its own routing: only it knows what the rest means
    if not page.live:
        return False  # a routable page routes to its own views only when live
    path = "/" + "".join(f"{part}/" for part in remaining)
    try:
        # The resolver needs only the class's routes: no field of the page is read.
        page.specific_deferred.resolve_subpage(path)
    except Http404:
        return False
    return True


class RoutesInOneQuery:
    """For the home page of each language (see the module's docstring)."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            self.url_path + "".join(f"{part}/" for part in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                # The slugs let the database use Wagtail's index on them: `url_path` has
                # none, and reading every page's took longer than the rest of the request.
                slug__in=set(path_components),
                url_path__in=url_paths,
                path__startswith=self.path,
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
            )
        }
        page = self
        for index, slug in enumerate(path_components):
            child = found.get(f"{page.url_path}{slug}/")
            if child is None or child.depth != page.depth + 1:
                raise Http404
            page = child
            remaining = path_components[index + 1 :]
            if _routes_on_its_own(page, remaining):
                return page.specific.route(request, remaining)
        if not page.live:
            raise Http404
        return RouteResult(page.specific)
