"""Admin additions: the translation status panel and a guarded PO import."""

from django.urls import path

from wagtail import hooks

from home.editorial.panels import TranslationStatusPanel
from home.editorial.po_upload import guarded_upload_pofile


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


@hooks.register("before_serve_page")
def declare_the_untranslated_notice(page, request, serve_args, serve_kwargs):
    # Every page may show the "not yet translated" notice (`?untranslated=1`); pages that read
    # more parameters say so in their own views (see home/caching/variants.py).
    from home.caching.variants import uses_query_parameters
    from home.templatetags.i18n_chrome import UNTRANSLATED_PARAMETER

    if request.GET.get(UNTRANSLATED_PARAMETER) == "1":
        uses_query_parameters(request, **{UNTRANSLATED_PARAMETER: "1"})
