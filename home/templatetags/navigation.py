"""Header menu and footer, always fetched for the visitor's language."""

from django import template

from wagtail.models import Site

from home.models import Footer

register = template.Library()


def localized_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = localized_home(request)
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu())
    current = context.get("page")
    return {
        "home": home,
        "items": items,
        "current_path": getattr(current, "path", ""),
        "request": request,
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    return {"footer": Footer.for_active_language(), "request": context["request"]}
