"""The library, a resource and search in a real browser: no axe violations in either language,
and the filter form works without JavaScript."""

import pytest

PAGES = [
    "/en/resources/",
    "/fr/ressources/",
    "/en/resources/?type=guide&language=ar&sort=title",
    "/fr/ressources/?topic=reprisals",
    "/en/resources/model-law/",
    "/fr/ressources/loi-type/",
    "/fr/ressources/loi-type/",
    "/en/search/?q=model+law",
    "/fr/search/?q=loi",
]


@pytest.mark.parametrize("path", sorted(set(PAGES)))
def test_resource_pages_have_no_axe_violations(live_demo, page, axe, screenshot, path):
    page.goto(live_demo + path)
    violations, summary = axe(page)
    name = path.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")
    screenshot(page, "resources_" + name)
    assert violations == [], summary


def test_filters_work_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo + "/en/resources/")
    page.get_by_label("Guide").first.check()
    page.get_by_label("Sort by").select_option("title")
    page.get_by_role("button", name="Show resources").click()
    page.wait_for_url("**/en/resources/?*type=guide*")
    assert "sort=title" in page.url
    titles = page.locator(".resource-card__title").all_inner_texts()
    assert titles and titles == sorted(titles, key=str.lower)
    page.get_by_role("link", name="Clear all filters").first.click()
    page.wait_for_url("**/en/resources/")
    context.close()
