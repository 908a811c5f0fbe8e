"""The media folder serves image renditions and nothing else: no way out of MEDIA_ROOT/images.

Originals (MEDIA_ROOT/original_images) keep their metadata and documents (MEDIA_ROOT/documents)
have their own access checks in Wagtail's serve view: neither may come out of /media/, whatever
the spelling of the path (literal or percent-encoded `..`, backslashes, double encoding, absolute
paths, NUL, over-long or odd names, directories, links)."""

import io
import os

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from PIL import Image as PillowImage

pytestmark = pytest.mark.django_db

SECRET_TEXT = b"Names of the defenders we met in Geneva"


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder():
    """The site's own MEDIA_ROOT (a throwaway folder in tests), the one /media/ is served from."""


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (80, 60), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def media_files(settings):
    """A rendition, its original, and a document in a collection only staff may open."""
    image = Image(title="Meeting photo")
    image.file = ImageFile(io.BytesIO(png_bytes()), name="meeting-photo.png")
    image.save()
    rendition = image.get_rendition("fill-40x30")
    private = Collection.get_first_root_node().add_child(name="Staff only, media test")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Contacts",
        collection=private,
        file=ContentFile(SECRET_TEXT, name="contacts.txt"),
    )
    root = str(settings.MEDIA_ROOT)
    # Beside the media folder, which parallel test workers' folders share: one name each.
    secret_outside = os.path.join(
        os.path.dirname(root.rstrip("/")), f"outside-media-{os.getpid()}.txt"
    )
    with open(secret_outside, "wb") as handle:
        handle.write(SECRET_TEXT)
    yield {
        "rendition": rendition,
        "original": image.file.name,  # original_images/meeting-photo….png
        "document": document.file.name,  # documents/contacts….txt
        "root": root,
        "outside_name": os.path.basename(secret_outside),
        "original_bytes": image.file.open("rb").read(),
    }
    os.remove(secret_outside)


def escapes(files):
    """Every spelling of a path out of images/ towards another file, as sent by a client."""
    targets = [files["document"], files["original"], f"../{files['outside_name']}"]
    spellings = []
    for target in targets:
        encoded_slashes = target.replace("/", "%2f")
        spellings += [
            f"images/../{target}",
            f"images/./../{target}",
            f"images//../{target}",
            f"images/x/../../{target}",
            f"images/%2e%2e/{target}",
            f"images/%2E%2E/{target}",
            f"images/.%2e/{target}",
            f"images/..%2f{encoded_slashes}",
            f"images/%2e%2e%2f{encoded_slashes}",
            f"images/%252e%252e/{target}",
            f"images/%252e%252e%252f{target.replace('/', '%252f')}",
            f"images/..%5c{target.replace('/', '%5c')}",
            f"images/..\\{target.replace('/', chr(92))}",
            f"images/%c0%ae%c0%ae/{target}",
            f"images/../images/../{target}",
        ]
    absolute = os.path.join(files["root"], files["document"])
    spellings += [
        f"images/{absolute}",
        f"images//{absolute}",
        f"images/%2f{absolute.lstrip('/')}",
        "images/../../../../../../etc/passwd",
        "images/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "images//etc/passwd",
        # The other folders named directly, or below a language prefix.
        files["document"],
        files["original"],
        f"en/{files['document']}",
    ]
    return spellings


def assert_refused(response, address, files):
    # A slug-like name may first be sent to its /en/ address, as any unknown address of the
    # site is (LocaleMiddleware); that is then a 404 too.
    for hop, _status in getattr(response, "redirect_chain", []):
        assert hop.startswith("/en/media/"), (address, hop)
    assert response.status_code in (400, 404), (address, response.status_code)
    body = b"".join(response) if response.streaming else response.content
    assert SECRET_TEXT not in body, address
    assert files["original_bytes"] not in body, address


def test_a_rendition_is_served_with_long_cache_headers_and_no_cookie(media_files):
    rendition = media_files["rendition"]
    assert rendition.url.startswith("/media/images/")
    response = Client().get(rendition.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == rendition.file.open("rb").read()
    assert response["Content-Type"] == "image/png"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response.cookies
    assert Client().head(rendition.url).status_code == 200


def test_no_spelling_of_a_path_leads_out_of_the_renditions_folder(media_files):
    client = Client()
    for address in escapes(media_files):
        for method in (client.get, client.head):
            response = method(f"/media/{address}", follow=True)
            assert_refused(response, f"/media/{address}", media_files)


def test_the_plain_original_and_document_addresses_are_not_served_from_media(media_files):
    client = Client()
    for name in (media_files["original"], media_files["document"]):
        response = client.get(f"/media/{name}", follow=True)
        assert_refused(response, name, media_files)


@pytest.mark.parametrize(
    "name",
    [
        "a" * 255 + ".png",
        "a" * 300 + ".fill-40x30.png",
        "é" * 200 + ".png",
        "%ff%fe%fd.png",
        "%c3%28.png",
        ".hidden.png",
        "..",
        ".",
        "",
        "sub-folder",
        "sub-folder/inside.png",
        "with space.png",
        "semi;colon.png",
        "question%3f.png",
        "star*.png",
        "link-to-document.txt",
        "x%00.png",
        "x%0a.png",
    ],
)
def test_odd_or_over_long_names_are_a_404_never_a_500(media_files, name):
    images = os.path.join(media_files["root"], "images")
    os.makedirs(os.path.join(images, "sub-folder"), exist_ok=True)
    with open(os.path.join(images, "sub-folder", "inside.png"), "wb") as handle:
        handle.write(png_bytes())
    link = os.path.join(images, "link-to-document.txt")
    if not os.path.lexists(link):
        os.symlink(os.path.join(media_files["root"], media_files["document"]), link)
    response = Client(raise_request_exception=False).get(f"/media/images/{name}", follow=True)
    assert_refused(response, name, media_files)
    os.remove(link)


def test_only_reading_is_allowed(media_files):
    response = Client().post(media_files["rendition"].url)
    assert response.status_code in (403, 405)
