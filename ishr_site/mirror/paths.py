"""Where each URL of the live site is written in the mirror, and relative links between files.

Directory URLs become `…/index.html` and links name that file explicitly, so the copy works from
disk (`file://`), where no server adds `index.html`. A listing's query string becomes part
of the file name (`?type=guide&page=2` → `index.type-guide.page-2.html`): a file beside the
listing's own `index.html`, never a folder that could clash with a resource's slug.
"""

import re
from urllib.parse import parse_qsl

# The page number of a listing; its filters are the listing page type's own (`mirror_listings`).
LISTING_PAGE = "page"

# Non-HTML responses at a directory URL (feeds) get a file name their type can be read from.
EXTENSION_BY_TYPE = {
    "text/html": ".html",
    "application/atom+xml": ".xml",
    "application/rss+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/calendar": ".ics",
    "text/plain": ".txt",
    "application/json": ".json",
}

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def listing_query(query_string, filters):
    """The listing parameters a mirror file exists for: at most one of `filters` and a page number
    above 1, in a fixed order; None when the query asks for something the mirror cannot give
    (two filters, a search, a sort other than the default)."""
    params = parse_qsl(query_string, keep_blank_values=True)
    kept = []
    for name, value in params:
        if name in filters and value:
            kept.append((name, value))
        elif name == LISTING_PAGE:
            if not value.isdigit() or int(value) < 1:
                return None
            if int(value) > 1:
                kept.append((name, str(int(value))))
        elif value:
            return None
    names = [name for name, _value in kept]
    if len(set(names)) != len(names) or sum(name in filters for name in names) > 1:
        return None
    order = {name: index for index, name in enumerate((*filters, LISTING_PAGE))}
    return tuple(sorted(kept, key=lambda item: order[item[0]]))


def query_string_of(params):
    return "&".join(f"{name}={value}" for name, value in params)


def file_for(path, params=(), content_type="text/html"):
    """The mirror file (relative to the export root, no leading slash) for a URL path."""
    base_type = content_type.split(";")[0].strip().lower()
    relative = path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        suffix = "".join(f".{name}-{_UNSAFE.sub('-', value.lower())}" for name, value in params)
        extension = EXTENSION_BY_TYPE.get(base_type, ".html")
        return f"{relative}index{suffix}{extension}"
    return relative


def relative_link(from_file, to_file, fragment=""):
    """A link from one mirror file to another, relative so that any host or folder works.

    Both are clean relative paths (no `.` or `..`), so this is `posixpath.relpath` without its
    look at the current folder: it runs for every link of every page."""
    start = from_file.split("/")[:-1]
    target = to_file.split("/")
    common = 0
    while common < len(start) and common < len(target) - 1 and start[common] == target[common]:
        common += 1
    link = "/".join([".."] * (len(start) - common) + target[common:])
    return link + (f"#{fragment}" if fragment else "")
