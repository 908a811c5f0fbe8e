"""The updates index's query: filters, counts and search, read from a plain GET form with the
library's parameter names (type, topic, region, country, year, q, page).

Everything a visitor can put in the address bar is checked against known values: unknown or
repeated values are dropped, so a shared or hand-edited URL always gives a normal page.
"""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.language_fallback import visible_in_language
from home.listing_filters import Facet, Option, clean_values, clean_years, term_names
from home.models import Country, Region, Topic
from home.page_search import matching_page_ids, normalise_query
from home.restrictions import visible_to_public
from ishr_site.caching.fragments import cached_fragment
from ishr_site.caching.generation import current_generation

from .models import UpdateKind, UpdatePage, UpdatePageCountry, UpdatePageRegion, UpdatePageTopic

COUNTS_CACHE_SECONDS = 600


def visible_updates(locale=None, default=None):
    """Every live update a visitor of `locale` should see, once, in the best language."""
    return visible_in_language(visible_to_public(UpdatePage.objects.live()), locale, default)


def kind_names(locale=None, default=None):
    return term_names(UpdateKind, locale or Locale.get_active(), default or Locale.get_default())


class UpdatesQuery:
    """Parses the index's GET parameters and builds the result queryset and facets."""

    def __init__(self, params, locale=None):
        self.locale = locale or Locale.get_active()
        self.default_locale = Locale.get_default()
        self._visible = visible_updates(self.locale, self.default_locale)
        self.kind_names = term_names(UpdateKind, self.locale, self.default_locale)
        self.topics = term_names(Topic, self.locale, self.default_locale)
        self.countries = term_names(Country, self.locale, self.default_locale)
        self.kinds = clean_values(params, "type", set(self.kind_names))
        self.topic_slugs = clean_values(params, "topic", set(self.topics))
        self.regions = clean_values(params, "region", set(Region.values))
        self.country_slugs = clean_values(params, "country", set(self.countries))
        self.years = clean_years(params)
        self.query = normalise_query(params.get("q", ""))

    @property
    def is_filtered(self):
        return bool(
            self.kinds
            or self.topic_slugs
            or self.regions
            or self.country_slugs
            or self.years
            or self.query
        )

    # --- Filtering -------------------------------------------------------------------------

    def _conditions(self, skip=None):
        conditions = []
        if self.kinds and skip != "type":
            conditions.append(Q(kind__slug__in=self.kinds))
        if self.topic_slugs and skip != "topic":
            conditions.append(
                Q(
                    Exists(
                        UpdatePageTopic.objects.filter(
                            page=OuterRef("pk"), topic__slug__in=self.topic_slugs
                        )
                    )
                )
            )
        if self.regions and skip != "region":
            conditions.append(in_regions(self.regions))
        if self.country_slugs and skip != "country":
            conditions.append(
                Q(
                    Exists(
                        UpdatePageCountry.objects.filter(
                            page=OuterRef("pk"), country__slug__in=self.country_slugs
                        )
                    )
                )
            )
        if self.years and skip != "year":
            conditions.append(Q(date__year__in=self.years))
        return conditions

    def _base(self):
        queryset = self._visible
        if self.query:
            if getattr(self, "_matching", None) is None:
                self._matching = matching_page_ids(UpdatePage, self.query)
            queryset = queryset.filter(pk__in=self._matching)
        return queryset

    def _filtered(self, skip=None):
        queryset = self._base()
        for condition in self._conditions(skip=skip):
            queryset = queryset.filter(condition)
        return queryset

    def results(self):
        return self._filtered().select_related("locale", "kind").order_by("-date", "-pk")

    def cards(self, page_obj, request=None):
        """The cards of one page of results: plain data, kept in the fragment cache."""
        return [card(update, self.kind_names, request) for update in page_obj]

    # --- Counts ----------------------------------------------------------------------------

    def counts(self):
        """Every facet's counts and the number of results, computed together and cached for
        this exact combination of filters until the content changes."""
        if getattr(self, "_counts", None) is None:
            key = self._counts_cache_key()
            self._counts = cache.get(key)
            if self._counts is None:
                self._counts = {
                    "total": self._filtered().count(),
                    "type": self._kind_counts(),
                    "topic": self._related_counts(UpdatePageTopic, "topic__slug", "topic"),
                    "country": self._related_counts(UpdatePageCountry, "country__slug", "country"),
                    "region": self._region_counts(),
                    "year": self._year_counts(),
                }
                cache.set(key, self._counts, COUNTS_CACHE_SECONDS)
        return self._counts

    def _state(self):
        return repr(
            (
                self.locale.language_code,
                sorted(self.kinds),
                sorted(self.topic_slugs),
                sorted(self.regions),
                sorted(self.country_slugs),
                sorted(self.years),
                self.query,
            )
        )

    def _counts_cache_key(self):
        digest = hashlib.sha256(f"{current_generation()}{self._state()}".encode()).hexdigest()
        return f"newsroom:counts:{digest}"

    def _choices_digest(self):
        return hashlib.sha256(self._state().encode()).hexdigest()

    def results_fragment_name(self, page_number):
        return f"updates:{self._choices_digest()}:{page_number}"

    def filters_fragment_name(self):
        return f"update-filters:{self._choices_digest()}"

    @property
    def total(self):
        return self.counts()["total"]

    def _kind_counts(self):
        rows = self._filtered(skip="type").order_by().values("kind__slug").annotate(n=Count("pk"))
        return {row["kind__slug"]: row["n"] for row in rows}

    def _related_counts(self, model, value_field, skip):
        pages = self._filtered(skip=skip).values("pk")
        rows = (
            model.objects.filter(page__in=pages)
            .order_by()
            .values(value_field)
            .annotate(n=Count("page", distinct=True))
        )
        return {row[value_field]: row["n"] for row in rows}

    def _region_counts(self):
        """Updates per region, tagged with the region or one of its countries (once)."""
        pages = self._filtered(skip="region").values("pk")
        tagged = (
            UpdatePageRegion.objects.filter(page__in=pages).order_by().values("page_id", "region")
        )
        by_country = (
            UpdatePageCountry.objects.filter(page__in=pages)
            .order_by()
            .values("page_id", "country__region")
        )
        tagged_sql, tagged_params = tagged.query.sql_with_params()
        country_sql, country_params = by_country.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT region, COUNT(DISTINCT page_id) FROM "
                f"({tagged_sql} UNION ALL {country_sql}) AS tags GROUP BY region",
                (*tagged_params, *country_params),
            )
            return dict(cursor.fetchall())

    def _year_counts(self):
        rows = (
            self._filtered(skip="year")
            .order_by()
            .annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(n=Count("pk"))
        )
        return {row["year"]: row["n"] for row in rows}

    # --- Facets ----------------------------------------------------------------------------

    def facets(self):
        counts = self.counts()
        return [
            self._facet("type", _("Kind"), self._ordered_kinds(), counts["type"], self.kinds),
            self._facet(
                "topic", _("Topic"), self._sorted(self.topics), counts["topic"], self.topic_slugs
            ),
            self._facet(
                "region", _("Region"), list(Region.choices), counts["region"], self.regions
            ),
            self._facet(
                "country",
                _("Country"),
                self._sorted(self.countries),
                counts["country"],
                self.country_slugs,
                widget="select",
            ),
            self._year_facet(counts["year"]),
        ]

    def _ordered_kinds(self):
        order = cached_fragment(
            "newsroom-kind-order",
            None,
            lambda: list(
                UpdateKind.objects.filter(locale=self.default_locale).values_list("slug", flat=True)
            ),
        )
        slugs = order + [slug for slug in self.kind_names if slug not in order]
        return [(slug, self.kind_names[slug]) for slug in slugs if slug in self.kind_names]

    @staticmethod
    def _sorted(names):
        return sorted(names.items(), key=lambda item: item[1].lower())

    @staticmethod
    def _facet(name, label, choices, counts, selected, widget="checkbox"):
        options = [
            Option(value, str(text), counts.get(value, 0), value in selected)
            for value, text in choices
            if counts.get(value) or value in selected
        ]
        return Facet(name, label, options, widget)

    def _year_facet(self, counts):
        years = sorted(set(counts) | set(self.years), reverse=True)
        options = [
            Option(str(year), str(year), counts.get(year, 0), year in self.years) for year in years
        ]
        return Facet("year", _("Year"), options, widget="select")

    def term_feeds(self):
        """The feeds of the terms the visitor filtered by (one topic, region or country each),
        to offer beside the results."""
        feeds = [("topic", slug, self.topics[slug]) for slug in self.topic_slugs]
        feeds += [("region", value, Region(value).label) for value in self.regions]
        feeds += [("country", slug, self.countries[slug]) for slug in self.country_slugs]
        return feeds


def in_regions(regions):
    """Updates tagged with one of the regions, or with a country in one of them."""
    tagged = UpdatePageRegion.objects.filter(region__in=regions).values("page_id")
    by_country = UpdatePageCountry.objects.filter(country__region__in=regions).values("page_id")
    return Q(pk__in=tagged) | Q(pk__in=by_country)


def card(update, kinds, request=None):
    """What a listing shows of an update, as plain data (no model instance is kept)."""
    return {
        "url": update.get_url(request),
        "title": update.title,
        "summary": update.summary,
        "date": update.date,
        "kind": kinds.get(update.kind.slug, update.kind.name),
        "kind_slug": update.kind.slug,
        "language": update.locale.language_code,
        "is_example": update.is_example,
    }
