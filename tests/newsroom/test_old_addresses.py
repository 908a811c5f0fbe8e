"""Old addresses of updates: the command makes permanent redirects, reports what it cannot
match, and changes nothing when run again; an unprefixed English address never ends on a 404
when its page exists."""

import io

from django.core.management import call_command
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect

import pytest

from ishr_site.newsroom.demo import OLD_ADDRESSES

pytestmark = pytest.mark.django_db


def run(path):
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):  # as in a shell (a request of an earlier test may be French)
        call_command("import_update_redirects", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_demo_list_of_old_addresses_leads_to_the_new_pages(client, demo_site):
    # The demo loader ran the same list: every matched line is a redirect already.
    out, err = run(OLD_ADDRESSES)
    assert "0 redirects created, 0 updated, 7 unchanged, 1 lines not matched." in out
    assert "Line 9: /latest-updates/an-update-that-was-never-moved/ not matched" in err
    old = "/latest-updates/model-law-now-available-four-languages/"
    for language in ("en", "fr"):
        response = client.get(old, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 301
        assert response["Location"] == "/en/latest-updates/model-law-four-languages/"
    french = client.get("/fr/actualites/la-loi-type-disponible-en-quatre-langues/", follow=True)
    assert french.redirect_chain == [("/fr/actualites/loi-type-quatre-langues/", 301)]
    assert "La Loi type en quatre langues" in french.text


def test_a_new_list_creates_updates_and_reports(client, demo_site, tmp_path):
    csv = tmp_path / "old.csv"
    csv.write_text(
        "old_address,new_slug\n"
        "https://www.ishr.ch/latest-updates/niger-law-without-mechanism/,\n"
        "/latest-updates/hrc55-key-issues-on-agenda-of-march-2024-session/,niger-law-without-mechanism\n"
        "not an address,\n"
        "/fr/actualites/no-such-update/,\n",
        encoding="utf-8",
    )
    out, err = run(csv)
    assert "1 redirects created, 1 updated, 0 unchanged, 2 lines not matched." in out
    assert "Line 4: not an address not matched" in err
    assert "Line 5: /fr/actualites/no-such-update/ not matched" in err
    redirect = Redirect.objects.get(old_path="/latest-updates/niger-law-without-mechanism")
    assert redirect.is_permanent
    out, _err = run(csv)
    assert "0 redirects created, 0 updated, 2 unchanged" in out  # idempotent


def test_a_missing_file_is_a_clear_error(demo_site):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Cannot read"):
        run("/nonexistent/old.csv")


@pytest.mark.parametrize("language", ["en", "fr", ""])
def test_an_unprefixed_english_address_leads_to_its_page(client, demo_site, language):
    response = client.get(
        "/latest-updates/mongolia-law-five-years/", HTTP_ACCEPT_LANGUAGE=language, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/en/latest-updates/mongolia-law-five-years/"
    assert "Mongolia: five years" in response.text


def test_an_unprefixed_address_of_no_page_is_still_a_404(client, demo_site):
    response = client.get("/latest-updates/no-such-update/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.text
