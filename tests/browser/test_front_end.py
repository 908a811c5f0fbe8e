"""Every page type, in both languages, in a real browser: accessible, private, light and usable
on a phone, with the keyboard and without JavaScript. Screenshots of each are saved for people
to look at (test-artifacts/screenshots/)."""

import gzip
from urllib.parse import urlsplit

from wagtail.models import Page

import pytest

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
WEIGHT_LIMIT = 60 * 1024  # HTML + CSS + JS, compressed


def one_page_per_type_and_language():
    """(name, path) for the first live page of each page type in each language."""
    seen, found = set(), []
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path").specific():
        key = (type(page).__name__, page.locale.language_code)
        url = page.get_url()
        if key in seen or not url:
            continue
        seen.add(key)
        found.append((f"{key[0]}-{key[1]}", url))
    return found


@pytest.fixture
def pages_to_check(live_demo):
    return live_demo, one_page_per_type_and_language()


def test_every_page_type_is_accessible_private_and_fits_small_screens(
    pages_to_check, browser, axe, screenshot
):
    base, pages = pages_to_check
    assert {name.rsplit("-", 1)[1] for name, _ in pages} == {"en", "fr"}
    problems = []
    for viewport_name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        outside = []

        def record_outside(request, outside=outside):
            if not request.url.startswith((base, "data:", "blob:")):
                outside.append(request.url)

        page.on("request", record_outside)
        for name, path in pages:
            response = page.goto(base + path)
            if response.status != 200:
                problems.append(f"{name} {path}: HTTP {response.status}")
                continue
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                problems.append(f"{name} {path} at {viewport_name}: {overflow}px horizontal scroll")
            if viewport_name == "desktop":
                violations, summary = axe(page)
                if violations:
                    problems.append(f"{name} {path}: axe\n{summary}")
            screenshot(page, f"{name}-{viewport_name}")
        if outside:
            problems.append(f"requests outside the site: {sorted(set(outside))}")
        context.close()
    assert problems == [], "\n".join(problems)


def test_pages_work_without_javascript(pages_to_check, browser):
    base, pages = pages_to_check
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    for name, path in pages:
        page.goto(base + path)
        assert page.locator("h1").count() >= 1, name
        # The language switcher and the menu are plain links that work without scripts.
        other = page.locator("nav.language-switcher a:not([aria-current])").first
        href = other.get_attribute("href")
        assert href, name
        assert page.request.get(base + href).status == 200, f"{name}: switcher link {href}"
    context.close()


def test_pages_stay_light(pages_to_check, browser):
    """HTML, CSS and JavaScript of any page stay under 60 KB once compressed (images apart)."""
    base, pages = pages_to_check
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    heavy = []
    for name, path in pages:
        sizes = {}

        def record(response, sizes=sizes):
            kind = response.request.resource_type
            if kind in ("document", "stylesheet", "script") and urlsplit(response.url).path:
                sizes[response.url] = len(gzip.compress(response.body()))

        page.on("response", record)
        page.goto(base + path, wait_until="networkidle")
        page.remove_listener("response", record)
        total = sum(sizes.values())
        if total > WEIGHT_LIMIT:
            heavy.append(f"{name}: {total / 1024:.1f} KB {sizes}")
    context.close()
    assert heavy == []


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(live_demo, page):
    page.goto(live_demo + "/fr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu principal"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
