"""The admin screens shown in the editors' guide, shared by the screenshot command and the
browser test that walks through them, so the guide's pictures always match a working admin."""

from dataclasses import dataclass

from django.urls import reverse

from wagtail.models import Locale, Page, Site


@dataclass
class Stop:
    name: str
    url: str
    expect: str  # a text the screen shows when it works
    administrators_only: bool = False  # e.g. workflow settings are not a moderator's


def admin_tour():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    french = Locale.objects.get(language_code="fr")
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    about_fr = about.get_translation(french)
    return [
        Stop("01-dashboard", reverse("wagtailadmin_home"), "Translations to do"),
        Stop("02-page-tree", reverse("wagtailadmin_explore", args=[home.pk]), about.title),
        Stop(
            "03-add-page",
            reverse("wagtailadmin_pages:add_subpage", args=[home.pk]),
            "Standard page",
        ),
        Stop("04-edit-page", reverse("wagtailadmin_pages:edit", args=[about.pk]), about.title),
        Stop(
            "05-translate-page",
            reverse("wagtail_localize:submit_page_translation", args=[home.pk]),
            "Translate",
        ),
        Stop(
            "06-translation-editor",
            reverse("wagtailadmin_pages:edit", args=[about_fr.pk]),
            about_fr.title,
        ),
        Stop(
            "07-workflows",
            reverse("wagtailadmin_workflows:index"),
            "Review and publish",
            administrators_only=True,
        ),
        Stop("08-redirects", reverse("wagtailredirects:index"), "Redirects"),
        Stop("09-import-redirects", reverse("wagtailredirects:start_import"), "Import"),
    ]
