"""Which pages a visitor of one language sees: their language's version where it exists,
otherwise the original — each piece of content once.

Done in the database (one `Exists` subquery per language) so that pagination, counts and
search work on the same queryset and the number of queries does not depend on the results.
"""

from django.db.models import Exists, OuterRef, Q

from wagtail.models import Locale, Page


def _live_version_in(locale):
    return Exists(
        Page.objects.filter(translation_key=OuterRef("translation_key"), locale=locale, live=True)
    )


def visible_in_language(queryset, locale=None, default=None):
    """Narrow a page queryset to what a visitor of `locale` should list.

    Kept: pages in `locale`; pages in the default language that have no live version in
    `locale`; and pages first written in a third language that has neither.
    """
    locale = locale or Locale.get_active()
    default = default or Locale.get_default()
    if locale.pk == default.pk:
        fallback = ~Q(locale=locale) & ~_live_version_in(locale)
        return queryset.filter(Q(locale=locale) | fallback)
    return queryset.filter(
        Q(locale=locale)
        | (Q(locale=default) & ~_live_version_in(locale))
        | (
            ~Q(locale__in=[locale, default])
            & ~_live_version_in(locale)
            & ~_live_version_in(default)
        )
    )
