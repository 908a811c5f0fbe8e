"""The shared vocabulary in the admin: topics and countries under one menu, a country's ISO code
kept the same in every language and never given to two countries of one language."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from home.models import Country

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, demo_site):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_topics_and_countries_are_listed_under_the_shared_vocabulary(admin_client):
    assert "Shared vocabulary" in admin_client.get("/admin/").content.decode()
    topics = admin_client.get("/admin/snippets/home/topic/").content.decode()
    assert "Reprisals" in topics
    countries = admin_client.get("/admin/snippets/home/country/").content.decode()
    assert "Côte d&#x27;Ivoire" in countries or "Côte d'Ivoire" in countries
    assert ">CI<" in countries.replace(" ", "").replace("\n", "")


def test_demo_countries_carry_their_code_in_both_languages(demo_site):
    french = Locale.objects.get(language_code="fr")
    mali = Country.objects.get(slug="mali", locale=Locale.get_default())
    assert (mali.code, mali.get_translation(french).code) == ("ML", "ML")


def test_a_code_given_to_a_second_country_is_refused_with_a_message(admin_client):
    english = Locale.get_default()
    response = admin_client.post(
        f"/admin/snippets/home/country/add/?locale={english.language_code}",
        {"name": "Mali again", "slug": "mali-again", "region": "africa", "code": "ML"},
    )
    assert response.status_code == 200
    assert "Another country in this language has this ISO code." in response.content.decode()
    assert not Country.objects.filter(slug="mali-again").exists()
    # Countries without a code are not counted as sharing one.
    response = admin_client.post(
        f"/admin/snippets/home/country/add/?locale={english.language_code}",
        {"name": "Somewhere", "slug": "somewhere", "region": "global", "code": ""},
    )
    assert response.status_code == 302
    assert Country.objects.filter(code="", locale=english).count() == 1


def test_a_new_code_reaches_the_french_translation_when_it_is_synchronised(demo_site):
    french = Locale.objects.get(language_code="fr")
    mali = Country.objects.get(slug="mali", locale=Locale.get_default())
    mali.code = "NE"
    Country.objects.filter(slug="niger").update(code="")
    mali.save()
    source, _created = TranslationSource.update_or_create_from_instance(mali)
    source.create_or_update_translation(french)
    assert mali.get_translation(french).code == "NE"
