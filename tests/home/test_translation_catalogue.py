"""Every user-facing string is translated into French: no empty, no fuzzy entry."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))


def test_french_catalogue_exists():
    assert LOCALE / "fr" / "LC_MESSAGES" / "django.po" in CATALOGUES


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete(catalogue):
    po = polib.pofile(str(catalogue))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {catalogue}: {untranslated}"
    assert fuzzy == [], f"fuzzy in {catalogue}: {fuzzy}"
    assert len(po) > 50


def test_catalogue_covers_every_template_string():
    """A string marked in a template but missing from the catalogue would show in English."""
    import re

    po = polib.pofile(str(LOCALE / "fr" / "LC_MESSAGES" / "django.po"))
    known = {entry.msgid for entry in po}
    templates = Path(__file__).resolve().parents[2] / "templates"
    pattern = re.compile(r"""{%\s*translate\s+"([^"]+)"|{%\s*translate\s+'([^']+)'""")
    missing = set()
    for template in templates.rglob("*.html"):
        for match in pattern.finditer(template.read_text(encoding="utf-8")):
            msgid = match.group(1) or match.group(2)
            if msgid not in known:
                missing.add((template.name, msgid))
    assert missing == set()
