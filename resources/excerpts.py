"""A short passage around a match, escaped first and then highlighted, so text from a file can
never become markup on the site."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_CHARACTERS = 240
ELLIPSIS = "…"
# Stemmed matches ("rapports" for "rapport") have no exact occurrence; a word's first letters
# still find and highlight its inflected forms.
STEM_LENGTH = 5


def _pattern(words, stems=False):
    if stems:
        words = [w[:STEM_LENGTH] if len(w) > STEM_LENGTH else w for w in words]
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    suffix = r"\w*" if stems else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")" + suffix, re.I)


def _window(text, position, length):
    start = max(0, position - length // 3)
    end = min(len(text), start + length)
    start = max(0, end - length)
    # Cut at spaces, not inside words.
    if start > 0:
        space = text.find(" ", start, position)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", position, end)
        end = space if space > position else end
    return start, end


def excerpt_html(text, query, length=EXCERPT_CHARACTERS):
    """About `length` characters of `text` around the first match of `query`'s words, with the
    words in <mark>; safe HTML."""
    text = " ".join(text.split())
    words = query.split()
    pattern = _pattern(words)
    found = pattern.search(text) if pattern else None
    if found is None:
        pattern = _pattern(words, stems=True)
        found = pattern.search(text) if pattern else None
    phrase = re.search(r"\s+".join(re.escape(w) for w in words), text, re.I) if words else None
    position = (phrase or found).start() if (phrase or found) else 0
    start, end = _window(text, position, length)
    passage = text[start:end]
    parts = [ELLIPSIS if start > 0 else ""]
    cursor = 0
    for match in pattern.finditer(passage) if (pattern and found) else []:
        parts.append(escape(passage[cursor : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        cursor = match.end()
    parts.append(escape(passage[cursor:]))
    parts.append(ELLIPSIS if end < len(text) else "")
    return mark_safe("".join(parts))
