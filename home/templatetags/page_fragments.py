"""`{% page_fragment "name" %}…{% endpage_fragment %}`: a heavy part of the page's own content
rendered once per site generation, site, language and page, and read from the shared cache
after that (see ishr_site.caching.fragments.cached_page_fragment: previews and signed-in
editors always get it afresh). What the part needs must come lazily from the context (a
method, not its result), so that a fragment read from the cache costs no queries."""

from django import template
from django.utils.safestring import mark_safe

from ishr_site.caching.fragments import cached_page_fragment

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        html = cached_page_fragment(
            context.get("request"),
            context.get("page"),
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
        )
        return mark_safe(html)  # noqa: S308 - the template's own rendered output


@register.tag
def page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("page_fragment takes one argument: its name")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)
