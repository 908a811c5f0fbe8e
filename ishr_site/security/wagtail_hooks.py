from django.contrib.auth.models import Permission
from django.urls import path

from wagtail import hooks

from . import two_factor_views
from .private_documents import APP_LABEL, CODENAME


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", two_factor_views.verify, name="security_two_factor_verify"),
        path("two-factor/setup/", two_factor_views.setup, name="security_two_factor_setup"),
    ]


@hooks.register("register_permissions")
def private_documents_permission():
    """Shown in the group editor, so an administrator can see who manages private files."""
    return Permission.objects.filter(content_type__app_label=APP_LABEL, codename=CODENAME)
