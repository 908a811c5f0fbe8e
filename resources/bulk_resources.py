"""Many resources at once, for benchmarks: rows are written in bulk, not page by page.

Wagtail's `add_child` costs a few queries and a search-index write per page; here the tree
paths are computed directly (treebeard's materialised path), the page and resource rows are
inserted in batches, and the search index is filled in batches afterwards. Pages are created
published without revisions; editing one in the admin makes its first revision as usual.
"""

import random
import uuid
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.models import Country, Region, Topic
from ishr_site.caching.generation import start_new_generation
from resources.bulk_resource_files import make_files
from resources.models import (
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageCountry,
    ResourcePageRegion,
    ResourcePageTopic,
    ResourceType,
)

BATCH_SIZE = 500
COPIED_FILE_FIELDS = [
    "sort_order",
    "document_id",
    "language",
    "file_format",
    "file_size",
    "page_count",
    "measured_file",
]
SUBJECTS = [
    "women human rights defenders",
    "civic space",
    "reprisals",
    "the Human Rights Council",
    "the treaty bodies",
    "the Universal Periodic Review",
    "environmental defenders",
    "migrants' rights",
    "LGBTIQ+ rights",
    "business and human rights",
    "protection laws",
    "Indigenous peoples' rights",
    "digital security",
    "the special procedures",
]
ANGLES = [
    "A practical guide to",
    "Understanding",
    "Advocacy on",
    "Monitoring",
    "Protecting",
    "Lessons learned on",
    "Litigation and",
    "Regional perspectives on",
    "Data on",
]
FILE_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh", "pt"]


class BulkResources:
    def __init__(self, seed=2016, translated_share=0.2, stdout=None):
        self.random = random.Random(seed)
        self.translated_share = translated_share
        self.stdout = stdout
        self.english = Locale.objects.get(language_code="en")
        self.french = Locale.objects.filter(language_code="fr").first()
        self.content_type = ContentType.objects.get_for_model(ResourcePage)
        self.topics = {t.pk: t for t in Topic.objects.filter(locale=self.english)}
        self.countries = list(Country.objects.filter(locale=self.english))

    def libraries(self):
        english = ResourceIndexPage.objects.get(locale=self.english)
        french = english.get_translation_or_none(self.french) if self.french else None
        return english, french

    def add(self, count):
        english_library, french_library = self.libraries()
        made = 0
        while made < count:
            size = min(BATCH_SIZE, count - made)
            with transaction.atomic():
                specs = [self.random_spec() for _ in range(size)]
                pages = self.insert_pages(english_library, specs, french=False)
                if french_library is not None:
                    chosen = [
                        (spec, page)
                        for spec, page in zip(specs, pages, strict=True)
                        if self.random.random() < self.translated_share
                    ]
                    if chosen:
                        self._sources = [page for _spec, page in chosen]
                        self.insert_pages(
                            french_library,
                            [spec for spec, _page in chosen],
                            french=True,
                            translation_keys=[page.translation_key for _spec, page in chosen],
                        )
            made += size
            if self.stdout:
                self.stdout.write(f"  {made} / {count}")
        # Bulk inserts send no publish signals: retire cached pages and listings explicitly.
        start_new_generation()
        return made

    def random_spec(self):
        rng = self.random
        languages = ["en"] + rng.sample(FILE_LANGUAGES[1:], rng.randint(0, 3))
        subject = rng.choice(SUBJECTS)
        return {
            "title": f"{rng.choice(ANGLES)} {subject} ({rng.randint(1, 99999)})",
            "subject": subject,
            "type": rng.choice(ResourceType.values),
            "date": date(rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            "languages": languages,
            "topics": rng.sample(list(self.topics), min(len(self.topics), rng.randint(1, 3))),
            "countries": rng.sample(self.countries, min(len(self.countries), rng.randint(0, 2))),
            "region": rng.choice(Region.values) if rng.random() < 0.3 else None,
        }

    def insert_pages(self, library, specs, french, translation_keys=None):
        library = Page.objects.get(pk=library.pk)  # fresh numchild and last child
        last = library.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        now = timezone.now()
        depth = library.depth + 1
        rows = []
        for index, spec in enumerate(specs, start=1):
            slug = f"bulk-{uuid.UUID(int=self.random.getrandbits(128)).hex[:12]}"
            title = ("FR · " if french else "") + spec["title"]
            rows.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=self.content_type,
                    path=Page._get_path(library.path, depth, step + index),
                    depth=depth,
                    numchild=0,
                    url_path=f"{library.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=library.locale_id,
                    translation_key=translation_keys[index - 1] if french else uuid.uuid4(),
                )
            )
        Page.objects.bulk_create(rows)
        Page.objects.filter(pk=library.pk).update(numchild=F("numchild") + len(rows))
        resources = []
        for page, spec in zip(rows, specs, strict=True):
            resource = ResourcePage(page_ptr_id=page.pk, **self.page_field_values(page))
            resource.summary = f"{spec['title']}: a resource for human rights defenders."
            resource.publication_date = spec["date"]
            resource.resource_type = spec["type"]
            resource.body = []
            resources.append(resource)
        # Django's bulk_create refuses multi-table models; insert the child table's own columns.
        ResourcePage.objects._insert(resources, fields=ResourcePage._meta.local_concrete_fields)
        self.insert_children(rows, specs, with_files=not french)
        saved = list(ResourcePage.objects.filter(pk__in=[p.pk for p in rows]))
        get_search_backend().add_bulk(ResourcePage, saved)
        return saved

    @staticmethod
    def page_field_values(page):
        return {
            field.attname: getattr(page, field.attname)
            for field in Page._meta.concrete_fields
            if field.attname != "id"
        }

    def insert_children(self, pages, specs, with_files=True):
        topics, countries, regions = [], [], []
        for page, spec in zip(pages, specs, strict=True):
            topics += [
                ResourcePageTopic(page_id=page.pk, topic_id=pk, sort_order=order)
                for order, pk in enumerate(spec["topics"])
            ]
            countries += [
                ResourcePageCountry(page_id=page.pk, country=country, sort_order=order)
                for order, country in enumerate(spec["countries"])
            ]
            if spec["region"]:
                regions.append(ResourcePageRegion(page_id=page.pk, region=spec["region"]))
        if with_files:
            self.english_files = {}
            files = make_files(self.random, pages, specs)
            for file in files:
                self.english_files.setdefault(file.page_id, []).append(file)
        else:
            # A translation offers its source's files, as wagtail-localize's copies do.
            files = [
                ResourceFile(
                    page_id=page.pk,
                    **{name: getattr(source, name) for name in COPIED_FILE_FIELDS},
                )
                for page, source_page in zip(pages, self._sources, strict=True)
                for source in self.english_files.get(source_page.pk, [])
            ]
        ResourceFile.objects.bulk_create(files)
        ResourcePageTopic.objects.bulk_create(topics)
        ResourcePageCountry.objects.bulk_create(countries)
        ResourcePageRegion.objects.bulk_create(regions)
