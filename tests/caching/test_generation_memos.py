"""What each process remembers between requests (ishr_site/caching/memo.py) never outlives a change:
the next uncached render after an editor publishes, or saves a site, an image or a restriction,
shows it. The page cache stays off here (test settings): each request renders the page."""

from wagtail.models import PageViewRestriction

import pytest

from ishr_site.caching import memo

pytestmark = pytest.mark.django_db


def test_a_new_translation_address_shows_in_the_language_links(client, demo_site):
    about = demo_site.page("about/")
    french = demo_site.french_of(about)
    assert 'hreflang="fr" href="http://testserver/fr/a-propos/"' in client.get("/en/about/").text
    french.slug = "qui-sommes-nous"
    french.save_revision().publish()
    english = client.get("/en/about/").text
    assert 'hreflang="fr" href="http://testserver/fr/qui-sommes-nous/"' in english
    assert client.get("/fr/qui-sommes-nous/").status_code == 200


def test_an_unpublished_translation_leaves_the_link_previews(client, demo_site):
    about = demo_site.page("about/")
    assert 'og:locale:alternate" content="fr_FR"' in client.get("/en/about/").text
    demo_site.french_of(about).unpublish()
    english = client.get("/en/about/").text
    assert 'og:locale:alternate" content="fr_FR"' not in english
    assert 'href="http://testserver/fr/a-propos/"' not in english
    assert client.get("/fr/a-propos/").status_code == 404


def test_featured_cards_follow_the_home_page_and_the_featured_pages(client, demo_site):
    home = demo_site.home_en
    client.get("/en/")
    home.featured[0].value["summary"] = "Practical help for defenders, this week."
    home.save_revision().publish()
    assert "Practical help for defenders, this week." in client.get("/en/").text

    client.get("/fr/")
    french_about = demo_site.french_of(demo_site.page("about/"))
    french_about.intro = "Une présentation toute neuve du service."
    french_about.save_revision().publish()
    assert "Une présentation toute neuve du service." in client.get("/fr/").text


def test_previews_show_unpublished_featured_cards(client, demo_site):
    home = demo_site.home_en
    client.get("/en/")
    home.featured[0].value["summary"] = "Only in the draft."
    revision = home.save_revision()
    preview = revision.as_object().make_preview_request()
    assert "Only in the draft." in preview.content.decode()
    assert "Only in the draft." not in client.get("/en/").text


def test_a_new_view_restriction_applies_at_once(client, demo_site):
    about = demo_site.page("about/")
    assert "<h1>" in client.get("/en/about/").text
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    response = client.get("/en/about/")
    assert 'name="password"' in response.text
    assert about.title not in response.text.split("<main")[-1]


def test_a_changed_site_host_name_shows_in_every_address(client, demo_site):
    assert '<link rel="canonical" href="http://testserver/en/about/">' in (
        client.get("/en/about/").text
    )
    site = demo_site.site
    site.hostname = "www.example.org"
    site.port = 443
    site.save()
    # Still the default site, so it answers for this host name too.
    response = client.get("/en/about/")
    assert '<link rel="canonical" href="https://www.example.org/en/about/">' in response.text
    assert 'property="og:image" content="https://www.example.org/' in response.text


def test_a_moved_or_unpublished_page_is_routed_afresh(client, demo_site):
    about = demo_site.page("about/")
    assert client.get("/en/about/").status_code == 200
    about.slug = "who-we-are"
    about.save_revision().publish()
    assert client.get("/en/who-we-are/").status_code == 200
    assert client.get("/en/about/").status_code in (301, 404)
    about.refresh_from_db()
    about.unpublish()
    assert client.get("/en/who-we-are/").status_code == 404


def test_programme_inline_items_and_related_pages_follow_publishing(client, demo_site):
    model_law = demo_site.page("programmes/model-law/")
    client.get(model_law.url)
    entries = list(model_law.implementations.all())
    entries[0].reference = "Decree 2099/7 on defenders"
    model_law.implementations = entries
    model_law.save_revision().publish()
    assert "Decree 2099/7 on defenders" in client.get(model_law.url).text

    resource = demo_site.page("resources/model-law/")
    related = resource.related_resources.first().resource.specific
    client.get(resource.url)
    related.title = "A retitled related guide"
    related.save_revision().publish()
    assert "A retitled related guide" in client.get(resource.url).text


def test_nothing_is_remembered_outside_a_request(demo_site):
    calls = []
    remembered = memo.GenerationMemo(max_entries=10)
    remembered.get("key", lambda: calls.append(1))
    remembered.get("key", lambda: calls.append(1))
    assert len(calls) == 2


def test_memory_stays_within_its_bound(client, demo_site):
    for number in range(80):
        client.get("/en/about/", HTTP_HOST=f"host-{number}.example.org")
    from ishr_site.caching import sites

    assert len(sites._sites._state[1]) <= sites._sites.max_entries
