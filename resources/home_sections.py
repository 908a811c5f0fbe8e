"""What the resource library adds to the home page: its newest resources."""

from home.restrictions import visible_to_public
from home.sections import HomeSection, locales_of

NEWEST = 3


def newest_resources(home_page, request):
    from resources.library import visible_resources
    from resources.models import ResourceIndexPage

    library = visible_to_public(ResourceIndexPage.objects.live().child_of(home_page)).first()
    if library is None:
        return None
    resources = list(
        visible_resources(*locales_of(home_page))
        .select_related("locale")
        .order_by("-publication_date", "-pk")[:NEWEST]
    )
    if not resources:
        return None
    return {
        "resources": [
            {
                "url": resource.get_url(request),
                "title": resource.title,
                "type": resource.resource_type_label,
                "date": resource.publication_date,
                "language": resource.locale.language_code,
            }
            for resource in resources
        ],
        "library_url": library.get_url(request),
    }


def sections(home_page, request):
    return [
        HomeSection(
            "newest-resources",
            40,
            "resources/home/newest_resources.html",
            lambda: newest_resources(home_page, request),
        )
    ]
