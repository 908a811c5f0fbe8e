"""Render the public site into mirror files: pages through the live site's middleware and views
by the exporter's own request handler (see `rendering`); then each link rewritten to the
relative path of the file it names."""

from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Locale, Page

from .assets import Assets, is_asset
from .calendars import without_live_addresses
from .context import MirrorExport
from .links import LinkRewriter
from .output import MirrorError
from .paths import file_for, listing_query, query_string_of, relative_link
from .rendering import InProcessRenderer, ProcessPoolRenderer, make_client, render
from .search_index import build_indexes, index_path
from .sources import (
    default_site,
    hosting_page_paths,
    listing_pages,
    page_path,
    public_pages,
)

ROOT_INDEX = "index.html"
NOT_LINKS = ("#", "mailto:", "tel:", "data:", "javascript:", "sms:")
NOT_FOUND = object()


class MirrorRenderer:
    def __init__(self, writer, live_site, progress=None, processes=1):
        self.writer = writer
        self.processes = processes
        self.progress = progress or (lambda done, total: None)
        self.site = default_site()
        if self.site is None:
            raise MirrorError("There is no site to export: create one first.")
        port = self.site.port
        self.host = self.site.hostname + ("" if port in (80, 443) else f":{port}")
        self.live_hosts = {self.host.lower(), self.site.hostname.lower()}
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL or "")
        if base.netloc:
            self.live_hosts.add(base.netloc.lower())
        self.export = MirrorExport(live_site=live_site, hosting_urls=hosting_page_paths())
        # Feeds, calendar files and redirects found while rewriting links are fetched here.
        self.client = make_client(self.host, self.export)
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        self.listings = listing_pages()  # URL path → {parameter: values}
        self.file_by_key = {}  # (path, listing params) → mirror file, or None if not exportable
        self.pending = {}  # key → page fetched while following a link, not yet written
        self.queue = deque()
        self.assets = {}  # mirror file → True once written, False if it has no source
        self.asset_files = Assets()
        self.unresolved = set()
        self.generated = {}  # URL path → mirror file made by the exporter itself (search index)
        self.link_targets = {}  # (link as written, its base if relative) → (file, fragment)
        self.done = 0

    # --- Plan ------------------------------------------------------------------------------

    def plan(self):
        for path, _page in public_pages(self.site):
            self._enqueue((path, ()), file_for(path))
        for path, filters in sorted(self.listings.items()):
            for name, values in filters.items():
                for value in values:
                    params = ((name, value),)
                    self._enqueue((path, params), file_for(path, params))
        self._enqueue(("/sitemap.xml", ()), "sitemap.xml")

    def _enqueue(self, key, file):
        if key not in self.file_by_key:
            self.file_by_key[key] = file
            self.queue.append(key)

    # --- Run -------------------------------------------------------------------------------

    def run(self):
        self.plan()
        self.write_search_indexes()
        self.write_language_choice()
        with self._renderer() as renderer:
            while self.queue or renderer.busy:
                while self.queue and renderer.has_room():
                    key = self.queue.popleft()
                    if key in self.pending:
                        self._written(key, self.pending.pop(key))
                    else:
                        renderer.submit(key)
                for key, page in renderer.completed():
                    self._written(key, page)
        return self.unresolved

    def _renderer(self):
        if self.processes > 1:
            return ProcessPoolRenderer(self.host, self.export, self.processes)
        return InProcessRenderer(self.host, self.export)

    def _written(self, key, page):
        self.write_page(key, page)
        self.done += 1
        self.progress(self.done, self.done + len(self.queue))

    def write_page(self, key, page):
        if page.status != 200:
            self.unresolved.add(key[0])
            return
        file = self.file_by_key.get(key) or file_for(key[0], key[1], page.content_type)
        path, params = key
        base_url = path + (f"?{query_string_of(params)}" if params else "")
        data, stamped = self.rewrite(page.body, page.content_type, base_url, file)
        self.writer.add(file, data, stamped=stamped)

    def rewrite(self, body, content_type, base_url, file):
        kind = content_type.split(";")[0].strip().lower()
        if kind == "text/calendar":
            return without_live_addresses(body, self.live_hosts), False
        if not (kind.startswith("text/") or kind.endswith("xml") or kind == "application/json"):
            return body, False
        text = body.decode("utf-8")
        rewriter = LinkRewriter(lambda url: self.resolve(url, base_url, file), self.live_hosts)
        if kind == "text/html":
            return rewriter.html(text).encode("utf-8"), True
        if kind.endswith("xml"):
            return rewriter.xml(text).encode("utf-8"), False
        if kind == "text/css":
            return rewriter.css(text).encode("utf-8"), False
        return rewriter.html(text).encode("utf-8"), False

    def write_language_choice(self):
        """The root `index.html`: the live site's `/` redirects by the browser's language,
        which a static copy cannot do, so it offers each language instead."""
        languages = []
        for locale in Locale.objects.order_by("pk"):
            home = (
                Page.objects.translation_of(self.site.root_page, inclusive=True)
                .filter(locale=locale)
                .live()
                .first()
            )
            url = page_path(home) if home else None
            if url:
                info = translation.get_language_info(locale.language_code)
                languages.append(
                    {
                        "code": locale.language_code,
                        "info": info,
                        "url": url,
                        "hosting_url": self.export.hosting_urls.get(locale.language_code),
                    }
                )
        with translation.override(settings.LANGUAGE_CODE):
            html = render_to_string(
                "mirror/language_choice.html", {"languages": languages, "mirror": self.export}
            )
        data, _stamped = self.rewrite(html.encode("utf-8"), "text/html", "/", ROOT_INDEX)
        self.writer.add(ROOT_INDEX, data, stamped=True)

    def write_search_indexes(self):
        roots = [
            page.path for page in Page.objects.translation_of(self.site.root_page, inclusive=True)
        ]
        for code, script in build_indexes(self.site, roots).items():
            path = index_path(code)
            self.generated[path] = path.lstrip("/")
            self.writer.add(path.lstrip("/"), script)

    # --- Links -----------------------------------------------------------------------------

    def resolve(self, raw, base_url, from_file):
        """The relative link to use in `from_file` for `raw`; None to leave it as written."""
        if not raw or raw.startswith(NOT_LINKS):
            return None
        # Most links (menus, footer, files, the pages listed) are written from the site's root
        # and repeat on thousands of pages: where each leads is worked out once.
        base = None if raw.startswith(("/", "https://", "http://")) else base_url
        found = self.link_targets.get((raw, base), NOT_FOUND)
        if found is NOT_FOUND:
            found = self.link_targets[(raw, base)] = self._link_target(raw, base_url)
        if found is None:
            return None
        target, fragment = found
        link = quote(relative_link(from_file, target), safe="/.-_~")
        return link + (f"#{fragment}" if fragment else "")

    def _link_target(self, raw, base_url):
        """(mirror file, fragment) a link leads to; None if it leads off the live site."""
        parts = urlsplit(urljoin(f"https://{self.host}{base_url}", raw))
        if parts.scheme not in ("http", "https") or parts.netloc.lower() not in self.live_hosts:
            return None
        target = self.target_file(unquote(parts.path), parts.query)
        if target is None:
            self.unresolved.add(parts.path)
            # Never an absolute address of the blocked host; the reader lands on the choice.
            target = ROOT_INDEX
        return target, parts.fragment

    def target_file(self, path, query, hops=0):
        if path in self.generated:
            return self.generated[path]
        if is_asset(path):
            return self.asset(path)
        if path == "/":
            return ROOT_INDEX
        if not (path.startswith(self.prefixes) or path == "/sitemap.xml"):
            return None
        params = ()
        if query and path in self.listings:
            params = listing_query(query, tuple(self.listings[path])) or ()
        key = (path, params)
        if key in self.file_by_key:
            return self.file_by_key[key]
        if params:
            # A further page of a listing (its pagination links): HTML, rendered in its turn.
            self._enqueue(key, file_for(path, params))
            return self.file_by_key[key]
        # Not a planned page (a feed, a calendar file, a redirect): fetch it now to know its type.
        page = render(self.client, key)
        if page.status == 200:
            self.pending[key] = page
            self._enqueue(key, file_for(path, params, page.content_type))
        elif page.status in (301, 302, 307, 308) and hops < 5:
            location = urlsplit(urljoin(f"https://{self.host}{path}", page.location))
            same_host = location.netloc.lower() in self.live_hosts
            target = self.target_file(unquote(location.path), location.query, hops + 1)
            self.file_by_key[key] = target if same_host else None
        else:
            self.file_by_key[key] = None
        return self.file_by_key[key]

    def asset(self, path):
        file = path.lstrip("/")
        if file not in self.assets:
            data = self.asset_files.read(path)
            self.assets[file] = data is not None
            if data is not None:
                if file.endswith(".css"):
                    data, _stamped = self.rewrite(data, "text/css", path, file)
                self.writer.add(file, data)
        return file if self.assets[file] else None
