"""The site runs on Wagtail as installed: no module replaces a Wagtail method, and only one
writes Wagtail's private attributes, so an upgrade of Wagtail cannot break a patch silently.
Page routing (but for the home page's own `route()`, Wagtail's documented extension point, see
home/routing.py), the site of a request and the active locale are Wagtail's own; what is cached
is cached with Django's and Wagtail's caches (see ishr_site/caching). The one exception is
`ishr_site/caching/known_routes.py`: it fills in the two attributes on which Wagtail remembers
a request's site and page route (`request._wagtail_site`, `request._wagtail_route_for_request`),
logs that it does, and stands aside when the installed Wagtail no longer reads them, which a
test here then reports."""

import ast
from pathlib import Path

from django.apps import apps

from wagtail.models import Locale, Page, Site
from wagtail.models.i18n import LocaleManager

from ishr_site.caching.known_routes import wagtail_reads_what_is_filled_in

PROJECT = Path(__file__).resolve().parents[2]
PROJECT_PACKAGES = ("home", "programmes", "resources", "ishr_site")
# Modules allowed to patch Wagtail, each with what it writes.
PATCH_MODULES = {
    "ishr_site/caching/known_routes.py": [
        "request._wagtail_site",
        "request._wagtail_route_for_request",
    ],
}
# Attributes Wagtail (and treebeard, under its pages) keep for themselves.
PRIVATE_PREFIXES = ("_wagtail", "_cached_")


def project_modules():
    for package in PROJECT_PACKAGES:
        for path in sorted((PROJECT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def names_imported_from_wagtail(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("wagtail"):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(
                (alias.asname or alias.name).split(".")[0]
                for alias in node.names
                if alias.name.startswith("wagtail")
            )
    return names


def _is_setattr_by_name(node):
    return (
        isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "setattr"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
    )


def patches_in(path):
    """(line, what) for each assignment to an attribute of something imported from Wagtail, or
    to one of the attributes Wagtail keeps for itself (`_wagtail…`, `_cached_…`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wagtail_names = names_imported_from_wagtail(tree)
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif _is_setattr_by_name(node):
            name = str(node.args[1].value)
            owner = getattr(node.args[0], "id", None)
            if name.startswith(PRIVATE_PREFIXES) or owner in wagtail_names:
                found.append((node.lineno, f"setattr(…, {name!r})"))
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            owner = target.value
            while isinstance(owner, ast.Attribute):
                owner = owner.value
            if (
                target.attr.startswith(PRIVATE_PREFIXES)
                or getattr(owner, "id", None) in wagtail_names
            ):
                found.append((target.lineno, ast.unparse(target)))
    return found


def test_no_module_patches_wagtail():
    found = {
        str(path.relative_to(PROJECT)): patches
        for path in project_modules()
        if str(path.relative_to(PROJECT)) not in PATCH_MODULES and (patches := patches_in(path))
    }
    assert found == {}


def test_the_check_sees_a_patch(tmp_path):
    patch = tmp_path / "patch.py"
    patch.write_text(
        "from wagtail.models.i18n import LocaleManager\n"
        "LocaleManager.get_for_language = lambda self, code: None\n"
        "def remember(request, site):\n"
        "    request._wagtail_site = site\n"
    )
    assert patches_in(patch) == [
        (2, "LocaleManager.get_for_language"),
        (4, "request._wagtail_site"),
    ]


def test_routing_sites_and_locales_are_wagtails_own():
    for function in (
        LocaleManager.get_for_language,
        Locale.get_active,
        Site.find_for_request,
        Page.route_for_request,
        Page.route,
        Page.serve,
    ):
        assert function.__module__.startswith("wagtail."), function
    # A page class may route its own paths (Wagtail's documented extension point, by
    # subclassing: nothing of Wagtail's is replaced); the home page's is in home.routing.
    for model in apps.get_models():
        if issubclass(model, Page):
            assert model.route.__module__.startswith(("wagtail.", "home.routing")), model


def test_the_one_patch_module_writes_only_what_it_says():
    for name, written in PATCH_MODULES.items():
        assert [what for _line, what in patches_in(PROJECT / name)] == written


def test_wagtail_still_reads_what_known_routes_fill_in():
    """Fails when an upgrade of Wagtail stops reading the request attributes known routes fill
    in: the middleware would then stand aside (uncached pages get slower, nothing breaks), and
    known_routes.py must be rewritten for the new Wagtail or removed."""
    assert wagtail_reads_what_is_filled_in()
