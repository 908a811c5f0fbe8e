"""With two-factor on, the password alone opens nothing that needs a sign-in.

A staff session that has not yet given its one-time code is sent to enter it before any private
document, login- or group-restricted page (in English and in French), preview or admin page
opens, whichever sign-in form it came through; once verified, the same session gets them.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
VERIFY = "/admin/two-factor/verify/"
SECRET_TEXT = b"Minutes of the closed meeting with defenders."


@pytest.fixture(autouse=True)
def two_factor_on():
    with override_settings(TWO_FACTOR_REQUIRED=True):
        yield


@pytest.fixture
def staff():
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document(title="Closed meeting", collection=collection)
    document.file.save("closed-meeting.txt", ContentFile(SECRET_TEXT), save=False)
    document.save()
    return document


@pytest.fixture
def restricted_pages(demo_site):
    """The About page and its French translation, for signed-in users only, and a page for
    the Moderators group only."""
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    for page in (about, french):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    group_page = demo_site.page("about/").get_children().live().first() or about
    restriction = PageViewRestriction.objects.create(
        page=group_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Moderators"))
    return [about.get_url(), french.get_url(), group_page.get_url()]


def code(user):
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key):06d}"


def staff_only_urls(private_document, restricted_pages, demo_site):
    about = demo_site.page("about/")
    return [
        private_document.url,
        *restricted_pages,
        f"/admin/pages/{about.id}/view_draft/",
        f"/admin/pages/{about.id}/edit/",
        "/admin/",
    ]


def asks_for_the_code(response):
    return response.status_code == 302 and response.headers["Location"].startswith(VERIFY)


def test_the_admin_login_alone_opens_nothing_staff_only(
    client, staff, private_document, restricted_pages, demo_site
):
    client.post("/admin/login/", {"username": "moderator", "password": PASSWORD})
    urls = staff_only_urls(private_document, restricted_pages, demo_site)
    for url in urls:
        response = client.get(url)
        assert asks_for_the_code(response), (url, response.status_code)
        assert SECRET_TEXT not in b"".join(getattr(response, "streaming_content", [b""]))
    # The code page sends the editor back where they were going.
    target = client.get(restricted_pages[1]).headers["Location"]
    assert target.endswith(f"next={restricted_pages[1].replace('/', '%2F')}")

    verified = client.post(VERIFY, {"code": code(staff), "next": restricted_pages[1]})
    assert verified.headers["Location"] == restricted_pages[1]
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert b"".join(client.get(private_document.url).streaming_content) == SECRET_TEXT


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_front_end_login_form_leads_to_the_code_too(
    client, staff, private_document, restricted_pages, demo_site, language
):
    page_url = restricted_pages[0 if language == "en" else 1]
    to_login = client.get(page_url)
    assert to_login.status_code == 302  # an anonymous visitor is asked to sign in
    signed_in = client.post(
        to_login.headers["Location"], {"username": "moderator", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    landing = client.get(signed_in.headers["Location"])
    assert asks_for_the_code(landing)
    assert asks_for_the_code(client.get(private_document.url))
    client.post(VERIFY, {"code": code(staff), "next": page_url})
    assert client.get(page_url).status_code == 200


def test_without_two_factor_the_password_is_enough(
    client, staff, private_document, restricted_pages, demo_site
):
    with override_settings(TWO_FACTOR_REQUIRED=False):
        client.post("/admin/login/", {"username": "moderator", "password": PASSWORD})
        for url in staff_only_urls(private_document, restricted_pages, demo_site):
            assert client.get(url).status_code == 200, url


def test_anonymous_visitors_are_still_asked_to_sign_in(client, private_document, restricted_pages):
    for url in [private_document.url, *restricted_pages]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/_util/login/" in response.headers["Location"]
