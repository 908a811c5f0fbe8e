"""Reading the library and search pages the way a visitor sees them."""

import re
from html import unescape

CARD_TITLE = re.compile(
    r'<h3 class="resource-card__title" lang="(?P<lang>[\w-]+)"><a href="(?P<href>[^"]+)">'
    r"(?P<title>.*?)</a></h3>",
    re.S,
)
COUNT = re.compile(r'<h2 id="library-count"[^>]*>\s*(\d+)', re.S)


def listed(response):
    """(title, href, lang) of each resource card, in order."""
    html = response.content.decode()
    return [(unescape(m["title"]), m["href"], m["lang"]) for m in CARD_TITLE.finditer(html)]


def listed_count(response):
    return int(COUNT.search(response.content.decode()).group(1))


def facet_count(response, name, value):
    """The count shown beside one filter value (checkbox label or select option)."""
    html = response.content.decode()
    checkbox = re.search(
        rf'name="{name}" value="{re.escape(value)}"[^>]*>\s*<label[^>]*>.*?\((\d+)\)</span>',
        html,
        re.S,
    )
    if checkbox:
        return int(checkbox.group(1))
    option = re.search(rf'<option value="{re.escape(value)}"[^>]*>[^<]*\((\d+)\)</option>', html)
    return int(option.group(1)) if option else None
