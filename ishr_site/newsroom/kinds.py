"""The kinds of update the site starts with, in every content language.

Their names are interface strings (translated in the .po catalogue), written into the database
once per language; editors may rename them or add more afterwards, and this never overwrites
what they changed."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

DEFAULT_KINDS = [
    ("news", _("News")),
    ("statement", _("Statement")),
    ("joint-letter", _("Joint letter")),
    ("press-release", _("Press release")),
    ("op-ed", _("Op-ed")),
    ("council-session-update", _("Council session update")),
]


def ensure_default_kinds(sender=None, **kwargs):
    """Each default kind in the default language, and its translation (with the name in that
    language) in every other locale. Safe to run again: only what is missing is added."""
    from django.db import connection

    from wagtail.models import Locale

    from ishr_site.newsroom.models import UpdateKind

    apps = kwargs.get("apps")
    if apps is not None:
        try:
            apps.get_model("newsroom", "UpdateKind")
        except LookupError:
            return  # migrated to a state without the newsroom (tests of older migrations)
    if UpdateKind._meta.db_table not in connection.introspection.table_names():
        return

    default = Locale.get_default()
    others = Locale.objects.exclude(pk=default.pk)
    for order, (slug, name) in enumerate(DEFAULT_KINDS, start=1):
        with translation.override(default.language_code):
            source, _created = UpdateKind.objects.get_or_create(
                slug=slug, locale=default, defaults={"name": str(name), "sort_order": order * 10}
            )
        for locale in others:
            taken = UpdateKind.objects.filter(slug=slug, locale=locale).exists()
            if taken or source.get_translation_or_none(locale) is not None:
                continue
            with translation.override(locale.language_code):
                copy = source.copy_for_translation(locale)
                copy.name = str(name)
                copy.save()
