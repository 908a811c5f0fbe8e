"""Every programme page type in a real browser, in both languages: no axe violations, and the
pieces that matter to visitors work without JavaScript."""

import pytest

PAGES = {
    "en": [
        "/en/programmes/",
        "/en/programmes/hrdap/",
        "/en/programmes/academy/",
        "/en/programmes/academy/human-rights-council/",
        "/en/programmes/hrcnet/",
        "/en/programmes/model-law/",
        "/en/programmes/trainings/",
        "/en/programmes/trainings/webinar-reprisals/",
    ],
    "fr": [
        "/fr/programmes/",
        "/fr/programmes/programme-plaidoyer-hrdap/",
        "/fr/programmes/academie/",
        "/fr/programmes/academie/conseil-des-droits-de-l-homme/",
        "/fr/programmes/reseau-hrcnet/",
        "/fr/programmes/loi-type/",
        "/fr/programmes/formations/",
        "/fr/programmes/formations/webinaire-represailles/",
    ],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_programme_page_type_has_no_axe_violations(
    live_demo, page, axe, screenshot, language
):
    # One demo load per language: every page type is checked in the same test.
    failures = []
    for path in PAGES[language]:
        response = page.goto(live_demo + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        violations, summary = axe(page)
        screenshot(page, "programmes" + path.replace("/", "_").rstrip("_"))
        if violations:
            failures.append(f"{path}:\n{summary}")
    assert failures == [], "\n\n".join(failures)


def test_academy_filter_and_model_law_details_work_without_javascript(live_demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo + "/en/programmes/academy/")
    page.select_option("#id_language", "fr")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/academy/?language=fr&level=")
    titles = page.locator(".course-list h3").all_inner_texts()
    assert titles == [
        "The Human Rights Council",
        "The Special Procedures",
        "Responding to reprisals",
    ]

    page.goto(live_demo + "/en/programmes/model-law/#section-30")
    commentary = page.locator("#section-30 details")
    assert not commentary.evaluate("element => element.open")
    page.locator("#section-30 summary").click()
    assert commentary.evaluate("element => element.open")
    assert page.locator("#section-30 details .rich-text").is_visible()
    context.close()
