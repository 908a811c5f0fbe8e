"""What the programmes add to the home page: HRDAP's call for applications (open, closed, or
opening on a date, worked out from the clock) and the upcoming trainings and events."""

from django.db.models import Q
from django.utils import timezone

from home.language_fallback import visible_in_language
from home.restrictions import visible_to_public
from home.sections import HomeSection, locales_of, once_per_render
from ishr_site.caching.fragments import cached_fragment
from programmes.call_status import call_status

UPCOMING_EVENTS = 3


def _hrdap(home_page):
    from programmes.models import HRDAPPage

    def read():
        pages = visible_in_language(
            visible_to_public(HRDAPPage.objects.live().descendant_of(home_page)),
            *locales_of(home_page),
        )
        return pages.first()

    return once_per_render(home_page, "hrdap", read)


def _call_times(home_page):
    """(opens, closes) of the current call, read once per site generation and language."""

    def read():
        page = _hrdap(home_page)
        return None if page is None else (page.call_opens_at, page.call_closes_at)

    return cached_fragment(f"home-hrdap-call:{home_page.pk}", None, read)


def call_state(home_page):
    times = _call_times(home_page)
    if not times:
        return ""
    return call_status(*times, timezone.now()).state


def hrdap_call(home_page, request):
    page = _hrdap(home_page)
    if page is None:
        return None
    return {
        "url": page.get_url(request),
        "title": page.title,
        "call": page.status(),
        "call_year": page.call_year,
        "next_call_expected": page.next_call_expected,
        "apply_url": page.apply_url,
    }


def upcoming_events(home_page, request):
    from programmes.models import TrainingEventPage

    now = timezone.now()
    events = visible_in_language(
        visible_to_public(TrainingEventPage.objects.live().descendant_of(home_page)),
        *locales_of(home_page),
    ).filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now))
    events = list(events.select_related("locale").order_by("starts_at")[:UPCOMING_EVENTS])
    if not events:
        return None
    # Events are the trainings index's children: its address is theirs less their own slug.
    first = events[0]
    index_url = first.get_url(request)[: -len(first.slug) - 1]
    return {
        "events": [
            {
                "url": event.get_url(request),
                "title": event.title,
                "starts_at": event.starts_at,
                "language": event.locale.language_code,
            }
            for event in events
        ],
        "index_url": index_url,
    }


def sections(home_page, request):
    return [
        HomeSection(
            "hrdap-call",
            20,
            "programmes/home/hrdap_call.html",
            lambda: hrdap_call(home_page, request),
            variant=lambda: call_state(home_page),
        ),
        HomeSection(
            "upcoming-events",
            30,
            "programmes/home/upcoming_events.html",
            lambda: upcoming_events(home_page, request),
            # An event leaves the list once it has ended: kept no longer than the day.
            variant=lambda: timezone.localdate().isoformat(),
        ),
    ]
