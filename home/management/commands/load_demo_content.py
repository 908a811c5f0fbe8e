"""Load the bilingual demo site. Safe to run again: it only adds what is missing."""

import os
import secrets
import sys
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from home.apps import ensure_content_locales
from home.demo.builder import DemoBuilder
from home.editorial.roles import ensure_editorial_roles

# The foundation's pages come first (they make the tree; the shared vocabulary is what content
# is filed under) and last (the footer links to them).
FIRST = ["home.demo.site_pages", "home.demo.vocabulary"]
LAST = [
    "home.demo.policy_pages",
    "home.demo.accessibility",
    "home.demo.mirror_page",
    "home.demo.footer",
]


def demo_modules():
    """Every demo module to load, in order: each project app with a `demo` module (its
    `load(builder)` adds that app's content) joins in INSTALLED_APPS order, so adding a content
    type adds its demo content without this command naming it."""
    content = [
        f"{config.name}.demo"
        for config in django_apps.get_app_configs()
        if config.name != "home"
        and Path(config.path).is_relative_to(settings.BASE_DIR)
        and not Path(config.path).is_relative_to(sys.prefix)  # a virtualenv in the project
        and find_spec(f"{config.name}.demo") is not None
    ]
    return FIRST + content + LAST


class Command(BaseCommand):
    help = "Create the demo site (English and its French translation) and a local admin account."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-username", default="admin", help="Username of the local admin account."
        )

    def handle(self, *args, **options):
        ensure_content_locales(sender=None)
        ensure_editorial_roles(django_apps)
        user = self.ensure_admin(options["admin_username"])
        builder = DemoBuilder(user, stdout=self.stdout)
        for module_name in demo_modules():
            self.stdout.write(f"Loading {module_name}…")
            with transaction.atomic():
                import_module(module_name).load(builder)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({builder.created} new pages)."))

    def ensure_admin(self, username):
        """The local admin account. Its password comes from ADMIN_PASSWORD, or is generated and
        printed once when the account is first made — never a fixed password."""
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None:
            return user
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username, f"{username}@example.org", password)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(f"Admin account '{username}' created with ADMIN_PASSWORD.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Admin account '{username}' created. Password (shown once): {password}"
                )
            )
        return user
