"""The updates index ("Latest updates" / "Actualités"): every update, newest first, with
filters, and its Atom feeds: one per language and one per topic, region and country."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.models import BasePage, Country, Region, Topic

RESULTS_PER_PAGE = 20
FEED_FACETS = ("topic", "region", "country")


class UpdateIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two above the list: what ISHR publishes here and how often."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.UpdatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("updates index")
        verbose_name_plural = _("updates indexes")

    @classmethod
    def mirror_listings(cls):
        """The filtered lists a static copy keeps a page of: each kind, topic and country."""
        from ishr_site.newsroom.models import UpdateKind

        return {
            "type": sorted(set(UpdateKind.objects.values_list("slug", flat=True))),
            "topic": sorted(set(Topic.objects.values_list("slug", flat=True))),
            "country": sorted(set(Country.objects.values_list("slug", flat=True))),
        }

    @path("")
    def updates(self, request):
        from ishr_site.caching.variants import is_a_known_variant, uses_query_parameters
        from ishr_site.newsroom.listing import UpdatesQuery
        from ishr_site.security.limits import refused_search

        # Searching is the dearest request: limited like site search.
        refused = refused_search(request)
        if refused is not None:
            return refused
        query = UpdatesQuery(request.GET)
        paginator = Paginator(query.results(), RESULTS_PER_PAGE)
        paginator.count = query.total  # cached with the facet counts
        page_obj = paginator.get_page(request.GET.get("page"))
        uses_query_parameters(
            request,
            type=query.kinds,
            topic=query.topic_slugs,
            region=query.regions,
            country=query.country_slugs,
            year=query.years,
            q=query.query,
            page=page_obj.number,
        )
        return self.render(
            request,
            context_overrides={
                "updates_query": query,
                "facets": query.facets,
                "filters_fragment": query.filters_fragment_name(),
                "page_obj": page_obj,
                "updates": lambda: query.cards(page_obj, request),
                "results_fragment": (
                    query.results_fragment_name(page_obj.number)
                    if is_a_known_variant(request, ignoring=("page",))
                    else ""
                ),
                "page_number": page_obj.number,
                "term_feeds": query.term_feeds,
                "active_language": query.locale.language_code,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from ishr_site.newsroom.feeds import atom_feed

        return atom_feed(request, self)

    @path("feed/<str:facet>/<slug:value>/", name="term_feed")
    def term_feed(self, request, facet, value):
        from ishr_site.newsroom.feeds import atom_feed

        if facet not in FEED_FACETS or not self._term_exists(facet, value):
            raise Http404
        return atom_feed(request, self, facet=facet, value=value)

    @staticmethod
    def _term_exists(facet, value):
        if facet == "region":
            return value in Region.values
        model = Topic if facet == "topic" else Country
        return model.objects.filter(slug=value).exists()

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def term_feed_url(self, facet, value):
        return self.url + self.reverse_subpage("term_feed", args=(facet, value))

    def get_cached_paths(self):
        # A CDN in front holds the feeds too: purge them with the index (every term's feed,
        # since any update may be filed under any term).
        paths = ["/", self.reverse_subpage("feed")]
        terms = [("region", value) for value in Region.values]
        terms += [("topic", slug) for slug in set(Topic.objects.values_list("slug", flat=True))]
        terms += [("country", slug) for slug in set(Country.objects.values_list("slug", flat=True))]
        paths += [self.reverse_subpage("term_feed", args=term) for term in sorted(terms)]
        return paths
