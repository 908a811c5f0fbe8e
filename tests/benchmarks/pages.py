"""The pages benchmarks look at, found in the database (slugs differ per language)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishr_site.settings.dev")


def key_pages():
    """(name, path) of home, library, a resource, the Model Law and search, in both languages."""
    import django

    django.setup()
    from django.apps import apps

    from wagtail.models import Page

    wanted = [
        ("home", "home.HomePage"),
        ("library", "resources.ResourceIndexPage"),
        ("resource", "resources.ResourcePage"),
        ("model law", "programmes.ModelLawPage"),
    ]
    found = []
    for language in ("en", "fr"):
        for name, label in wanted:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            page = (
                model.objects.live().filter(locale__language_code=language).order_by("path").first()
            )
            if page is not None:
                found.append((f"{name} ({language})", page.get_url()))
        query = "defenders" if language == "en" else "défenseurs"
        found.append((f"search ({language})", f"/{language}/search/?q={query}"))
    assert Page.objects.exists(), "load the demo first: make demo"
    return found
