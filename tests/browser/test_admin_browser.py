"""The real admin in a real browser: a moderator signs in and walks the editors' guide screens,
then translates a string in wagtail-localize's editor."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.editorial.admin_tour import admin_tour

PASSWORD = "a-long-test-password-1984"


def test_moderator_walks_the_guide_and_edits_a_translation(live_server, demo_site_live, page):
    moderator = get_user_model().objects.create_user("moderator", "m@ishr.test", PASSWORD)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    stops = admin_tour()

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")

    for stop in [s for s in stops if not s.administrators_only]:
        response = page.goto(live_server.url + stop.url)
        assert response.status == 200, stop.name
        assert stop.expect in page.content(), f"{stop.name}: '{stop.expect}' not shown"

    # In the translation editor, change the French title and publish it.
    translation_editor = next(s for s in stops if s.name == "06-translation-editor")
    page.goto(live_server.url + translation_editor.url)
    title_block = page.locator("li", has=page.get_by_text("About ISHR", exact=True)).first
    title_block.get_by_role("button", name="Edit").click()
    page.locator("textarea").first.fill("Qui sommes-nous")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("Translated manually").first.wait_for()
    page.get_by_role("button", name="Publish in French").click()
    page.wait_for_load_state("networkidle")
    page.goto(live_server.url + "/fr/a-propos/")
    assert page.locator("h1").inner_text() == "Qui sommes-nous"
