"""Photograph the admin screens of the editors' guide with headless Chromium.

Runs a local server against the configured database (load the demo first), signs in with a
throwaway account that is deleted afterwards, and writes one PNG per screen."""

import os
import secrets
import shutil
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand, CommandError
from django.test.testcases import LiveServerThread

from wagtail.users.models import UserProfile

from home.editorial.admin_tour import admin_tour

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


class Command(BaseCommand):
    help = "Take screenshots of the admin for docs/editors*.md (needs Chromium)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="docs/img", help="Folder for the PNG files.")
        parser.add_argument(
            "--language", default="en", choices=["en", "fr"], help="Admin interface language."
        )

    def handle(self, *args, **options):
        chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
        if not chromium:
            raise CommandError("Chromium is needed: apt-get install chromium")
        from playwright.sync_api import sync_playwright

        output = Path(options["output"])
        output.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(16)
        user = get_user_model().objects.create_superuser(
            f"screenshots-{secrets.token_hex(4)}", "screenshots@example.org", password
        )
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = options["language"]
        profile.save()
        # Read the tour before Playwright starts: its event loop forbids database calls here.
        stops = admin_tour()
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        base = f"http://127.0.0.1:{server.port}"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(base + "/admin/login/")
                page.fill("#id_username", user.username)
                page.fill("#id_password", password)
                page.click("button[type=submit]")
                page.wait_for_url(base + "/admin/")
                suffix = "" if options["language"] == "en" else f".{options['language']}"
                for stop in stops:
                    page.goto(base + stop.url)
                    page.wait_for_load_state("networkidle")
                    path = output / f"{stop.name}{suffix}.png"
                    page.screenshot(path=str(path))
                    self.stdout.write(f"  {path}")
                browser.close()
        finally:
            server.terminate()
            user.delete()
