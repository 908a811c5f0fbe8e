"""A restriction follows the page into every language.

A login, password or group restriction on a page (or an ancestor) in one language covers its
translations in every other language: when serving them (the French page asks for the same
login or password, and accepts it), in translations created later, when the English page is
moved under a restricted section while the French one stays where it was, and in every listing
(menus, breadcrumbs, sitemap, hreflang and the switcher, search, feeds, the mirror).
"""

import ast
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import override_settings

from wagtail.models import Page, PageViewRestriction

import pytest

from home.models import StandardPage
from home.restrictions import visible_to_public

from .restrictions import KINDS, PASSWORD, restrict_page

pytestmark = pytest.mark.django_db


def assert_asks_for_the_restriction(response, kind):
    if kind == "password":
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    else:
        assert response.status_code == 302
        assert "login" in response.headers["Location"]
    assert "no-store" in response.headers.get("Cache-Control", "") or response.status_code == 302


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_on_the_english_page_covers_the_french_one(client, demo_site, kind):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    assert client.get(french.url).status_code == 200
    restrict_page(about, kind)
    response = client.get(french.url)
    assert_asks_for_the_restriction(response, kind)
    assert french.title not in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_on_an_english_ancestor_covers_french_descendants(
    client, resource_demo, kind
):
    restrict_page(resource_demo.library_en, kind)
    french = resource_demo.french_of(resource_demo.resource("women-defenders-hrc-guide"))
    assert_asks_for_the_restriction(client.get(french.url), kind)
    assert_asks_for_the_restriction(client.get(resource_demo.library_fr.url), kind)


def test_a_restriction_on_the_french_page_covers_the_english_one(client, demo_site):
    about = demo_site.page("about/")
    restrict_page(demo_site.french_of(about), "login")
    assert_asks_for_the_restriction(client.get(about.url), "login")


def test_the_french_password_form_accepts_the_english_password(client, demo_site):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    restriction = restrict_page(about, "password")
    form = client.get(french.url)
    assert form.status_code == 200
    action = re.search(r'<form[^>]+action="([^"]+)"', form.content.decode()).group(1)
    assert f"/authenticate_with_password/{restriction.pk}/{french.pk}/" in action
    # A browser says where a form post comes from; password posts are taken only from this site.
    same_site = {"HTTP_ORIGIN": "http://testserver"}
    wrong = client.post(action, {"password": "not-it", "return_url": french.url}, **same_site)
    assert wrong.status_code == 200 and french.title not in wrong.content.decode()
    right = client.post(action, {"password": PASSWORD, "return_url": french.url}, **same_site)
    assert right.status_code == 302
    opened = client.get(french.url)
    assert opened.status_code == 200
    assert french.title in opened.content.decode()


def test_signed_in_users_open_a_french_page_restricted_to_logins(client, demo_site):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    restrict_page(about, "login")
    user = get_user_model().objects.create_user("reader", "reader@example.org", "x" * 16)
    client.force_login(user)
    assert client.get(french.url).status_code == 200


def test_groups_restriction_keeps_out_signed_in_users_outside_the_group(client, demo_site):
    about = demo_site.page("about/")
    restrict_page(about, "groups")
    user = get_user_model().objects.create_user("reader", "reader@example.org", "x" * 16)
    client.force_login(user)
    assert client.get(demo_site.french_of(about).url).status_code == 302


def make_english_page_in_a_restricted_section(demo_site, kind):
    """A new English page under "About", restricted after its French version already existed
    (so the French "About" has no restriction of its own, copied or not)."""
    about = demo_site.page("about/")
    restrict_page(about, kind)
    page = StandardPage(title="Board papers", slug="board-papers")
    about.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(page, locale, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import TranslationCreator

    editor = get_user_model().objects.get(username="admin")
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(editor, [locale]).create_translations(page)
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale
        )
        translation.save_target(user=editor, publish=True)
    translated = page.get_translation(locale)
    assert translated.live
    return translated


@pytest.mark.parametrize("kind", KINDS)
def test_a_translation_created_later_is_restricted_too(
    client, demo_site, kind, django_capture_on_commit_callbacks
):
    english = make_english_page_in_a_restricted_section(demo_site, kind)
    french = translate(english, demo_site.french, django_capture_on_commit_callbacks)
    assert french.get_parent().pk == demo_site.french_of(demo_site.page("about/")).pk
    assert not PageViewRestriction.objects.filter(page__in=french.get_ancestors(inclusive=True))
    assert_asks_for_the_restriction(client.get(french.url), kind)
    assert not visible_to_public(Page.objects.filter(pk=french.pk)).exists()


def test_moving_the_english_page_under_a_restricted_section_restricts_the_french_one(
    client, demo_site
):
    about = demo_site.page("about/")
    support = demo_site.page("support-defenders/")
    french_support = demo_site.french_of(support)
    assert client.get(french_support.url).status_code == 200  # rendered unrestricted
    restrict_page(about, "login")
    support.move(about, pos="last-child")
    french_support.refresh_from_db()
    assert french_support.get_parent().pk == demo_site.home_fr.pk  # the French one stayed
    assert_asks_for_the_restriction(client.get(french_support.url), "login")
    assert french_support.url not in client.get("/sitemap.xml").content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_cached_french_page_is_not_served_once_the_english_one_is_restricted(client, demo_site):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    assert client.get(french.url).status_code == 200
    assert client.get(french.url).headers["X-Cache"] == "HIT"
    restrict_page(about, "password")
    response = client.get(french.url)
    assert response.headers.get("X-Cache") != "HIT"
    assert_asks_for_the_restriction(response, "password")
    # And the password page itself is never cached.
    assert client.get(french.url).headers.get("X-Cache") != "HIT"


@pytest.mark.parametrize("kind", KINDS)
def test_listings_leave_restricted_translations_out(client, demo_site, kind):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    home_fr = client.get("/fr/").content.decode()
    assert f'href="{french.url}"' in home_fr  # in the French menu before
    restrict_page(about, kind)
    home_fr = client.get("/fr/").content.decode()
    assert f'href="{french.url}"' not in home_fr.split("<main")[0]  # the menu
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.full_url not in sitemap and about.full_url not in sitemap
    results = client.get("/fr/search/", {"q": french.title}).content.decode()
    assert french.url not in re.findall(r'<h3[^>]*><a href="(/[^"]+/)">', results)


def test_a_restriction_written_without_signals_leaves_every_listing_at_once(client, demo_site):
    """Listings read where restricted sections start from the shared cache: a restriction
    written by raw SQL (no model save, no signal) must still take effect on the next request."""
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    assert french.full_url in client.get("/sitemap.xml").content.decode()  # read and kept
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailcore_pageviewrestriction (page_id, restriction_type, password) "
            "VALUES (%s, %s, %s)",
            [about.pk, PageViewRestriction.LOGIN, ""],
        )
    sitemap = client.get("/sitemap.xml").content.decode()
    assert french.full_url not in sitemap and about.full_url not in sitemap
    assert f'href="{french.url}"' not in client.get("/fr/").content.decode().split("<main")[0]


def test_breadcrumbs_and_switcher_leave_out_a_restricted_french_section(client, resource_demo):
    """A French guide under the French library, restricted through the English library, shows
    a signed-in reader no breadcrumb to the library (public chrome lists public pages only)."""
    guide = resource_demo.resource("women-defenders-hrc-guide")
    restrict_page(resource_demo.library_en, "login")
    user = get_user_model().objects.create_user("reader", "reader@example.org", "x" * 16)
    client.force_login(user)
    html = client.get(resource_demo.french_of(guide).url).content.decode()
    breadcrumbs = html.split('class="breadcrumbs"', 1)[-1].split("</nav>", 1)[0]
    assert resource_demo.library_fr.url not in breadcrumbs


def test_no_module_lists_pages_with_wagtails_public_filter():
    """`.public()` knows nothing of translations: listings use `visible_to_public()`."""
    root = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(root))
        for folder in ("home", "programmes", "resources", "ishr_site")
        for path in (root / folder).rglob("*.py")
        if re.search(r"\.(not_)?public\(\)", _code_of(path))
    ]
    assert offenders == []


def _code_of(path):
    """The file without comments and docstrings (which may name `.public()`)."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(getattr(node, "value", None), ast.Constant):
            node.value.value = ""
    return ast.unparse(tree)


def test_editors_see_on_the_french_page_that_it_is_private_through_english(admin_client, demo_site):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    assert "privacy setting of" not in admin_client.get(f"/admin/pages/{french.pk}/edit/").text
    restrict_page(about, "login")
    edit = admin_client.get(f"/admin/pages/{french.pk}/edit/").text
    assert f"the privacy setting of “{about.title}” (English) covers it too" in edit
    english_edit = admin_client.get(f"/admin/pages/{about.pk}/edit/").text
    assert "covers it too" not in english_edit  # its own setting, shown by Wagtail
    privacy = admin_client.get(f"/admin/pages/{french.pk}/privacy/").content.decode()
    assert f"/admin/pages/{about.pk}/edit/" in privacy  # "inherited from" that page
