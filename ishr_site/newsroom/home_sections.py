"""What the newsroom adds to the home page: the latest updates (the newest large, three more),
a featured story (the editor's choice, else the newest update with a picture) and ISHR's
priorities (the editor's topics, else the priority groups of defenders), each leading to the
updates filed under it."""

from wagtail.models import Page

from home.models import Topic
from home.restrictions import visible_to_public
from home.sections import HomeSection, locales_of, once_per_render

LATEST = 4
RECENT = 12  # where the featured story is found when editors chose none
# ISHR's priority groups of defenders, shown when editors have chosen no priorities.
DEFAULT_PRIORITIES = [
    "women-defenders",
    "lgbtiq-rights",
    "migrants-rights",
    "environmental-defenders",
    "indigenous-peoples",
]


def _index(home_page):
    from ishr_site.newsroom.models import UpdateIndexPage

    return once_per_render(
        home_page,
        "updates-index",
        lambda: visible_to_public(UpdateIndexPage.objects.live().child_of(home_page)).first(),
    )


def _recent(home_page):
    """The newest updates, read once for the latest updates and the featured story."""
    from ishr_site.newsroom.listing import visible_updates

    return once_per_render(
        home_page,
        "recent-updates",
        lambda: list(
            visible_updates(*locales_of(home_page))
            .select_related("locale", "kind", "image")
            .order_by("-date", "-pk")[:RECENT]
        ),
    )


def latest_updates(home_page, request):
    from ishr_site.newsroom.listing import card, kind_names

    index = _index(home_page)
    if index is None:
        return None
    updates = _recent(home_page)[:LATEST]
    kinds = kind_names(*locales_of(home_page))
    cards = [card(update, kinds, request) for update in updates]
    if not cards:
        return None
    return {"index_url": index.get_url(request), "cards": cards}


def featured_story(home_page, request):
    chosen = home_page.featured_story
    page = None
    if chosen is not None:
        page = chosen.localized
        public = visible_to_public(Page.objects.filter(pk=page.pk, live=True)).exists()
        page = page.specific if public else None
    if page is None:
        # The newest recent update with a picture that the latest updates do not show already.
        recent = _recent(home_page)
        pictured = [u for u in recent[LATEST:] if u.image_id] or [u for u in recent if u.image_id]
        page = pictured[0] if pictured else None
    if page is None:
        return None
    return {
        "url": page.get_url(request),
        "title": page.title,
        "summary": page.get_listing_summary(),
        "image": getattr(page, "image", None),
        "image_alt": getattr(page, "image_alt", ""),
        "language": page.locale.language_code,
    }


def priorities(home_page, request):
    index = _index(home_page)
    if index is None:
        return None
    # The editors' choice points at topics in the home page's language already (a translated
    # home page's topics are translated with it); the default list is looked up by slug.
    chosen = [item.topic for item in home_page.priorities.select_related("topic")]
    if chosen:
        names = {topic.slug: topic.name for topic in chosen}
        slugs = [topic.slug for topic in chosen]
    else:
        slugs = DEFAULT_PRIORITIES
        names = {}
        locale, default = locales_of(home_page)
        for topic in Topic.objects.filter(slug__in=slugs, locale__in=[locale, default]):
            if topic.slug not in names or topic.locale_id == locale.pk:
                names[topic.slug] = topic.name
    url = index.get_url(request)
    items = [
        {
            "name": names[slug],
            "url": f"{url}?topic={slug}",
            "feed_url": index.term_feed_url("topic", slug),
        }
        for slug in slugs
        if slug in names
    ]
    return {"items": items} if items else None


def sections(home_page, request):
    return [
        HomeSection(
            "latest-updates",
            10,
            "newsroom/home/latest_updates.html",
            lambda: latest_updates(home_page, request),
        ),
        HomeSection(
            "priorities",
            50,
            "newsroom/home/priorities.html",
            lambda: priorities(home_page, request),
        ),
        HomeSection(
            "featured-story",
            60,
            "newsroom/home/featured_story.html",
            lambda: featured_story(home_page, request),
        ),
    ]
