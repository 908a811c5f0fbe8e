"""Template pieces used only in a static mirror, where forms cannot be sent."""

from django import template

from home.models import Footer

register = template.Library()


@register.inclusion_tag("components/contact_details.html")
def contact_details():
    """ISHR's address, e-mail and telephone in the active language (from the footer snippet)."""
    return {"footer": Footer.for_active_language()}
