"""Static files as production serves them: fingerprinted names, pre-compressed bodies and a
lifetime of a year, so a returning visitor on a slow, paid connection downloads them once."""

from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client, override_settings

import pytest

PRODUCTION_STATIC = {
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def production_static_settings(root):
    return override_settings(
        STATIC_ROOT=root,
        STORAGES={**django_settings.STORAGES, **PRODUCTION_STATIC},
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )


@pytest.fixture(scope="module")
def collected_static_root(tmp_path_factory):
    """The static files collected once for the module (compressing them takes a while)."""
    root = tmp_path_factory.mktemp("static")
    with production_static_settings(root):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def collected_static(collected_static_root):
    with production_static_settings(collected_static_root):
        yield Client()  # a new client loads WhiteNoise over the collected folder


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_pages_link_fingerprinted_files_served_compressed_for_a_year(
    demo_site, collected_static, encoding
):
    client = collected_static
    html = client.get("/en/").content.decode()
    stylesheet = html.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    script = html.split('<script src="', 1)[1].split('"', 1)[0]
    for url in (stylesheet, script):
        assert url.count(".") >= 2, url  # name.<hash>.css: a new file whenever it changes
        response = client.get(url, HTTP_ACCEPT_ENCODING=encoding)
        assert response.status_code == 200, url
        assert response["Content-Encoding"] == encoding
        cache_control = response["Cache-Control"]
        assert "immutable" in cache_control and "max-age=315360000" in cache_control
