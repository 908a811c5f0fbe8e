"""Admin additions: the translation status panel, a guarded PO import and a notice on pages
that are private through another language."""

from django.urls import path

from wagtail import hooks

from home.editorial.panels import TranslationStatusPanel
from home.editorial.po_upload import guarded_upload_pofile
from home.editorial.restriction_notice import warn_when_private_through_a_translation


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslationStatusPanel())


@hooks.register("register_admin_urls")
def guard_translation_po_upload():
    # Registered before wagtail-localize's own URLs (this app comes first in INSTALLED_APPS),
    # so this path answers first; reverse("wagtail_localize:upload_pofile") still points here.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            guarded_upload_pofile,
            name="guarded_upload_pofile",
        )
    ]


@hooks.register("before_edit_page")
def notice_privacy_from_another_language(request, page):
    warn_when_private_through_a_translation(request, page)
