"""The resource library: one page per language listing every resource, with its Atom feed."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.models import BasePage, Topic

from .resource_type import ResourceType

RESULTS_PER_PAGE = 20


class ResourceIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two above the list: what the library holds and for whom."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    @classmethod
    def mirror_listings(cls):
        """The filtered lists a static copy keeps a page of (it cannot filter by itself): each
        type and each topic, by the query parameter the library reads."""
        topics = sorted(set(Topic.objects.values_list("slug", flat=True)))
        return {"type": list(ResourceType.values), "topic": topics}

    @path("")
    def library(self, request):
        from ishr_site.caching.variants import is_a_known_variant, uses_query_parameters
        from ishr_site.security.limits import refused_search
        from resources.document_matches import attach_document_matches
        from resources.library import LibraryQuery

        # Searching inside every file is the library's dearest request: limited like site search.
        refused = refused_search(request)
        if refused is not None:
            return refused
        library = LibraryQuery(request.GET)
        paginator = Paginator(library.results(), RESULTS_PER_PAGE)
        paginator.count = library.total  # cached with the facet counts
        page_obj = paginator.get_page(request.GET.get("page"))
        uses_query_parameters(
            request,
            type=library.types,
            topic=library.topic_slugs,
            region=library.regions,
            country=library.country_slugs,
            language=library.languages,
            year=library.years,
            sort=library.sort,
            q=library.query,
            page=page_obj.number,
        )
        return self.render(
            request,
            context_overrides={
                "library": library,
                # Methods: read only when the filter form is not in the fragment cache.
                "facets": library.facets,
                "sort_options": library.sort_options,
                "filters_fragment": library.filters_fragment_name(),
                "page_obj": page_obj,
                # Read only when this page of results is not in the fragment cache.
                "resources": lambda: attach_document_matches(list(page_obj), library.query),
                # Kept only for a query string made of what the library understood, as the
                # page cache does: the page links in it repeat the visitor's query string
                # (all of it but the page number, which they set).
                "results_fragment": (
                    library.results_fragment_name(page_obj.number)
                    if is_a_known_variant(request, ignoring=("page",))
                    else ""
                ),
                "page_number": page_obj.number,
                "active_language": library.locale.language_code,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from resources.feeds import atom_feed

        return atom_feed(request, self)

    def get_cached_paths(self):
        # A CDN in front holds the feed too: purge it with the library.
        return ["/", self.reverse_subpage("feed")]

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")
