"""Which pages still need translating, and which translations fell behind their source.

A translated page is out of date when its source page was published after wagtail-localize last
synced it ("English changed, not synced yet"), or when a sync brought new source text that the
translated page has not been republished with ("new text to translate"). Both come from dates
already stored, so the whole report costs a fixed number of queries.
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

SOURCE_CHANGED = "source_changed"
NEW_TEXT = "new_text"


@dataclass
class OutOfDate:
    source_page: Page
    translated_page: Page
    translation_source: TranslationSource
    reason: str


@dataclass
class TranslationStatus:
    locale: Locale
    missing: list
    out_of_date: list


def translation_status(target_locale, source_locale=None):
    source_locale = source_locale or Locale.get_default()
    source_pages = list(
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1)
        .order_by("path")
        .only("id", "title", "translation_key", "last_published_at", "path", "depth", "url_path")
    )
    keys = [page.translation_key for page in source_pages]
    translated = {
        page.translation_key: page
        for page in Page.objects.filter(locale=target_locale, translation_key__in=keys).only(
            "id", "title", "translation_key", "last_published_at", "alias_of_id", "live"
        )
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(locale=source_locale, object_id__in=keys)
    }

    missing, out_of_date = [], []
    for page in source_pages:
        target = translated.get(page.translation_key)
        if target is None or target.alias_of_id is not None:
            missing.append(page)
            continue
        source = sources.get(page.translation_key)
        if source is None or page.last_published_at is None:
            continue  # translated by hand, outside wagtail-localize: nothing to compare
        if page.last_published_at > source.last_updated_at:
            out_of_date.append(OutOfDate(page, target, source, SOURCE_CHANGED))
        elif target.last_published_at is None or target.last_published_at < source.last_updated_at:
            out_of_date.append(OutOfDate(page, target, source, NEW_TEXT))
    return TranslationStatus(target_locale, missing, out_of_date)
