"""Serve image renditions from MEDIA_ROOT/images, and nothing else of the media folder.

Wagtail writes every rendition as one flat file, `images/<name>`, whose name comes from Django's
`get_valid_filename` (letters, digits, `-`, `_` and `.`). Originals (`original_images/`, with
their metadata) and documents (`documents/`, behind their collection's view restrictions, served
only by Wagtail's document view) live beside that folder: a path that could step out of it
(`..`, encoded or not, a backslash, an absolute path, a link) is refused before the disk is
touched, and every refusal is a 404, never a 500.
"""

import re
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

RENDITIONS_FOLDER = "images"
# One file name as Wagtail writes it: no folder, no leading dot, no character a shell, a URL or
# another operating system would read differently. 255 bytes is the usual file-name limit.
RENDITION_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}", re.ASCII)
# A rendition's name changes whenever its image or its crop does: it can be kept for a year.
RENDITION_MAX_AGE = 60 * 60 * 24 * 365


def renditions_root():
    return Path(settings.MEDIA_ROOT, RENDITIONS_FOLDER).resolve()


def rendition_file(name):
    """The rendition file called `name`, or None if no such file lies directly in the folder."""
    if not RENDITION_NAME.fullmatch(name):
        return None
    root = renditions_root()
    try:
        target = (root / name).resolve(strict=True)
        is_file = target.is_file()
    except (OSError, ValueError):
        return None
    # resolve() followed any link: what is served must still be a file directly in the folder.
    if not is_file or target.parent != root:
        return None
    return target


@require_safe
def serve_rendition(request, name):
    target = rendition_file(name)
    if target is None:
        raise Http404("No such image.")
    response = serve(request, target.name, document_root=target.parent)
    patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
