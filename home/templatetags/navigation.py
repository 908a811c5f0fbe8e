"""Header menu and footer, always fetched for the visitor's language (and cached per language)."""

from django import template
from django.template.loader import render_to_string

from wagtail.models import Page, Site

from home.models import Footer
from home.restrictions import visible_to_public
from ishr_site.caching.fragments import cached_fragment

register = template.Library()


def localized_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def _menu_items(request):
    home = localized_home(request)
    if home is None:
        return []
    return [
        {"title": item.title, "url": item.get_url(request), "path": item.path}
        for item in visible_to_public(home.get_children().live().in_menu())
    ]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    items = cached_fragment("menu", getattr(site, "pk", None), lambda: _menu_items(request))
    current = context.get("page")
    return {"items": items, "current_path": getattr(current, "path", "")}


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context["request"]
    site = Site.find_for_request(request)
    return cached_fragment(
        "footer",
        getattr(site, "pk", None),
        lambda: render_to_string(
            "components/site_footer.html",
            {"footer": Footer.for_active_language(), "request": request},
        ),
    )


def _breadcrumb_trail(page, request):
    """Live ancestors from the language's home page down to the page's parent."""
    ancestors = visible_to_public(page.get_ancestors().filter(depth__gte=2).live())
    return [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Where the page sits in the site, for orientation (not shown on home pages)."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"trail": []}
    site = Site.find_for_request(request)
    trail = cached_fragment(
        f"breadcrumbs:{page.pk}",
        getattr(site, "pk", None),
        lambda: _breadcrumb_trail(page, request),
    )
    return {"trail": trail, "current": page.title}
