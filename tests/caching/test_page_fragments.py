"""The heavy parts of a page's own content (programme cards, related resources, a resource's
terms, files and related pages, the home page's featured cards) are kept in the shared cache per
site generation, site, language and page (home/templatetags/page_fragments.py). A publish
starts a new generation, so the next request shows the change, in either language; previews and
signed-in editors never read a kept fragment. The page cache is off here (test settings)."""

from django.utils import translation

import pytest

from ishr_site.caching.fragments import fragment_key
from ishr_site.caching.generation import page_cache

pytestmark = pytest.mark.django_db


def page_in(demo_site, url_path_en, language):
    page = demo_site.page(url_path_en)
    return page if language == "en" else demo_site.french_of(page)


def retitle(page, title):
    page = page.specific
    page.title = title
    page.save_revision().publish()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_programme_cards_follow_a_published_programme(client, demo_site, language):
    index = page_in(demo_site, "programmes/", language)
    programme = page_in(demo_site, "programmes/model-law/", language)
    assert programme.title in client.get(index.url).text  # now kept as a fragment
    retitle(programme, f"Model law, retitled ({language})")
    assert f"Model law, retitled ({language})" in client.get(index.url).text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_programmes_related_resources_follow_a_published_resource(client, demo_site, language):
    model_law = page_in(demo_site, "programmes/model-law/", language).specific
    resource = page_in(demo_site, "resources/model-law/", language)
    link = model_law.related_resources.model(resource=resource)
    model_law.related_resources.add(link)
    model_law.save_revision().publish()
    assert resource.title in client.get(model_law.url).text
    retitle(resource, f"A retitled guide ({language})")
    assert f"A retitled guide ({language})" in client.get(model_law.url).text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_resources_related_pages_and_summary_follow_publishing(client, demo_site, language):
    resource = page_in(demo_site, "resources/model-law/", language).specific
    related = demo_site.page("resources/model-law/").specific.related_resources.first()
    related = page_in(demo_site, related.resource.url_path.removeprefix("/home/"), language)
    assert related.title in client.get(resource.url).text
    retitle(related, f"A retitled related guide ({language})")
    assert f"A retitled related guide ({language})" in client.get(resource.url).text
    resource.summary = f"A new summary ({language})."
    resource.save_revision().publish()
    assert f"A new summary ({language})." in client.get(resource.url).text


def test_signed_in_editors_and_previews_never_read_a_kept_fragment(client, admin_user, demo_site):
    index = demo_site.page("programmes/")
    client.get(index.url)
    with translation.override("en"):
        key = fragment_key(f"page:{index.pk}:programme-cards", demo_site.site.pk)
    assert page_cache().get(key) is not None
    page_cache().set(key, "<p>Kept for visitors</p>")
    assert "Kept for visitors" in client.get(index.url).text
    client.force_login(admin_user)
    assert "Kept for visitors" not in client.get(index.url).text
    preview = index.specific.make_preview_request()
    assert "Kept for visitors" not in preview.content.decode()
