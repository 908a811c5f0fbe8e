"""The mirror flag: on only while `export_mirror` renders pages, in that command's own thread.

Templates read it through the `mirror` context processor to show the mirror banner and to swap
what cannot work without the server (site search, forms) for static equivalents. A context
variable, not a setting: a test server thread in the same process keeps rendering the live site.
"""

from contextlib import contextmanager
from contextvars import ContextVar
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


_current = ContextVar("mirror_export", default=None)


def current_export():
    return _current.get()


def is_exporting():
    return _current.get() is not None


@contextmanager
def exporting(export):
    token = _current.set(export)
    try:
        yield export
    finally:
        _current.reset(token)


def export_in_this_process(export):
    """The flag on for the whole life of a process that only renders the mirror's pages."""
    _current.set(export)


def mirror(request):
    """Context processor: `mirror` is the current export, or None on the live site."""
    export = _current.get()
    if export is None:
        return {"mirror": None}
    return {"mirror": export, "mirror_hosting_url": export.hosting_urls.get(get_language())}
