"""The newsroom and the home page in a real browser: no axe violations on the updates index,
an update and the home page in either language, no horizontal scroll at 360 px and 1280 px,
and the filters work without JavaScript."""

import pytest

PAGES = [
    "/en/latest-updates/",
    "/fr/actualites/",
    "/en/latest-updates/?topic=reprisals&type=statement",
    "/en/latest-updates/model-law-ten-years/",
    "/fr/actualites/loi-type-dix-ans/",
    "/en/latest-updates/thailand-treaty-body-review/",
    "/en/",
    "/fr/",
]


@pytest.mark.parametrize("path", PAGES)
def test_newsroom_pages_have_no_axe_violations(live_demo, page, axe, screenshot, path):
    page.goto(live_demo + path)
    violations, summary = axe(page)
    name = path.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")
    screenshot(page, "newsroom_" + (name or "home"))
    assert violations == [], summary


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(
    "path", ["/en/", "/fr/actualites/", "/en/latest-updates/model-law-ten-years/"]
)
def test_no_horizontal_scroll(live_demo, page, screenshot, width, path):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_demo + path)
    scroll = page.evaluate("document.documentElement.scrollWidth")
    name = path.strip("/").replace("/", "_") or "home"
    screenshot(page, f"newsroom_{name}_{width}")
    assert scroll <= width


def test_update_filters_work_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo + "/en/latest-updates/")
    page.locator("fieldset", has_text="Kind").get_by_label("Statement").check()
    page.get_by_role("button", name="Show updates").click()
    page.wait_for_url("**/en/latest-updates/?*type=statement*")
    kinds = page.locator(".update-card .resource-card__meta span:first-child").all_inner_texts()
    assert kinds and set(kinds) == {"Statement"}
    page.get_by_role("link", name="Clear all filters").first.click()
    page.wait_for_url("**/en/latest-updates/")
    context.close()
