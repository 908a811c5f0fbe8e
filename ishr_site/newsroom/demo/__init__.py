"""Demo content for the newsroom: the updates index in both languages and 41 updates over
nearly three years, most about real events (with their sources), more than half translated
into French through wagtail-localize; illustrations are marked as examples on the page."""

from datetime import date
from pathlib import Path

from wagtail.models import Page

from home.demo.vocabulary import ensure_vocabulary
from home.models import Region
from ishr_site.newsroom.kinds import ensure_default_kinds
from ishr_site.newsroom.models import (
    RelatedUpdate,
    RelatedUpdateProgramme,
    RelatedUpdateResource,
    UpdateIndexPage,
    UpdateKind,
    UpdatePage,
    UpdatePageCountry,
    UpdatePageRegion,
    UpdatePageTopic,
)

from .data import (
    PICTURES,
    RELATED_PROGRAMMES,
    RELATED_RESOURCES,
    RELATED_UPDATES,
    SOURCE_EN,
    SOURCE_FR,
    UPDATES,
)

OLD_ADDRESSES = Path(__file__).with_name("old-addresses.csv")
INDEX_INTRO = (
    "News, statements, joint letters and Council updates from ISHR: every week, and every day "
    "while the Human Rights Council is in session.",
    "Actualités, déclarations, lettres conjointes et suivi du Conseil par ISHR : chaque semaine, "
    "et chaque jour pendant les sessions du Conseil des droits de l’homme.",
)
AUTHORS = "ISHR"


def ensure_index(builder, home):
    index = builder.ensure_page(
        home,
        UpdateIndexPage,
        "latest-updates",
        title="Latest updates",
        show_in_menus=True,
        intro=INDEX_INTRO[0],
    )
    builder.translate(
        index,
        {
            "Latest updates": "Actualités",
            "latest-updates": "actualites",
            INDEX_INTRO[0]: INDEX_INTRO[1],
        },
    )
    return index


def _body(body, source, is_example, template):
    blocks = [("paragraph", f"<p>{body}</p>")]
    if not is_example:
        blocks.append(("paragraph", f"<p>{template.format(source)}</p>"))
    return blocks


def ensure_update(builder, index, kinds, topics, countries, entry):
    slug, kind, day, topic_slugs, places, title, summary, body, source, _french, example = entry
    existing = index.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    fields = {}
    if slug in PICTURES:
        alt, caption, _caption_fr, _alt_fr = PICTURES[slug]
        fields = {
            "image": builder.ensure_image(f"Update: {title}"),
            "image_alt": alt,
            "image_caption": caption,
            "image_credit": AUTHORS,
        }
    return builder.ensure_page(
        index,
        UpdatePage,
        slug,
        title=title,
        summary=summary,
        kind=kinds[kind],
        date=date.fromisoformat(day),
        authors=AUTHORS,
        is_example=example,
        body=_body(body, source, example, SOURCE_EN),
        topics=[UpdatePageTopic(topic=topics[t]) for t in topic_slugs.split()],
        regions=[UpdatePageRegion(region=p) for p in places.split() if p in Region.values],
        countries=[
            UpdatePageCountry(country=countries[c]) for c in places.split() if c in countries
        ],
        **fields,
    )


def french_strings(entry):
    slug, _kind, _day, _topics, _places, title, summary, body, source, french, example = entry
    title_fr, slug_fr, summary_fr, body_fr = french
    strings = {
        title: title_fr,
        slug: slug_fr,
        summary: summary_fr,
        body: body_fr,
        AUTHORS: AUTHORS,
    }
    if not example:
        strings[SOURCE_EN.format(source)] = SOURCE_FR.format(source)
    if slug in PICTURES:
        alt, caption, caption_fr, alt_fr = PICTURES[slug]
        strings.update({alt: alt_fr, caption: caption_fr})
    return strings


def _english_page(slug):
    page = Page.objects.filter(slug=slug, locale__language_code="en").first()
    return page


def link_related(builder, pages):
    changed = set()
    for first, second in RELATED_UPDATES:
        for page, other in ((pages[first], pages[second]), (pages[second], pages[first])):
            if not page.related_updates.filter(update=other).exists():
                page.related_updates.add(RelatedUpdate(update=other))
                changed.add(page.slug)
    for slug, resource_slugs in RELATED_RESOURCES.items():
        page = pages[slug]
        for resource in filter(None, map(_english_page, resource_slugs)):
            if not page.related_resources.filter(resource=resource).exists():
                page.related_resources.add(RelatedUpdateResource(resource=resource))
                changed.add(slug)
    for slug, programme_slugs in RELATED_PROGRAMMES.items():
        page = pages[slug]
        for programme in filter(None, map(_english_page, programme_slugs)):
            if not page.related_programmes.filter(programme=programme).exists():
                page.related_programmes.add(RelatedUpdateProgramme(programme=programme))
                changed.add(slug)
    for slug in sorted(changed):
        pages[slug].save_revision(user=builder.user).publish(user=builder.user)


def load(builder):
    from home.demo.builder import site_home

    ensure_default_kinds()
    kinds = {kind.slug: kind for kind in UpdateKind.objects.filter(locale=builder.english)}
    topics, countries = ensure_vocabulary(builder)
    index = ensure_index(builder, site_home())
    pages = {
        entry[0]: ensure_update(builder, index, kinds, topics, countries, entry)
        for entry in UPDATES
    }
    link_related(builder, pages)
    for entry in UPDATES:
        if entry[9] is not None:
            builder.translate(pages[entry[0]], french_strings(entry))
    _import_old_addresses(builder)


def _import_old_addresses(builder):
    from ishr_site.newsroom.old_addresses import import_old_addresses

    with OLD_ADDRESSES.open(encoding="utf-8") as lines:
        import_old_addresses(lines)
