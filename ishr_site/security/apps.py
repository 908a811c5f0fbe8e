from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "ishr_site.security"
    label = "security"
    verbose_name = _("Security and privacy")

    def ready(self):
        from .private_documents import register_document_policy

        register_document_policy()
