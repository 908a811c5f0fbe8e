"""The library's query: filters, facet counts, sorting and search, read from a plain GET form.

Everything a visitor can put in the address bar is checked against known values: unknown or
repeated values are dropped, so a shared or hand-edited URL always gives a normal page.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear, Lower
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.language_fallback import visible_in_language
from home.listing_filters import Facet, Option, clean_values, clean_years, term_names
from home.models import Country, Region, Topic
from home.page_search import matching_page_ids, normalise_query
from home.restrictions import visible_to_public
from ishr_site.caching.generation import current_generation

from .languages import LANGUAGES, language_info, visitor_first
from .models import (
    ResourcePage,
    ResourcePageCountry,
    ResourcePageRegion,
    ResourcePageTopic,
    ResourceType,
    files_anyone_can_open,
    prefetch_public_files,
)

SORTS = {
    "newest": (_("Newest first"), ["-publication_date", "-pk"]),
    "oldest": (_("Oldest first"), ["publication_date", "pk"]),
    "title": (_("Title (A–Z)"), [Lower("title"), "pk"]),
}
DEFAULT_SORT = "newest"
COUNTS_CACHE_SECONDS = 600


def visible_resources(locale=None, default=None):
    """Every live resource a visitor of `locale` should see, once, in the best language."""
    return visible_in_language(visible_to_public(ResourcePage.objects.live()), locale, default)


class LibraryQuery:
    """Parses the library's GET parameters and builds the result queryset and facets."""

    def __init__(self, params, locale=None):
        self.locale = locale or Locale.get_active()
        self.default_locale = Locale.get_default()
        # Built once: `visible_to_public()` reads the view restrictions when it is called.
        self._visible = visible_resources(self.locale, self.default_locale)
        self.topics = self._terms(Topic)
        self.countries = self._terms(Country)
        self.types = clean_values(params, "type", set(ResourceType.values))
        self.topic_slugs = clean_values(params, "topic", set(self.topics))
        self.regions = clean_values(params, "region", set(Region.values))
        self.country_slugs = clean_values(params, "country", set(self.countries))
        self.languages = clean_values(params, "language", set(LANGUAGES))
        self.years = clean_years(params)
        sort = params.get("sort", DEFAULT_SORT)
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self.query = normalise_query(params.get("q", ""))

    def _terms(self, model):
        return term_names(model, self.locale, self.default_locale)

    @property
    def is_filtered(self):
        return bool(
            self.types
            or self.topic_slugs
            or self.regions
            or self.country_slugs
            or self.languages
            or self.years
            or self.query
        )

    # --- Filtering -------------------------------------------------------------------------

    def _conditions(self, skip=None):
        conditions = []
        if self.types and skip != "type":
            conditions.append(Q(resource_type__in=self.types))
        if self.topic_slugs and skip != "topic":
            conditions.append(
                Q(
                    Exists(
                        ResourcePageTopic.objects.filter(
                            page=OuterRef("pk"), topic__slug__in=self.topic_slugs
                        )
                    )
                )
            )
        if self.regions and skip != "region":
            conditions.append(self._in_regions(self.regions))
        if self.country_slugs and skip != "country":
            conditions.append(
                Q(
                    Exists(
                        ResourcePageCountry.objects.filter(
                            page=OuterRef("pk"), country__slug__in=self.country_slugs
                        )
                    )
                )
            )
        if self.languages and skip != "language":
            conditions.append(
                Q(
                    Exists(
                        files_anyone_can_open().filter(
                            page=OuterRef("pk"), language__in=self.languages
                        )
                    )
                )
            )
        if self.years and skip != "year":
            conditions.append(Q(publication_date__year__in=self.years))
        return conditions

    @staticmethod
    def _in_regions(regions):
        # `pk IN (…)` rather than OR-ed EXISTS: PostgreSQL hashes each subquery once instead
        # of probing both tables for every resource (seconds at 10,000 resources).
        tagged = ResourcePageRegion.objects.filter(region__in=regions).values("page_id")
        by_country = ResourcePageCountry.objects.filter(country__region__in=regions).values(
            "page_id"
        )
        return Q(pk__in=tagged) | Q(pk__in=by_country)

    def _base(self):
        queryset = self._visible
        if self.query:
            # Built once per request: part of the match (text inside files) is read when built.
            if getattr(self, "_matching", None) is None:
                self._matching = matching_page_ids(ResourcePage, self.query)
                if connection.vendor == "sqlite":
                    # SQLite runs the whole union of matches again inside each facet's count
                    # (seconds per library search on the demo); the ids once are milliseconds.
                    self._matching = [row["pk"] for row in self._matching]
            queryset = queryset.filter(pk__in=self._matching)
        return queryset

    def _filtered(self, skip=None):
        queryset = self._base()
        for condition in self._conditions(skip=skip):
            queryset = queryset.filter(condition)
        return queryset

    def results(self):
        return (
            self._filtered()
            .select_related("locale")
            .prefetch_related(prefetch_public_files())
            .order_by(*SORTS[self.sort][1])
        )

    # --- Facets ----------------------------------------------------------------------------

    def counts(self):
        """Every facet's counts and the number of results, computed together and cached for
        this exact combination of filters until the resources change."""
        if getattr(self, "_counts", None) is None:
            key = self._counts_cache_key()
            self._counts = cache.get(key)
            if self._counts is None:
                self._counts = {
                    "total": self._filtered().count(),
                    "type": self._type_counts(),
                    "topic": self._related_counts(ResourcePageTopic, "topic__slug", "topic"),
                    "country": self._related_counts(
                        ResourcePageCountry, "country__slug", "country"
                    ),
                    "language": self._related_counts(
                        files_anyone_can_open(), "language", "language"
                    ),
                    "region": self._region_counts(),
                    "year": self._year_counts(),
                }
                cache.set(key, self._counts, COUNTS_CACHE_SECONDS)
        return self._counts

    def _state(self):
        """Everything the visitor chose, in a stable form: equal choices, equal state."""
        return repr(
            (
                self.locale.language_code,
                sorted(self.types),
                sorted(self.topic_slugs),
                sorted(self.regions),
                sorted(self.country_slugs),
                sorted(self.languages),
                sorted(self.years),
                self.query,
            )
        )

    def _counts_cache_key(self):
        # Any publish, unpublish, move or deletion starts a new site generation, so counts
        # are never kept for content that changed (one read, already made for the request,
        # where aggregating over every resource to notice changes grew with the library).
        digest = hashlib.sha256(f"{current_generation()}{self._state()}".encode()).hexdigest()
        return f"resources:library-counts:{digest}"

    def _choices_digest(self):
        return hashlib.sha256(f"{self._state()}{self.sort}".encode()).hexdigest()

    def results_fragment_name(self, page_number):
        """The name of one page of results (its cards) in the fragment cache, which adds the
        generation, site, language and library page to it."""
        return f"results:{self._choices_digest()}:{page_number}"

    def filters_fragment_name(self):
        """The name of the filter form for these choices (made only of values the library
        understood, so any query string with the same choices may share it)."""
        return f"filters:{self._choices_digest()}"

    @property
    def total(self):
        return self.counts()["total"]

    def facets(self):
        counts = self.counts()
        return [
            self._type_facet(counts["type"]),
            self._topic_facet(counts["topic"]),
            self._region_facet(counts["region"]),
            self._country_facet(counts["country"]),
            self._language_facet(counts["language"]),
            self._year_facet(counts["year"]),
        ]

    def _type_counts(self):
        rows = (
            self._filtered(skip="type")
            .order_by()  # a default ordering would split the groups
            .values("resource_type")
            .annotate(n=Count("pk"))
        )
        return {row["resource_type"]: row["n"] for row in rows}

    def _type_facet(self, counts):
        options = [
            Option(value, label, counts.get(value, 0), value in self.types)
            for value, label in ResourceType.choices
            if counts.get(value) or value in self.types
        ]
        return Facet("type", _("Type"), options)

    def _related_counts(self, rows_of, value_field, skip):
        """Counts of `rows_of` (a model or a queryset of tag or file rows) per value."""
        pages = self._filtered(skip=skip).values("pk")
        rows_of = rows_of.objects.all() if isinstance(rows_of, type) else rows_of
        rows = (
            rows_of.filter(page__in=pages)
            .order_by()  # Orderable's sort_order would split the groups
            .values(value_field)
            .annotate(n=Count("page", distinct=True))
        )
        return {row[value_field]: row["n"] for row in rows}

    def _topic_facet(self, counts):
        options = [
            Option(slug, name, counts.get(slug, 0), slug in self.topic_slugs)
            for slug, name in sorted(self.topics.items(), key=lambda item: item[1].lower())
            if counts.get(slug) or slug in self.topic_slugs
        ]
        return Facet("topic", _("Topic"), options)

    def _country_facet(self, counts):
        options = [
            Option(slug, name, counts.get(slug, 0), slug in self.country_slugs)
            for slug, name in sorted(self.countries.items(), key=lambda item: item[1].lower())
            if counts.get(slug) or slug in self.country_slugs
        ]
        return Facet("country", _("Country"), options, widget="select")

    def _region_counts(self):
        """Resources per region, whether tagged with the region or with one of its countries
        (counted once when both), in one grouped query over the two kinds of tag."""
        pages = self._filtered(skip="region").values("pk")
        tagged = (
            ResourcePageRegion.objects.filter(page__in=pages).order_by().values("page_id", "region")
        )
        by_country = (
            ResourcePageCountry.objects.filter(page__in=pages)
            .order_by()
            .values("page_id", "country__region")
        )
        try:
            tagged_sql, tagged_params = tagged.query.sql_with_params()
            country_sql, country_params = by_country.query.sql_with_params()
        except EmptyResultSet:
            return {}  # the filters can match nothing (a search no resource matches)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT region, COUNT(DISTINCT page_id) FROM "
                f"({tagged_sql} UNION ALL {country_sql}) AS tags GROUP BY region",
                (*tagged_params, *country_params),
            )
            return dict(cursor.fetchall())

    def _region_facet(self, counts):
        options = [
            Option(value, label, counts.get(value, 0), value in self.regions)
            for value, label in Region.choices
            if counts.get(value) or value in self.regions
        ]
        return Facet("region", _("Region"), options)

    def _language_facet(self, counts):
        options = []
        for code in visitor_first(list(counts) + self.languages):
            info = language_info(code)
            options.append(
                Option(
                    code,
                    info["name_local"],
                    counts.get(code, 0),
                    code in self.languages,
                    lang=code,
                    direction=info["direction"],
                )
            )
        return Facet("language", _("File language"), options)

    def _year_counts(self):
        rows = (
            self._filtered(skip="year")
            .order_by()
            .annotate(year=ExtractYear("publication_date"))
            .values("year")
            .annotate(n=Count("pk"))
        )
        return {row["year"]: row["n"] for row in rows}

    def _year_facet(self, counts):
        years = sorted(set(counts) | set(self.years), reverse=True)
        options = [
            Option(str(year), str(year), counts.get(year, 0), year in self.years) for year in years
        ]
        return Facet("year", _("Year"), options, widget="select")

    def sort_options(self):
        return [
            Option(value, label, selected=value == self.sort)
            for value, (label, _order) in SORTS.items()
        ]
