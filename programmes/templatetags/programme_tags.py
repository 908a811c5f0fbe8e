"""Small presentation helpers for programme pages."""

from django import template
from django.utils.text import capfirst
from django.utils.translation import ngettext

from programmes.blocks import LANGUAGE_CHOICES

register = template.Library()


@register.filter
def duration(minutes):
    """A study time in words: 45 minutes, 2 hours, 1 hour 30 minutes."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)


@register.simple_tag(takes_context=True)
def sort_link(context, column):
    """The query string that sorts the tracker by `column`, flipping the order when it is
    already the active sort."""
    current = context.get("tracker_sort", "")
    return f"-{column}" if current == column else column


@register.filter
def language_label(code):
    """The name of a language code from the programmes' language choices."""
    return capfirst(dict(LANGUAGE_CHOICES).get(code, code))
