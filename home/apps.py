from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_content_locales(sender, **kwargs):
    """Every configured content language gets its Wagtail locale, so adding a language is a
    matter of settings (and a .po file), not of clicking through the admin."""
    from django.conf import settings

    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")

    def ready(self):
        post_migrate.connect(ensure_content_locales, sender=self)

        from ishr_site.caching import signals as cache_signals

        cache_signals.connect()
