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
SCRIPT_LIMIT = 10 * 1024  # JavaScript only enhances


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
    """HTML, CSS and JavaScript of any page stay under 60 KB once compressed (images apart), and
    JavaScript under 10 KB."""
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
        scripts = sum(size for url, size in sizes.items() if url.endswith(".js"))
        if total > WEIGHT_LIMIT or scripts > SCRIPT_LIMIT:
            heavy.append(f"{name}: {total / 1024:.1f} KB, scripts {scripts} B {sizes}")
    context.close()
    assert heavy == []


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(live_demo, page):
    page.goto(live_demo + "/fr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu principal"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_menu_folds_behind_a_button_on_phones_and_stays_open_on_desktops(live_demo, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(live_demo + "/en/")
    toggle = page.get_by_role("button", name="Menu")
    menu = page.locator("nav.main-menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    menu.get_by_role("link").first.focus()
    page.keyboard.press("Escape")
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.dataset.menuToggle") == ""

    page.set_viewport_size(DESKTOP)
    assert not toggle.is_visible()
    assert menu.is_visible()
    context.close()

    # Without JavaScript there is no button and the menu is simply there.
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo + "/fr/")
    assert page.locator("nav.main-menu").is_visible()
    assert not page.locator("[data-menu-toggle]").is_visible()
    context.close()


def focus_stops(page, limit=400):
    """Press Tab until focus comes back round, describing each element that got focus."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """() => {
                const el = document.activeElement;
                const region = el.closest("nav, form, footer, section, header, main");
                return {
                    tag: el.tagName.toLowerCase(),
                    type: el.type || "",
                    text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim(),
                    href: el.getAttribute("href") || "",
                    region: region ? (region.className || region.tagName.toLowerCase()) : "",
                    outlined: getComputedStyle(el).outlineStyle !== "none",
                };
            }"""
        )
        if stop["tag"] == "body" or (stops and stop == stops[0]):
            break  # past the last stop: focus left the page or came round again
        stops.append(stop)
    return stops


def test_keyboard_reaches_switcher_menu_filters_pagination_and_downloads(live_demo, page):
    page.goto(live_demo + "/en/resources/")
    stops = focus_stops(page)
    regions = {stop["region"] for stop in stops}
    assert any("language-switcher" in region for region in regions)
    assert any("main-menu" in region for region in regions)
    assert any(stop["type"] == "checkbox" for stop in stops), "filters"
    assert any("pagination" in stop["region"] and "page=2" in stop["href"] for stop in stops)
    # Every stop shows where the focus is.
    assert [stop for stop in stops if not stop["outlined"]] == []

    page.goto(live_demo + "/fr/ressources/loi-type/")
    downloads = [stop for stop in focus_stops(page) if stop["href"].startswith("/documents/")]
    assert len(downloads) >= 2


def test_printed_model_law_and_guides_keep_the_content_and_drop_the_chrome(live_demo, page):
    page.goto(live_demo + "/en/programmes/model-law/")
    commentary = page.locator("#section-30 details .rich-text")
    assert not commentary.is_visible()  # folded on screen
    page.emulate_media(media="print")
    assert commentary.is_visible()
    for chrome in ("header.site-header", "footer.site-footer", "nav.breadcrumbs"):
        assert not page.locator(chrome).is_visible(), chrome
    page.goto(live_demo + "/fr/ressources/loi-type/")
    assert page.locator("main h1").is_visible()
    assert not page.locator("nav.main-menu").is_visible()
