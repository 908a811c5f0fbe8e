"""The foundation in a real browser: accessibility and the keyboard-driven language switcher."""

import pytest


@pytest.mark.parametrize(
    "path", ["/en/", "/fr/", "/en/support-defenders/", "/fr/soutien-aux-defenseurexs/"]
)
def test_home_and_seed_page_have_no_axe_violations(live_demo, page, axe, screenshot, path):
    page.goto(live_demo + path)
    violations, summary = axe(page)
    screenshot(page, "foundation" + path.replace("/", "_").rstrip("_"))
    assert violations == [], summary


def test_language_switcher_works_by_keyboard(live_demo, page):
    page.goto(live_demo + "/en/support-defenders/")
    # Tab from the top of the page until the French link of the switcher has focus.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "fr":
            break
    else:
        pytest.fail("The French link of the language switcher is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/soutien-aux-defenseurexs/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Comment soutenons-nous" in page.locator("h1").inner_text()
