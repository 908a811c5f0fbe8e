"""Property-based fuzzing of every public URL pattern, in both languages, and of the admin.

Random path segments, query strings and headers (with markup and control characters mixed in)
must never produce a server error, and injected markup must never come back unescaped. Restricted
pages and private files are among the targets: however the request is bent, their text never
reaches a visitor without the right to read them, anonymous or signed in as an Editor.
"""

from urllib.parse import quote, urlencode

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import LocalePrefixPattern, URLResolver, get_resolver

from wagtail.documents.models import Document

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import live_page_urls

pytestmark = pytest.mark.django_db

EXAMPLES_PER_LANGUAGE = 1000
MARKER = "ishr-fuzz"
PAYLOADS = [
    f"<{MARKER}>",
    f'"><{MARKER} onload=x>',
    f"'><script>{MARKER}</script>",
    f"javascript:{MARKER}",
    "%00",
    "%0d%0aSet-Cookie:%20x=1",
    "%C0%AE%C0%AE/",
    "%FF%FE",
    "../../../etc/passwd",
    "{{ 7|add:7 }}",
    "%(name)s",
    "\u202e\u0000\x07",
    "ｆｒ",
    "a" * 3000,
]
text = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=40))
raw_segment = st.one_of(
    st.sampled_from(PAYLOADS), st.text(max_size=30).map(lambda s: quote(s, safe=""))
)
header_names = st.sampled_from(
    [
        "Accept-Language",
        "Referer",
        "User-Agent",
        "X-Forwarded-For",
        "X-Forwarded-Proto",
        "Cookie",
        "If-None-Match",
        "If-Modified-Since",
        "Range",
        "Accept",
    ]
)
header_values = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
)
requests_sent = {"count": 0}


def static_prefix(pattern):
    """The fixed start of a URL pattern ("documents/", "sitemap.xml"), without parameters."""
    route = str(pattern.pattern).lstrip("^")
    for stop in ("<", "(", "$", "\\"):
        route = route.split(stop)[0]
    return route


def pattern_targets(language):
    """One address per URL pattern outside the admin, those under the language prefix included:
    a pattern added later (a search page, a feed) is fuzzed without touching this file."""
    targets = []
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            for inner in pattern.url_patterns:
                targets.append(f"/{language}/{static_prefix(inner)}")
        elif static_prefix(pattern) != "admin/":
            targets.append(f"/{static_prefix(pattern)}")
    return sorted(set(targets))


def public_targets(language):
    """Every public URL pattern, plus every live page of this language and a real document."""
    document = Document.objects.first()
    targets = [url for _type, page_language, url in live_page_urls() if page_language == language]
    return targets + pattern_targets(language) + [document.url]


def fuzz_once(client, target, segments, query, headers, method):
    path = (
        target.rstrip("/") + "/" + "/".join(segments) if segments and "?" not in target else target
    )
    if query:
        path += ("&" if "?" in path else "?") + urlencode(query, doseq=True)
    # Header bytes reach Django decoded as ISO-8859-1 (WSGI): send what a server would pass on.
    request_headers = {
        name: value.encode("utf-8").decode("latin-1") for name, value in headers.items()
    }
    sender = client.head if method == "HEAD" else client.post if method == "POST" else client.get
    response = sender(path, headers=request_headers)
    requests_sent["count"] += 1
    assert response.status_code < 500, (method, path, headers, response.status_code)
    # Reading a streamed file to its end closes it (the test client's wrapper does so; closing
    # it again would signal the end of a request twice and drop the test's connection).
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    body = raw.decode("utf-8", "replace")
    assert f"<{MARKER}" not in body, (path, "markup reflected unescaped")
    assert f"<script>{MARKER}" not in body, (path, "script reflected unescaped")
    assert "Set-Cookie" not in response.headers or "x=1" not in response.headers["Set-Cookie"]
    return body


@pytest.fixture
def fuzz_site(demo_site):
    document = Document(title="Report")
    document.file.save("report.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    demo_site.targets = None
    return demo_site


@pytest.fixture
def sends_every_example():
    """Fails the fuzz test using it unless it sent a request for every example it was given
    (so that the fuzzing cannot quietly shrink to nothing)."""
    before = requests_sent["count"]
    yield
    assert requests_sent["count"] - before >= EXAMPLES_PER_LANGUAGE


def make_fuzz_test(language):
    @settings(
        max_examples=EXAMPLES_PER_LANGUAGE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        data=st.data(),
        segments=st.lists(raw_segment, max_size=3),
        query=st.dictionaries(text, text, max_size=3),
        headers=st.dictionaries(header_names, header_values, max_size=3),
        method=st.sampled_from(["GET", "GET", "GET", "HEAD", "POST"]),
    )
    def test(fuzz_site, sends_every_example, data, segments, query, headers, method):
        client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
        if fuzz_site.targets is None:  # listed once per test, not once per example
            fuzz_site.targets = public_targets(language)
        target = data.draw(st.sampled_from(fuzz_site.targets))
        fuzz_once(client, target, segments, query, headers, method)

    return test


test_fuzz_english = make_fuzz_test("en")
test_fuzz_french = make_fuzz_test("fr")


def test_the_fuzzing_targets_every_public_url_pattern(fuzz_site):
    public_patterns = [p for p in get_resolver().url_patterns if static_prefix(p) != "admin/"]
    assert len(pattern_targets("fr")) >= len(public_patterns)
    assert {"/", "/robots.txt", "/sitemap.xml", "/documents/", "/fr/"} <= set(pattern_targets("fr"))


# --- Restricted content, for anonymous visitors and for signed-in Editors -------------------

SECRET = "ishrsealedword"
RESTRICTED_EXAMPLES = 400
EDITOR_EXAMPLES = 300
# Where an Editor spends the day; fuzzed with GET and HEAD only (a random POST could delete).
ADMIN_TARGETS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/search/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/snippets/",
    "/admin/reports/locked/",
    "/admin/reports/site-history/",
    "/admin/workflows/tasks/index/",
    "/admin/localize/",
    "/admin/forms/",
    "/admin/collections/",
]


def restricted_page(parent, slug, restriction_type, **restriction):
    """A live page whose English and French text carry the secret, restricted in English only:
    the French translation must be covered by the English page's restriction."""
    from wagtail.models import Locale, PageViewRestriction

    from home.models import StandardPage

    page = parent.add_child(
        instance=StandardPage(
            title=f"Sealed briefing {slug}",
            slug=slug,
            intro=f"{SECRET} {slug} intro",
            body=[("paragraph", f"<p>{SECRET} in the body of {slug}</p>")],
        )
    )
    page.save_revision().publish()
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = f"Note scellée {slug}"
    french.intro = f"{SECRET} {slug} introduction"
    french.save_revision().publish()
    groups = restriction.pop("groups", [])
    view_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **restriction
    )
    view_restriction.groups.set(groups)
    return [page.url, french.specific.url]


def private_document(title, restriction_type, **restriction):
    from django.core.files.base import ContentFile

    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    collection = root.add_child(name=f"Sealed {title}")
    groups = restriction.pop("groups", [])
    view_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **restriction
    )
    view_restriction.groups.set(groups)
    document = Document(title=f"{SECRET} {title}", collection=collection)
    document.file.save(
        f"{title}.txt", ContentFile(f"{SECRET} inside the file {title}\n".encode()), save=False
    )
    document.save()
    return document.url


@pytest.fixture
def restricted_site(fuzz_site):
    from django.contrib.auth.models import Group

    from wagtail.models import PageViewRestriction

    staff_only = Group.objects.create(name="Sealed readers")
    home = fuzz_site.home_en
    urls = []
    urls += restricted_page(home, "sealed-login", PageViewRestriction.LOGIN)
    urls += restricted_page(
        home, "sealed-password", PageViewRestriction.PASSWORD, password="correct horse battery"
    )
    urls += restricted_page(home, "sealed-group", PageViewRestriction.GROUPS, groups=[staff_only])
    urls.append(private_document("login", PageViewRestriction.LOGIN))
    urls.append(
        private_document("password", PageViewRestriction.PASSWORD, password="correct horse battery")
    )
    urls.append(private_document("group", PageViewRestriction.GROUPS, groups=[staff_only]))
    # Words of the restricted pages and files other than the secret: a search page repeats its
    # query, so the secret itself would come back only as what was typed.
    searches = [
        f"/{language}/{path}?q={quote(words)}"
        for language in ("en", "fr")
        for path in ("search/", "resources/" if language == "en" else "ressources/")
        for words in ("sealed briefing", "note scellée", "inside the file", "in the body of")
    ]
    fuzz_site.restricted_targets = urls + searches
    return fuzz_site


def an_editor():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from home.editorial.roles import EDITORS

    editor = get_user_model().objects.create_user(
        username="fuzzing-editor", email="editor@example.org", password="a long editor password"
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    return editor


@settings(
    max_examples=RESTRICTED_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    segments=st.lists(raw_segment, max_size=2),
    query=st.dictionaries(text, text, max_size=2),
    headers=st.dictionaries(header_names, header_values, max_size=2),
    method=st.sampled_from(["GET", "GET", "HEAD", "POST"]),
    language=st.sampled_from(["en", "fr"]),
)
def test_fuzzed_requests_never_reveal_restricted_content_to_visitors(
    restricted_site, data, segments, query, headers, method, language
):
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
    target = data.draw(st.sampled_from(restricted_site.restricted_targets))
    body = fuzz_once(client, target, segments, query, headers, method)
    assert SECRET not in body, (method, target, segments, query)


@settings(
    max_examples=EDITOR_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    segments=st.lists(raw_segment, max_size=2),
    query=st.dictionaries(text, text, max_size=2),
    headers=st.dictionaries(header_names, header_values, max_size=2),
    method=st.sampled_from(["GET", "HEAD"]),
)
def test_fuzzed_requests_of_a_signed_in_editor_never_fail_or_open_group_content(
    restricted_site, data, segments, query, headers, method
):
    """An Editor may read any page in the admin, but on the public site a page or file kept
    for a group the Editor is not in stays closed."""
    if not hasattr(restricted_site, "editor"):
        restricted_site.editor = an_editor()
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(restricted_site.editor)
    group_only = [url for url in restricted_site.restricted_targets if "group" in url]
    target = data.draw(st.sampled_from(ADMIN_TARGETS + group_only))
    headers.pop("Cookie", None)  # keep the session that signs the Editor in
    body = fuzz_once(client, target, segments, query, headers, method)
    if not target.startswith("/admin/"):
        assert SECRET not in body, (method, target, segments, query)
