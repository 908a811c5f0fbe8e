"""Building blocks for demo content, shared by every app's demo module.

Pages are created only when missing (found by slug under their parent), so running the loader
again changes nothing and never overwrites what an editor has since changed. French versions are
made through wagtail-localize, exactly as the admin's "Translate" action makes them: a translation
source, string translations, then a published translated page.
"""

import io
import random

from django.core.files.images import ImageFile
from django.core.management.base import CommandError

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

SEED = 1984  # the year ISHR was founded


def as_string_data(text):
    """The form wagtail-localize stores a plain-text segment in."""
    return StringValue.from_plaintext(text).data


class DemoBuilder:
    def __init__(self, user, stdout=None):
        self.user = user
        self.random = random.Random(SEED)
        self.stdout = stdout
        self.english = Locale.objects.get(language_code="en")
        self.french = Locale.objects.get(language_code="fr")
        self.created = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- Pages -----------------------------------------------------------------------------

    def ensure_page(self, parent, page_class, slug, **fields):
        """The English page `slug` under `parent`, created and published when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = page_class(slug=slug, locale=self.english, **fields)
        parent.add_child(instance=page)
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.created += 1
        self.log(f"  created {page_class.__name__} {page.url_path}")
        return page

    def translate(self, instance, french_by_english):
        """Translate a page or snippet into French through wagtail-localize.

        `french_by_english` maps every English string of the instance (title, slug, text
        segments) to its French text. A missing entry stops the loader, so demo pages are
        never half-translated.
        """
        if instance.get_translation_or_none(self.french) is not None:
            return instance.get_translation(self.french)
        lookup = {as_string_data(en): fr for en, fr in french_by_english.items()}
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            french = lookup.get(segment.string.data)
            if french is None:
                raise CommandError(
                    f"No French text for {segment.string.data!r} "
                    f"({segment.context.path}) in {instance!r}"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.french,
                context=segment.context,
                defaults={
                    "data": as_string_data(french),
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": self.user,
                },
            )
        # The same records the admin's "Translate" action makes, but published here and now:
        # wagtail-localize's own publish waits for the transaction to commit, and a deferred
        # publish would restore stale tree counts on a parent whose children were added since.
        Translation.objects.update_or_create(
            source=source, target_locale=self.french, defaults={"enabled": True}
        )
        is_page = isinstance(instance, Page)
        translated, _created = source.create_or_update_translation(
            self.french, user=self.user, publish=not is_page, copy_parent_pages=True
        )
        if is_page:
            Revision.objects.get(pk=translated.latest_revision_id).publish(user=self.user)
        self.log(f"  translated {instance!r} into French")
        return translated

    # --- Media -----------------------------------------------------------------------------

    def ensure_image(self, title, size=(1200, 675)):
        """A generated, seeded illustration (no downloads): soft bands in ISHR's blues."""
        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            return existing
        from PIL import Image as PillowImage
        from PIL import ImageDraw

        rng = random.Random(f"{SEED}:{title}")
        width, height = size
        picture = PillowImage.new("RGB", size, (11, 61, 107))
        draw = ImageDraw.Draw(picture)
        for _ in range(14):
            x, y = rng.randrange(width), rng.randrange(height)
            radius = rng.randrange(height // 6, height // 2)
            shade = (rng.randrange(20, 90), rng.randrange(80, 150), rng.randrange(140, 210))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=82)
        slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:60]
        image = Image(title=title)
        image.file = ImageFile(buffer, name=f"{slug}.jpg")
        image.save()
        return image

    def ensure_document(self, title, filename, content):
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        from django.core.files.base import ContentFile

        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
        return document


def site_home():
    """The English home page the default site points at."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def root_page():
    return Page.get_first_root_node()
