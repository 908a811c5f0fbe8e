"""Rewrite the links of an exported file so that each points at another file of the mirror.

A document is rewritten with a `resolve(url)` function from the exporter that takes a URL as
written in the document (relative, root-relative or absolute to the live host) and gives the
relative link to use instead, or None to leave it as it is (external sites, mail addresses).
"""

import html
import re

# Attributes that hold one URL. `data-mirror-*` carry the mirror's own paths (search index).
_URL_ATTRIBUTE = re.compile(
    r"""(?P<lead>\s(?:href|src|action|poster|data-mirror-[a-z-]+)\s*=\s*)"""
    r"""(?P<quote>["'])(?P<url>.*?)(?P=quote)""",
    re.IGNORECASE | re.DOTALL,
)
_SRCSET_ATTRIBUTE = re.compile(
    r"""(?P<lead>\ssrcset\s*=\s*)(?P<quote>["'])(?P<url>.*?)(?P=quote)""",
    re.IGNORECASE | re.DOTALL,
)
_CSS_URL = re.compile(r"""url\(\s*(?P<quote>["']?)(?P<url>[^"')]+)(?P=quote)\s*\)""")
_XML_LOCATION = re.compile(r"(?P<lead><loc>)(?P<url>[^<]+)(?P<tail></loc>)")


def absolute_url_pattern(hosts):
    names = "|".join(re.escape(host) for host in sorted(hosts, key=len, reverse=True))
    return re.compile(rf"""https?://(?:{names})(?=[/"'<\s?#]|$)[^\s"'<>]*""", re.IGNORECASE)


class LinkRewriter:
    def __init__(self, resolve, live_hosts):
        self.resolve = resolve
        self.absolute = absolute_url_pattern(live_hosts)

    def _replace(self, url):
        new = self.resolve(url)
        return url if new is None else new

    def html(self, text):
        def attribute(match):
            url = html.unescape(match["url"].strip())
            new = self._replace(url)
            return f"{match['lead']}{match['quote']}{html.escape(new, quote=True)}{match['quote']}"

        def srcset(match):
            candidates = []
            for candidate in html.unescape(match["url"]).split(","):
                parts = candidate.split()
                if parts:
                    parts[0] = self._replace(parts[0])
                    candidates.append(" ".join(parts))
            value = html.escape(", ".join(candidates), quote=True)
            return f"{match['lead']}{match['quote']}{value}{match['quote']}"

        text = _URL_ATTRIBUTE.sub(attribute, text)
        text = _SRCSET_ATTRIBUTE.sub(srcset, text)
        return self._remaining_absolute(text, escape=True)

    def xml(self, text):
        """Sitemaps and feeds: their links are absolute on the live site; in the mirror they are
        relative to the file, which feed readers and browsers resolve against where it is."""
        text = _URL_ATTRIBUTE.sub(
            lambda m: (
                f"{m['lead']}{m['quote']}"
                f"{html.escape(self._replace(html.unescape(m['url'])), quote=True)}{m['quote']}"
            ),
            text,
        )
        text = _XML_LOCATION.sub(
            lambda m: (
                f"{m['lead']}{html.escape(self._replace(html.unescape(m['url'])))}{m['tail']}"
            ),
            text,
        )
        return self._remaining_absolute(text, escape=True)

    def css(self, text):
        return _CSS_URL.sub(
            lambda m: f"url({m['quote']}{self._replace(m['url'])}{m['quote']})", text
        )

    def _remaining_absolute(self, text, escape):
        """Any other absolute URL to the live host (in text, meta tags, feed ids) becomes the
        relative link too: the mirror must not send readers to a blocked address."""

        def replace(match):
            url = html.unescape(match.group(0)) if escape else match.group(0)
            new = self._replace(url)
            return html.escape(new, quote=True) if escape else new

        return self.absolute.sub(replace, text)
