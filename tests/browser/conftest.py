"""Real-browser harness: Playwright drives Debian's Chromium; axe-core runs offline.

Where Chromium is missing the browser tests skip with a clear message; CI sets
REQUIRE_BROWSER=1 so that a missing browser fails the run instead.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Playwright's sync API runs an event loop in this thread; Django must still allow ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    """One read-only server for the whole run, serving the demo site loaded at session start.

    pytest-django's `live_server` forces a transactional test that empties the database when it
    ends, so every such test would rebuild the demo; tests that only read use this instead.
    Tests that change data keep using `live_server` with `demo_site_live`."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    django_db_blocker.unblock()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    django_db_blocker.restore()


@pytest.fixture
def live_demo(site_server):
    """The demo site's URL (a test that emptied the database has had the demo put back)."""
    return site_server


@pytest.fixture(scope="module")
def browser():
    # One browser per test module (starting Chromium costs seconds), each test in a fresh
    # context. Not wider: while Playwright's sync API is started it keeps an event loop running
    # in this thread, which code outside the browser tests must never see. The module's tests
    # run one after the other on one worker (see tests/worker_groups.py).
    if not Path(CHROMIUM).exists():
        message = (
            f"Chromium not found at {CHROMIUM}: install Debian's chromium to run browser tests"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe():
    """Run axe-core (bundled with axe-playwright-python, no network) on a Playwright page."""
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()

    def run(page):
        results = checker.run(
            page,
            options={
                "runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
            },
        )
        violations = results.response["violations"]
        summary = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(node["target"][0] for node in v["nodes"][:3])
            for v in violations
        )
        return violations, summary

    return run


@pytest.fixture
def screenshot():
    def take(page, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take
