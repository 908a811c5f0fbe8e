"""Tell editors when a page is private through another language's version.

A restriction set on the English page (or its section) also covers the French translation (see
`home.restrictions`), but Wagtail's privacy status only looks at the page's own tree: the
French page's edit view says so in a notice naming the page that carries the restriction.
Wagtail's privacy dialog on the French page already shows the restriction as inherited, with a
link to that page.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from home.restrictions import ancestor_paths, restrictions_for_page


def restrictions_through_translations(page):
    """The restrictions covering `page` that are set outside its own tree (on a translation)."""
    return (
        restrictions_for_page(page)
        .exclude(page__path__in=ancestor_paths(page))
        .select_related("page__locale")
        .order_by("page__depth")
    )


def warn_when_private_through_a_translation(request, page):
    if request.method != "GET":
        return
    restriction = restrictions_through_translations(page).first()
    if restriction is None:
        return
    messages.warning(
        request,
        _(
            "This page is private: the privacy setting of “%(title)s” (%(language)s) covers "
            "it too, through its translation. Change it on that page."
        )
        % {
            "language": restriction.page.locale.get_display_name(),
            "title": restriction.page.title,
        },
    )
