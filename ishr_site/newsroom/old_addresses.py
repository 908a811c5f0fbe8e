"""Old addresses of updates (the previous site's) as permanent redirects to the new pages.

A CSV with a header line and one old address per line: `old_address` (a path or a full URL,
e.g. `/latest-updates/<slug>/` for English, which the old site served without a language
prefix, or `/fr/actualites/<slug>/`), and optionally `new_slug`, the slug of the update in that
language when it changed (else the old address's last part). Running it again changes
nothing: each old address has one redirect, updated in place.
"""

import csv
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale

from .models import UpdatePage


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unmatched: list = field(default_factory=list)  # (line number, old address, why)


def _language_of(path):
    """The language an old address is in: its prefix, else the default language."""
    first = path.strip("/").split("/")[0]
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return first if first in codes else Locale.get_default().language_code


def import_old_addresses(lines):
    report = Report()
    reader = csv.DictReader(lines)
    for number, row in enumerate(reader, start=2):
        raw = (row.get("old_address") or "").strip()
        path = urlsplit(raw).path if raw else ""
        if not path.startswith("/") or len(path) > 255:
            report.unmatched.append((number, raw, "not an address"))
            continue
        slug = (row.get("new_slug") or "").strip() or path.rstrip("/").rsplit("/", 1)[-1]
        language = _language_of(path)
        update = UpdatePage.objects.live().filter(slug=slug, locale__language_code=language).first()
        if update is None:
            report.unmatched.append((number, raw, f"no live update '{slug}' in '{language}'"))
            continue
        old_path = Redirect.normalise_path(path)
        redirect = Redirect.objects.filter(old_path=old_path, site=None).first()
        if redirect is None:
            Redirect.objects.create(
                old_path=old_path, site=None, redirect_page=update, is_permanent=True
            )
            report.created += 1
        elif redirect.redirect_page_id != update.pk or not redirect.is_permanent:
            redirect.redirect_page = update
            redirect.redirect_link = ""
            redirect.is_permanent = True
            redirect.save()
            report.updated += 1
        else:
            report.unchanged += 1
    return report
