"""Admin additions: the translation status panel, a guarded PO import, a guarded update of
translations, a notice on pages that are private through another language, and the shared
vocabulary's snippets."""

from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

# Contact messages: who reads them, and the report of those not yet e-mailed.
from home.contact_messages import wagtail_hooks as contact_message_hooks  # noqa: F401
from home.editorial.panels import TranslationStatusPanel
from home.editorial.po_upload import guarded_upload_pofile
from home.editorial.restriction_notice import warn_when_private_through_a_translation
from home.editorial.translation_publishing import GuardedUpdateTranslationsView
from home.vocabulary.admin import SharedVocabularyGroup

register_snippet(SharedVocabularyGroup)


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
        ),
        # The same way: publishing from "Update translations" needs the right to publish.
        path(
            "localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
            name="guarded_update_translations",
        ),
    ]


@hooks.register("before_serve_page")
def declare_the_untranslated_notice(page, request, serve_args, serve_kwargs):
    # Every page may show the "not yet translated" notice (`?untranslated=1`); pages that read
    # more parameters say so in their own views (see ishr_site/caching/variants.py).
    from home.templatetags.i18n_chrome import UNTRANSLATED_PARAMETER
    from ishr_site.caching.variants import uses_query_parameters

    if request.GET.get(UNTRANSLATED_PARAMETER) == "1":
        uses_query_parameters(request, **{UNTRANSLATED_PARAMETER: "1"})


@hooks.register("before_edit_page")
def notice_privacy_from_another_language(request, page):
    warn_when_private_through_a_translation(request, page)
