from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "ishr_site.newsroom"
    label = "newsroom"
    verbose_name = _("Latest updates")

    def ready(self):
        from ishr_site.newsroom.kinds import ensure_default_kinds

        # After home's own post_migrate, which creates the locales the kinds are written in.
        post_migrate.connect(ensure_default_kinds, sender=self)
