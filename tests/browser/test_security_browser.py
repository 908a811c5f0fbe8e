"""The Content-Security-Policy in a real browser: public pages and the admin's live preview
work without a single blocked resource."""

from django.conf import settings

import pytest

VIOLATION_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


def watch_violations(page):
    page.add_init_script(VIOLATION_LISTENER)
    console_errors = []
    page.on(
        "console",
        lambda message: (
            console_errors.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return console_errors


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/en/contact/", "/fr/confidentialite/"])
def test_public_pages_load_nothing_the_policy_blocks(live_demo, page, path):
    console_errors = watch_violations(page)
    response = page.goto(live_demo + path)
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    assert console_errors == []
    # The stylesheet (a same-origin file) did apply.
    assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") in {
        "absolute",
        "fixed",
    }


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason=(
        "On SQLite's shared in-memory test database, a request of the open editor still being "
        "answered when the test ends locks a table against the flush; the policy does not "
        "depend on the database, and the PostgreSQL run checks it"
    ),
)
def test_the_editor_and_its_live_preview_work_under_the_admin_policy(
    live_server, demo_site_live, page
):
    console_errors = watch_violations(page)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "demo-password-for-tests")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    about = demo_site_live.page("about/")
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    page.fill("#id_title", "About ISHR — live preview")
    page.click("[data-side-panel-toggle=preview]")
    frame = page.frame_locator("#w-preview-iframe")
    heading = frame.locator("h1")
    heading.wait_for(timeout=15000)
    assert heading.inner_text() == "About ISHR — live preview"
    assert page.evaluate("window.__cspViolations") == []
    assert console_errors == []
