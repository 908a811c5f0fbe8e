"""The static mirror in a real browser: served by a plain static file server from a sub-folder,
and opened straight from disk (`file://`), as people who receive the copy will use it."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 — the standard library's name
        pass


@pytest.fixture(scope="module")
def static_mirror(mirror_export):
    """A plain static server for the folder that holds the export: the mirror is then served
    from a sub-folder (`/ishr-mirror/`), with no knowledge of the site."""
    handler = functools.partial(QuietHandler, directory=str(mirror_export.folder.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/{mirror_export.folder.name}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["", "en/", "fr/", "en/host-a-mirror/", "fr/ressources/"])
def test_mirror_pages_have_no_axe_violations(static_mirror, page, axe, screenshot, path):
    response = page.goto(static_mirror + path)
    assert response.status == 200
    violations, summary = axe(page)
    screenshot(page, "mirror_" + (path.replace("/", "_").rstrip("_") or "language_choice"))
    assert violations == [], summary


def test_the_copy_opened_from_disk_switches_between_languages(mirror_export, page):
    page.goto((mirror_export.folder / "index.html").as_uri())
    assert "miroir" in page.locator(".mirror-banner").inner_text()
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/index.html")
    assert page.locator("html").get_attribute("lang") == "fr"
    # The stylesheet came from the copy: the header has the site's colour, not the default.
    assert page.locator(".site-header").evaluate("e => getComputedStyle(e).backgroundColor") != (
        "rgba(0, 0, 0, 0)"
    )
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url("**/en/index.html")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".site-header").get_by_role("link", name="About").first.click()
    assert page.url.endswith("/en/about/index.html")


def test_search_in_the_copy_runs_in_the_browser(mirror_export, page):
    page.goto((mirror_export.folder / "en" / "index.html").as_uri())
    page.fill("#site-search-query", "defenders Geneva")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/index.html?q=*")
    results = page.locator("#mirror-search-results li a")
    assert results.count() >= 1
    assert "Pages found:" in page.locator("#mirror-search-status").inner_text()
    with page.expect_navigation():
        results.first.click()
    # The result's own page, once loaded (count() alone would not wait for the navigation).
    page.wait_for_load_state()
    assert page.locator("h1").count() == 1 and "index.html" in page.url
    assert "/search/" not in page.url


def test_without_javascript_the_search_page_says_what_to_do_instead(mirror_export, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto((mirror_export.folder / "fr" / "search" / "index.html").as_uri())
        assert "a besoin de JavaScript" in page.locator("main").inner_text()
        page.get_by_role("link", name="Parcourir la bibliothèque de ressources").click()
        assert page.url.endswith("/fr/ressources/index.html")
    finally:
        context.close()
