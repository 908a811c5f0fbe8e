"""Results found inside a file, in a real browser: the excerpt and its "Found in…" link pass
axe in both languages, Arabic included."""

import pytest

PAGES = [
    "/en/resources/?q=grounds+pass+lanyard",
    "/fr/ressources/?q=grounds+pass+lanyard",
    "/en/search/?q=%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%B2+%D8%A7%D9%84%D8%AA%D8%B9%D8%B3%D9%81%D9%8A",
]


@pytest.mark.parametrize("path", PAGES)
def test_document_matches_have_no_axe_violations(live_demo, page, axe, path):
    page.goto(live_demo + path)
    assert page.locator(".document-match mark").count() >= 1
    violations, summary = axe(page)
    assert violations == [], summary
