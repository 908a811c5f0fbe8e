"""Demo content for the resource library: the shared vocabulary's topics and countries, the
library page in both languages and 43 resources with real PDF files in several languages, some
translated into French."""

from datetime import date

from home.demo.vocabulary import ensure_vocabulary
from home.models import Region
from resources.models import (
    RelatedResource,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageCountry,
    ResourcePageRegion,
    ResourcePageTopic,
)
from resources.pdfs import make_pdf
from resources.text_extraction.scheduling import extraction_paused

from .resource_data import BODY_EN, BODY_FR, PASSAGES, PLAUSIBLE, REAL, RELATED

LIBRARY_INTRO = (
    "Guides, handbooks, studies and reports for human rights defenders, to read online, "
    "download and share — many in several languages.",
    "Guides, manuels, études et rapports pour les défenseur·e·x·s des droits humains, à lire en "
    "ligne, télécharger et partager — beaucoup en plusieurs langues.",
)
AUTHORS = {
    "model-law": (
        "ISHR, with 28 human rights experts and jurists",
        "ISHR, avec 28 expert·e·s et juristes des droits humains",
    ),
    "hrc52-key-takeaways": ("HRCnet", "HRCnet"),
}


def ensure_library(builder, home):
    library = builder.ensure_page(
        home,
        ResourceIndexPage,
        "resources",
        title="Resources",
        show_in_menus=True,
        intro=LIBRARY_INTRO[0],
    )
    builder.translate(
        library,
        {"Resources": "Ressources", "resources": "ressources", LIBRARY_INTRO[0]: LIBRARY_INTRO[1]},
    )
    return library


def resource_files(builder, slug, title, languages, year):
    files = []
    for code in languages.split():
        passages = PASSAGES.get((slug, code), {})
        pages = max([builder.random.randint(2, 12), *passages])
        document = builder.ensure_document(
            f"{title} ({code})",
            f"{slug}-{code}.pdf",
            make_pdf(title, code, pages=pages, year=year, passages=passages),
        )
        files.append(ResourceFile(document=document, language=code))
    return files


def ensure_resource(builder, library, topics, countries, entry):
    slug, title, kind, published, languages, topic_slugs, places, summary, _french = entry
    existing = library.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    published = date.fromisoformat(published)
    regions = [p for p in places.split() if p in Region.values]
    return builder.ensure_page(
        library,
        ResourcePage,
        slug,
        title=title,
        summary=summary,
        publication_date=published,
        resource_type=kind,
        authors=AUTHORS.get(slug, ("", ""))[0],
        body=[("paragraph", f"<p>{BODY_EN}</p>")],
        cover_image=builder.ensure_image(f"Cover: {title}", size=(480, 680)),
        files=resource_files(builder, slug, title, languages, published.year),
        topics=[ResourcePageTopic(topic=topics[t]) for t in topic_slugs.split()],
        regions=[ResourcePageRegion(region=r) for r in regions],
        countries=[
            ResourcePageCountry(country=countries[c]) for c in places.split() if c in countries
        ],
    )


def link_related(builder, pages):
    for first, second in RELATED:
        for page, other in ((pages[first], pages[second]), (pages[second], pages[first])):
            if page.related_resources.filter(resource=other).exists():
                continue
            page.related_resources.add(RelatedResource(resource=other))
            page.save_revision(user=builder.user).publish(user=builder.user)


def french_strings(entry):
    slug, title, _kind, _published, _languages, _topics, _places, summary, french = entry
    strings = {title: french[0], slug: french[1], summary: french[2], BODY_EN: BODY_FR}
    if slug in AUTHORS:
        strings[AUTHORS[slug][0]] = AUTHORS[slug][1]
    return strings


def load(builder):
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    # Each saved file row would re-index its whole page; index each page once at the end.
    # The PDFs are made here, so their text is read in this process once they all exist.
    with disable_reference_index_auto_update(), extraction_paused():
        pages = load_resources(builder)
    read_demo_files()
    for page in ResourcePage.objects.filter(pk__in=[p.pk for p in pages]).specific():
        ReferenceIndex.create_or_update_for_object(page)
        translated = page.get_translation_or_none(builder.french)
        if translated is not None:
            ReferenceIndex.create_or_update_for_object(translated.specific)


def read_demo_files():
    from wagtail.documents import get_document_model

    from resources.text_extraction.store import extract_and_store, needs_reading

    documents = get_document_model().objects.filter(
        pk__in=ResourceFile.objects.values("document_id")
    )
    for document in documents:
        if needs_reading(document):
            extract_and_store(document, isolated=False)


def load_resources(builder):
    from home.demo.builder import site_home

    topics, countries = ensure_vocabulary(builder)
    library = ensure_library(builder, site_home())
    entries = REAL + PLAUSIBLE
    pages = {
        entry[0]: ensure_resource(builder, library, topics, countries, entry) for entry in entries
    }
    link_related(builder, pages)
    for entry in entries:
        if entry[8] is not None:
            builder.translate(pages[entry[0]], french_strings(entry))
    return list(pages.values())
