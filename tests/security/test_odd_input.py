"""Odd input is never a 500, and a private document is never kept by a shared cache.

A session cookie is whatever the visitor sends: a NUL byte (PostgreSQL refuses it in a query),
thousands of characters, quotes, letters from other alphabets. Each engine the site uses
(database sessions; Redis in front of the database in production) treats an odd one as no
session at all. Documents a collection's view restriction protects are sent `private` and
`no-store`: a CDN or a proxy on the way never keeps a staff download."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

pytestmark = pytest.mark.django_db

SESSION_ENGINES = [
    "ishr_site.security.session_engines.db",
    "ishr_site.security.session_engines.cached_db",
]
ODD_SESSION_COOKIES = [
    '"abcdefgh\\000ijklmnopqrstuvwxyz012345"',  # a quoted NUL, which Django unquotes
    "abcdefgh\x00ijklmnopqrstuvwxyz012345",
    "\x00" * 32,
    "a" * 5000,
    "é" * 40,
    '"' + "\\" * 40 + '"',
    "../../../../etc/passwd",
    "%00%00%00%00%00%00%00%00",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
    "abc",
    "",
]
OTHER_ODD_COOKIES = [
    "csrftoken=\x00\x00\x00; django_language=\x00fr",
    "django_language=" + "x" * 5000,
    "messages=\x00" + "é" * 100,
    "sessionid=a; sessionid=b\x00; =; ;;; ==",
    "\x00=\x00",
]
PATHS = ["/en/", "/fr/", "/en/contact/", "/en/search/?q=rights", "/admin/login/", "/robots.txt"]


@pytest.mark.parametrize("engine", SESSION_ENGINES)
@pytest.mark.parametrize("value", ODD_SESSION_COOKIES)
def test_an_odd_session_cookie_is_no_session_never_a_500(demo_site, settings, engine, value):
    settings.SESSION_ENGINE = engine
    client = Client(raise_request_exception=False)
    for path in PATHS:
        response = client.get(path, HTTP_COOKIE=f"sessionid={value}")
        assert response.status_code in (200, 302), (path, value, response.status_code)
    # Signing in with such a cookie gives a fresh, well-formed session.
    get_user_model().objects.create_user("odd-cookie", password="a long enough password")
    response = client.post(
        "/admin/login/",
        {"username": "odd-cookie", "password": "a long enough password"},
        HTTP_COOKIE=f"sessionid={value}",
    )
    assert response.status_code in (200, 302), (value, response.status_code)
    for session in Session.objects.all():
        assert session.session_key.isalnum() and session.session_key.isascii()


@pytest.mark.parametrize("cookie", OTHER_ODD_COOKIES)
def test_other_odd_cookies_are_never_a_500(demo_site, cookie):
    client = Client(raise_request_exception=False)
    for path in PATHS:
        response = client.get(path, HTTP_COOKIE=cookie)
        assert response.status_code in (200, 302), (path, cookie, response.status_code)


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/" + "a" * 255 + ".png",
        "/media/images/" + "a" * 400 + ".fill-300x200.format-webp.webp",
        "/media/original_images/" + "a" * 300 + ".jpg",
        "/documents/1/" + "a" * 300 + ".pdf",
        "/documents/" + "9" * 300 + "/x.pdf",
        "/en/" + "a" * 300 + "/",
        "/fr/" + "é" * 300 + "/",
    ],
)
def test_over_long_file_and_page_paths_are_a_404_never_a_500(demo_site, path):
    response = Client(raise_request_exception=False).get(path, follow=True)
    assert response.status_code == 404, (path[:60], response.status_code)


@pytest.fixture
def documents():
    root = Collection.get_first_root_node()
    staff = root.add_child(name="Staff, odd input test")
    CollectionViewRestriction.objects.create(
        collection=staff, restriction_type=CollectionViewRestriction.LOGIN
    )
    below_staff = staff.add_child(name="Below staff, odd input test")
    with_password = root.add_child(name="Password, odd input test")
    CollectionViewRestriction.objects.create(
        collection=with_password,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="a shared password",
    )
    Document = get_document_model()  # noqa: N806

    def document(name, collection):
        return Document.objects.create(
            title=name, collection=collection, file=ContentFile(b"text", name=f"{name}.txt")
        )

    return {
        "public": document("public", root),
        "staff": document("staff", staff),
        "below-staff": document("below-staff", below_staff),
        "password": document("password", with_password),
    }


def test_private_documents_are_sent_private_and_public_ones_keep_their_caching(
    demo_site, admin_client, documents
):
    public = Client().get(documents["public"].url)
    assert public.status_code == 200
    assert "private" not in public.get("Cache-Control", "")
    assert "no-store" not in public.get("Cache-Control", "")
    for name in ("staff", "below-staff"):
        response = admin_client.get(documents[name].url)
        assert response.status_code == 200, name
        assert "private" in response["Cache-Control"], name
        assert "no-store" in response["Cache-Control"], name
        assert "public" not in response["Cache-Control"], name
    # A shared password: once it is given, the file is still nobody else's to keep.
    restriction = documents["password"].collection.get_view_restrictions().get()
    visitor = Client()
    visitor.post(
        f"/documents/authenticate_with_password/{restriction.pk}/",
        {"password": "a shared password", "return_url": documents["password"].url},
        HTTP_ORIGIN="http://testserver",  # a browser's post from this site
    )
    response = visitor.get(documents["password"].url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    # The login page or password form a visitor gets instead is not kept either.
    refused = Client().get(documents["staff"].url)
    assert refused.status_code == 302
    assert "private" in refused["Cache-Control"]
