"""What an export tells the pages it renders: the live site's name, where the export time goes,
and where the page on hosting a copy is.

The exporter's own request handler (see `rendering`) puts it on each request it makes; templates
read it through the `mirror` context processor to show the mirror banner and to swap what cannot
work without the server (forms) for static equivalents. Live requests never carry it, so the live
site's views and middleware need not know that mirrors exist.
"""

from dataclasses import dataclass, field

from django.utils.translation import get_language

# Written into every page where the export time goes; the writer replaces it with the time of
# the export that last changed the page, so an unchanged page keeps its file and its date.
EXPORT_TIME_PLACEHOLDER = "2a5f0c1e-mirror-export-time"


@dataclass(frozen=True)
class MirrorExport:
    live_site: str  # the host name people know, e.g. www.ishr.ch
    export_time_placeholder: str = EXPORT_TIME_PLACEHOLDER
    # URL path of the page on hosting a mirror, by language code (where it is published).
    hosting_urls: dict = field(default_factory=dict)


def export_of(request):
    """The export a request is rendered for, or None for a live visitor's request."""
    return getattr(request, "mirror_export", None)


def mirror(request):
    """Context processor: `mirror` is the export being rendered, or None on the live site."""
    export = export_of(request)
    if export is None:
        return {"mirror": None}
    return {"mirror": export, "mirror_hosting_url": export.hosting_urls.get(get_language())}
