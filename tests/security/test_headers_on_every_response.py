"""Every response carries the security headers, whichever layer answers and however bad the
request: refusals of the outermost middleware (bad Host, too many parameters, too much data),
Django's own 400/403/404/500 handlers, the database's 503 page, redirects, page-cache hits, image
renditions, documents and WhiteNoise's static files. Checked with production settings."""

import io
import socket
import urllib.error
import urllib.request

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client, override_settings

from wagtail.documents import get_document_model
from wagtail.images.models import Image

import pytest
from PIL import Image as PillowImage

from .production import production_environment, production_settings
from .throwaway_postgres import SiteServer, free_port

pytestmark = pytest.mark.django_db

HOST = "www.ishr.ch"
SECURE = {"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https"}
TOO_MANY = 1001  # Django's DATA_UPLOAD_MAX_NUMBER_FIELDS is 1000


def assert_security_headers(headers, what):
    headers = {name.lower(): value for name, value in headers.items()}
    assert headers.get("content-security-policy"), what
    assert "frame-ancestors" in headers["content-security-policy"] or (
        headers["content-security-policy"] == "default-src 'none'"  # Wagtail's, on documents
    ), what
    assert headers.get("referrer-policy") == "same-origin", what
    assert headers.get("x-content-type-options") == "nosniff", what
    assert "camera=()" in headers.get("permissions-policy", ""), what
    assert headers.get("cross-origin-opener-policy") == "same-origin", what
    assert headers.get("cross-origin-resource-policy") == "same-origin", what
    assert headers.get("x-frame-options") in ("DENY", "SAMEORIGIN"), what
    assert headers.get("strict-transport-security", "").startswith("max-age=31536000"), what


@pytest.fixture
def production(settings):
    """Production's security settings and its page cache, for the host it serves."""
    with override_settings(**production_settings(), ALLOWED_HOSTS=[HOST], PAGE_CACHE_SECONDS=600):
        yield


def many_fields(count):
    return "&".join(f"field{number}=x" for number in range(count))


def multipart_with_files(count):
    boundary = "BoUnDaRy"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="file{n}"; filename="f{n}.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\nx\r\n"
        for n in range(count)
    ]
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


# fmt: off
BAD_REQUESTS = [
    # (what, method, path, extra request arguments)
    ("a host the site does not serve", "get", "/en/", {"HTTP_HOST": "evil.example"}),
    ("a host that is not a host name", "get", "/en/", {"HTTP_HOST": "www.ishr.ch:x y"}),
    ("a bad host, uncached path", "get", "/admin/", {"HTTP_HOST": "evil.example"}),
    ("a bad host on a post", "post", "/en/", {"HTTP_HOST": "evil.example"}),
    ("too many query parameters", "get", f"/en/?{many_fields(TOO_MANY)}", {}),
    ("too many query parameters, search", "get", f"/en/search/?{many_fields(TOO_MANY)}", {}),
    ("too many form fields", "post", "/en/contact/", {
        "data": many_fields(TOO_MANY), "content_type": "application/x-www-form-urlencoded"}),
    ("a body over the upload limit", "post", "/en/contact/", {
        "data": "x=" + "y" * (3 * 1024 * 1024),
        "content_type": "application/x-www-form-urlencoded"}),
    ("too many files", "post", "/en/contact/", dict(zip(
        ("data", "content_type"), multipart_with_files(101), strict=True))),
    ("a multipart body without a boundary", "post", "/en/contact/", {
        "data": "x", "content_type": "multipart/form-data"}),
    ("a control character in the address", "get", "/en/%00about/", {}),
    ("a control character in the query", "get", "/en/?q=%07", {}),
    ("a form posted without its CSRF token", "post", "/admin/login/", {
        "data": {"username": "x", "password": "y"}}),
    ("an unknown page", "get", "/en/no-such-page/", {}),
    ("an unknown French page", "get", "/fr/pas-de-page/", {}),
    ("an unknown document", "get", "/documents/999999/nothing.pdf", {}),
    ("an unknown image", "get", "/media/images/nothing.png", {}),
    ("an image name of 300 characters", "get", "/media/images/" + "a" * 300 + ".png", {}),
    ("a way out of the media folder", "get", "/media/images/../documents/x.pdf", {}),
    ("a post to an image", "post", "/media/images/nothing.png", {}),
    ("a failing view", "get", "/failing-view/", {}),
    ("the front door's redirect", "get", "/", {}),
    ("the admin's redirect to sign in", "get", "/admin/", {}),
    ("an odd method", "options", "/en/", {}),
]
# fmt: on


@pytest.mark.parametrize(
    "what, method, path, extra", BAD_REQUESTS, ids=[row[0] for row in BAD_REQUESTS]
)
def test_bad_requests_and_errors_carry_the_security_headers(
    demo_site, production, settings, what, method, path, extra
):
    settings.ROOT_URLCONF = "tests.security.urls_with_a_failing_view"
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = getattr(client, method)(path, **{**SECURE, **extra})
    assert response.status_code != 200 or method == "options", (what, response.status_code)
    if what != "a failing view":
        assert response.status_code < 500, (what, response.status_code)
    assert_security_headers(response.headers, what)


def test_pages_cache_hits_images_documents_and_static_files_carry_them(
    demo_site, production, settings
):
    settings.WHITENOISE_USE_FINDERS = True
    client = Client()
    buffer = io.BytesIO()
    PillowImage.new("RGB", (20, 20)).save(buffer, format="PNG")
    image = Image(title="Square")
    image.file = ImageFile(buffer, name="square.png")
    image.save()
    rendition = image.get_rendition("fill-10x10")
    document = get_document_model().objects.create(
        title="Public note", file=ContentFile(b"A public note", name="public-note.txt")
    )
    for what, path in [
        ("a page", "/en/"),
        ("the same page, from the page cache", "/en/"),
        ("a French page", "/fr/"),
        ("an image rendition", rendition.url),
        ("a public document", document.url),
        ("a static file", "/static/css/site.css"),
        ("robots.txt", "/robots.txt"),
        ("the sitemap", "/sitemap.xml"),
        ("the admin's sign-in page", "/admin/login/"),
    ]:
        response = client.get(path, **SECURE)
        assert response.status_code == 200, (what, response.status_code)
        assert_security_headers(response.headers, what)
        if what == "the same page, from the page cache":
            assert response.headers["X-Cache"] == "HIT"


def closed_port():
    port = free_port()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    return port


def test_the_database_outage_page_carries_them_under_gunicorn(tmp_path):
    environment = production_environment(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/ishr_media_gone",
        REDIS_URL="redis://127.0.0.1:6379/9",
        MEDIA_ROOT=str(tmp_path / "media"),
        DJANGO_SETTINGS_MODULE="tests.security.production_without_collected_static",
    )
    server = SiteServer(environment)
    try:
        for path in ("/en/", "/fr/about/", "/documents/1/x.pdf", "/admin/login/"):
            request = urllib.request.Request(
                f"http://127.0.0.1:{server.port}{path}",
                headers={"Host": HOST, "X-Forwarded-Proto": "https"},
            )
            with pytest.raises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(request, timeout=30)  # noqa: S310 (the loopback)
            assert answer.value.code == 503, path
            assert_security_headers(dict(answer.value.headers), path)
    finally:
        server.stop()
