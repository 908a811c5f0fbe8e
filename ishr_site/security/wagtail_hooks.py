from django.urls import path

from wagtail import hooks

from . import two_factor_views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", two_factor_views.verify, name="security_two_factor_verify"),
        path("two-factor/setup/", two_factor_views.setup, name="security_two_factor_setup"),
    ]
