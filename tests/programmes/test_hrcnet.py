"""HRCnet: member organisations in the page's language, and updates per Council session."""

from datetime import date

from wagtail.models import Locale

import pytest

from programmes.models import HRCnetPage, NetworkMember
from tests import programmes_fixtures
from tests.programmes_fixtures import add_page
from tests.programmes_helpers import assert_fragment_links_resolve, main_content

programmes_index = programmes_fixtures.programmes_index


@pytest.fixture
def hrcnet(programmes_index):
    page = add_page(
        programmes_index,
        HRCnetPage(
            title="HRCnet",
            slug="hrcnet",
            session_updates=[
                (
                    "session",
                    {
                        "session": "HRC57",
                        "starts_on": date(2024, 9, 9),
                        "ends_on": date(2024, 10, 11),
                        "summary": "<p>Joint statement.</p>",
                        "links": [
                            {"title": "HRC57: key takeaways", "url": "https://example.org/57"}
                        ],
                    },
                )
            ],
        ),
    )
    english = page.locale
    NetworkMember.objects.create(
        locale=english, name="West African Human Rights Defenders Network", country="TG"
    )
    NetworkMember.objects.create(
        locale=english, name="CIVICUS", country="ZA", website="https://example.org/civicus"
    )
    return page


def test_members_and_sessions_in_english(client, hrcnet):
    html = main_content(client.get(hrcnet.url).content.decode())
    assert "2 member organisations" in html
    assert html.index("CIVICUS") < html.index("West African")  # alphabetical
    assert "Togo" in html and "South Africa" in html
    assert '<a href="https://example.org/civicus">CIVICUS</a>' in html
    assert 'id="hrc57"' in html and "9 September 2024" in html
    assert '<a href="https://example.org/57">HRC57: key takeaways</a>' in html


def test_french_page_lists_french_members_or_falls_back_to_english(client, hrcnet):
    french_locale = Locale.objects.get(language_code="fr")
    french_page = hrcnet.copy_for_translation(french_locale, copy_parents=True)
    french_page.save_revision().publish()

    # No French member records yet: the English ones are shown, country names in French.
    html = main_content(client.get(french_page.url).content.decode())
    assert "West African Human Rights Defenders Network" in html
    assert "Afrique du Sud" in html

    for member in NetworkMember.objects.filter(locale=hrcnet.locale):
        translated = member.copy_for_translation(french_locale)
        if member.country == "TG":
            translated.name = "Réseau ouest-africain des défenseur·e·x·s des droits humains"
        translated.save()
    html = main_content(client.get(french_page.url).content.decode())
    assert "Réseau ouest-africain des défenseur·e·x·s des droits humains" in html
    assert "West African Human Rights Defenders Network" not in html
    assert "2 organisations membres" in html


def test_session_anchors_stay_unique(client, hrcnet):
    hrcnet.session_updates = list(hrcnet.session_updates.raw_data) * 2
    hrcnet.save_revision().publish()
    html = client.get(hrcnet.url).content.decode()
    assert_fragment_links_resolve(html)
    assert 'id="hrc57"' in html and 'id="hrc57-2"' in html
