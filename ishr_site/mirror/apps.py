from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MirrorConfig(AppConfig):
    name = "ishr_site.mirror"
    label = "mirror"
    verbose_name = _("Static mirror")
