"""Sections of the home page that content apps contribute (latest updates, the open call,
upcoming trainings, newest resources, priorities…), so that the foundation never names them.

A content app registers a function with Wagtail's hook `register_home_page_sections`; it gets
the home page and the request and returns a list of `HomeSection`. Building the list must cost
no query: what a section shows comes from `context()`, called only when the home page's content
is not in the fragment cache. What a section shows may also depend on the clock (a call that
opens at a given minute): its `variant` says so and becomes part of the fragment's name, so a
kept fragment is never shown past the moment it changes. A section whose context is empty
(None) is left out.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail import hooks
from wagtail.models import Locale

HOOK = "register_home_page_sections"


@dataclass
class HomeSection:
    name: str
    order: int
    template: str
    context: Callable[[], dict | None]
    variant: Callable[[], str] = field(default=lambda: "")


def locales_of(home_page):
    """(the home page's locale, the default locale), read once per render: kept on the page
    instance, which lives only as long as the request."""
    found = getattr(home_page, "_section_locales", None)
    if found is None:
        found = (home_page.locale, Locale.get_default())
        home_page._section_locales = found
    return found


def once_per_render(home_page, name, read):
    """What `read()` returns, read once per render of this home page (see `locales_of`)."""
    memo = home_page.__dict__.setdefault("_section_memo", {})
    if name not in memo:
        memo[name] = read()
    return memo[name]


def sections_for(home_page, request):
    found = []
    for contribute in hooks.get_hooks(HOOK):
        found += contribute(home_page, request) or []
    return sorted(found, key=lambda section: (section.order, section.name))


def fragment_name(sections):
    """The home page content's fragment name: one per combination of the sections' variants."""
    variants = [f"{s.name}={s.variant()}" for s in sections if s.variant()]
    return "content:" + "|".join(variants) if variants else "content"


def rendered_sections(sections):
    """[(template, context)] of the sections with something to show, in order."""
    shown = []
    for section in sections:
        context = section.context()
        if context:
            shown.append({"name": section.name, "template": section.template, "context": context})
    return shown
