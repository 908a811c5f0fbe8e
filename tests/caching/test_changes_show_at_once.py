"""Every change shows on the next request, whoever makes it and however: an editor publishing,
or a management command writing with `QuerySet.update()`, `bulk_create` or raw SQL, which send
no signals. Nothing about pages, sites, images or locales is kept in a worker between requests;
what is cached (whole pages, fragments such as menus) is keyed by the site generation, which
every such write moves on (ishr_site/caching/writes.py). The page cache is off here (test
settings) unless a test turns it on: each request renders the page."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from home.models import Footer
from ishr_site.caching.generation import GENERATION_KEY, page_cache
from programmes.models import NationalImplementation

pytestmark = pytest.mark.django_db


class Command(BaseCommand):
    """A management command that runs `work()`: what a maintenance script does."""

    def __init__(self, work):
        super().__init__()
        self.work = work

    def handle(self, *args, **options):
        self.work()


def run_command(work):
    call_command(Command(work))


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


def retitle_about_in_a_command():
    run_command(lambda: Page.objects.filter(url_path="/home/about/").update(title="Who we are"))


def test_a_command_updating_a_title_shows_on_the_next_uncached_request(client, demo_site):
    assert "Who we are" not in client.get("/en/about/").text
    assert "Who we are" not in client.get("/en/").text  # the menu, now cached as a fragment
    retitle_about_in_a_command()
    assert "<h1>Who we are</h1>" in client.get("/en/about/").text
    assert "Who we are" in client.get("/en/").text


def test_a_command_updating_a_title_shows_on_the_next_cached_request(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Cache"] == "HIT"
    retitle_about_in_a_command()
    response = client.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "<h1>Who we are</h1>" in response.text
    assert client.get("/en/about/")["X-Cache"] == "HIT"


def test_raw_sql_in_a_command_shows_at_once(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 600
    footer = Footer.objects.get(locale=demo_site.french)
    client.get("/fr/")

    def write():
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {Footer._meta.db_table} SET note = %s WHERE id = %s",
                ["Une mention écrite en SQL.", footer.pk],
            )

    run_command(write)
    assert "Une mention écrite en SQL." in client.get("/fr/").text


def test_bulk_created_rows_show_at_once(client, demo_site):
    model_law = demo_site.page("programmes/model-law/")
    assert "Decree 2099/7" not in client.get(model_law.url).text
    run_command(
        lambda: NationalImplementation.objects.bulk_create(
            [
                NationalImplementation(
                    page=model_law,
                    country="ML",
                    status="law_adopted",
                    year=2099,
                    reference="Decree 2099/7",
                )
            ]
        )
    )
    assert "Decree 2099/7" in client.get(model_law.url).text


def test_a_site_host_name_updated_without_signals_shows_in_every_address(client, demo_site):
    client.get("/en/about/")
    run_command(lambda: Site.objects.filter(pk=demo_site.site.pk).update(hostname="ishr.example"))
    response = client.get("/en/about/", HTTP_HOST="ishr.example")
    assert '<link rel="canonical" href="http://ishr.example/en/about/">' in response.text


def test_a_transaction_starts_a_new_generation_once_more_when_it_commits(
    demo_site, django_capture_on_commit_callbacks
):
    """Other workers see a write only once it is committed: one that read the new generation
    before the commit may have stored the old page under it, which the commit retires."""
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.filter(url_path="/home/about/").update(title="Who we are")
        Page.objects.filter(url_path="/home/about/").update(title="Who we are, again")
        during = page_cache().get(GENERATION_KEY)
        assert during is not None
    assert page_cache().get(GENERATION_KEY) != during


def test_reading_writes_nothing_and_keeps_the_generation(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/en/about/")
    generation = page_cache().get(GENERATION_KEY)
    for path in ("/en/", "/fr/", "/en/about/", "/en/resources/", "/en/search/?q=rights"):
        client.get(path)
    assert page_cache().get(GENERATION_KEY) == generation


def test_making_or_dropping_a_database_is_not_a_change_of_content():
    """The test run itself creates databases through Django's connection to no database, with
    the site's own database not there yet: nothing of it may wait for that database."""
    from ishr_site.caching.writes import written_model

    assert written_model('CREATE DATABASE "test_ishr" TEMPLATE "test_ishr_demo"') == (False, None)
    assert written_model('DROP DATABASE IF EXISTS "test_ishr" WITH (FORCE)') == (False, None)
    assert written_model("UPDATE wagtailcore_page SET title = 'x'")[0] is True
