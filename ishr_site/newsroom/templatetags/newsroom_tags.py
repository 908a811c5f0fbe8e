"""Links to the updates' feeds, by term: `{% term_feed_url index "topic" "reprisals" %}`."""

from django import template

register = template.Library()


@register.simple_tag
def term_feed_url(index_page, facet, value):
    return index_page.term_feed_url(facet, value)
