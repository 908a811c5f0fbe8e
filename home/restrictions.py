"""Which pages and documents a visitor may open: the one rule behind serving and every listing.

A page is restricted when it, or one of its ancestors, is the same content (the same
`translation_key`, or the source of an alias) as a page that lies inside a restricted section
in any language. So a login, password or group restriction on an English page also covers its
French translation, translations made later, and a translation that sits elsewhere in its own
tree (moved, or its parent translated differently). Nothing is copied between languages: the
rule is computed from the tree and the restrictions each time, so it cannot drift.

Public listings (menus, breadcrumbs, sitemap, feeds, hreflang and the language switcher, site
and library search, programme listings, the mirror) show only what an anonymous visitor may
open, whoever is signed in: `visible_to_public()` replaces Wagtail's `.public()`, which knows
nothing of translations. A document is public when no collection restriction (of any type)
covers its collection or a collection above it.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from ishr_site.caching.fragments import cached_fragment


def _inside_a_restricted_section():
    """Pages inside a restricted section: a restricted page and its descendants."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def restricted_translation_keys():
    """A subquery of the translation keys of every page inside a restricted section."""
    return Page.objects.filter(_inside_a_restricted_section()).order_by().values("translation_key")


def restricted_section_paths():
    """The tree paths at which restricted content starts, in every language: each page that is
    the same content as a page inside a restricted section (or an alias of one). Everything
    below one of these paths is restricted.

    Read once per site generation (every listing of every request asks, and the query reads
    every page: 27 ms at 10,000 resources). Any write to pages or restrictions starts a new
    generation, again once it is committed (`ishr_site.caching.writes`), so a new restriction
    is in every listing from the next request on."""
    return cached_fragment("restricted-section-paths", None, _read_restricted_section_paths)


def _read_restricted_section_paths():
    keys = restricted_translation_keys()
    paths = sorted(
        Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))
        .order_by()
        .values_list("path", flat=True)
        .distinct()
    )
    roots = []
    for path in paths:  # sorted: an ancestor comes before its descendants
        if not roots or not path.startswith(roots[-1]):
            roots.append(path)
    return roots


def restricted_q(prefix=""):
    """A condition on pages (through `prefix`, e.g. "page__") matching restricted ones."""
    condition = Q(pk__in=[])
    for path in restricted_section_paths():
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition


def visible_to_public(queryset):
    """Narrow a page queryset to pages an anonymous visitor may open (used instead of Wagtail's
    `.public()` everywhere pages are listed)."""
    return queryset.exclude(restricted_q())


def ancestor_paths(page):
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def restrictions_for_page(page):
    """Every view restriction that applies to `page`, whatever its language: those on a page
    inside whose section the page, an ancestor, or a translation (or alias source) of either
    sits. Serving checks each (a French page asks for the English restriction's password, and
    accepts it). One query, and none for a page outside every restricted section: the
    sections are those of `restricted_section_paths()`, found by the same rule and kept no
    longer than the generation, so serving and listings always agree on what is restricted."""
    if not page.path.startswith(tuple(restricted_section_paths())):
        return PageViewRestriction.objects.none()
    own = Page.objects.filter(path__in=ancestor_paths(page))
    keys = own.order_by().values("translation_key")
    alias_keys = own.filter(alias_of__isnull=False).order_by().values("alias_of__translation_key")
    same_content_inside = Page.objects.filter(
        Q(translation_key__in=keys) | Q(translation_key__in=alias_keys),
        path__startswith=OuterRef("page__path"),
    )
    return PageViewRestriction.objects.filter(Exists(same_content_inside))


def _collection_restricted():
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
        )
    )


def public_documents(queryset=None):
    """Documents in no restricted collection (a restriction covers the collections inside)."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.exclude(_collection_restricted())


def public_document_ids():
    """A subquery of the ids of public documents, for `document_id__in` filters."""
    return public_documents().order_by().values("pk")
