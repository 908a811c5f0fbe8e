"""The code's layers: imports run one way, from the site down to the services.

    ishr_site services (settings, security, caching)  →  home (the foundation)
    →  content apps (resources, programmes, ishr_site.newsroom)  →  site-wide features (search, mirror)
    →  ishr_site.urls and the WSGI entry point

A module may name modules of its own layer or of a lower one, never of a higher one; content apps
do not import one another, nor do the features (a content type joins search and the mirror
through hooks on its page class: `search_matches_outside_fields`, `attach_search_matches`,
`mirror_listings`). Every import counts, at the top of a module or inside a function, and so do
dotted names written as text for Django to import (`"resources.ResourcePage"`,
`import_module("programmes.demo")`), except in settings, whose job is to name every app. Such a
name may point sideways (a programme page lists related `"resources.ResourcePage"`s: Django
resolves it once every app is loaded, so it makes no import circle), never up.
"""

import ast
import re
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
PACKAGES = ("ishr_site", "home", "resources", "programmes")

# (layer, the packages in it), lowest first; a module belongs to its longest matching package.
LAYERS = [
    ("services", ["ishr_site", "ishr_site.settings", "ishr_site.formats", "ishr_site.security"]),
    ("services", ["ishr_site.operations"]),
    ("services", ["ishr_site.caching"]),
    ("foundation", ["home"]),
    ("content", ["resources", "programmes", "ishr_site.newsroom"]),
    ("features", ["ishr_site.search", "ishr_site.mirror"]),
    ("site", ["ishr_site.urls", "ishr_site.wsgi"]),
]
LAYER_ORDER = ["services", "foundation", "content", "features", "site"]
# Within these layers each package stands alone: side by side, not on top of one another.
SIDE_BY_SIDE = {"content", "features"}
# A dotted name in a string: a module path, or an app label and a model ("resources.ResourcePage").
DOTTED_NAME = re.compile(r"^[a-z_]+(\.[A-Za-z_][A-Za-z0-9_]*)+$")


def package_of(module):
    """The most specific package of LAYERS that `module` belongs to, or None (not ours)."""
    best = None
    for _layer, packages in LAYERS:
        for package in packages:
            if (module == package or module.startswith(package + ".")) and (
                best is None or len(package) > len(best)
            ):
                best = package
    return best


def layer_of(package):
    return next(layer for layer, packages in LAYERS if package in packages)


def module_name(path):
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def names_used(source, module, is_package=False):
    """(line, dotted name) of every module or model this source names."""
    tree = ast.parse(source)
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            names.append((node.lineno, target))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and DOTTED_NAME.match(node.value)
            and node.value.split(".")[0] in PACKAGES
        ):
            names.append((node.lineno, node.value))
    return names


def crossings(source, module, is_package=False):
    """The names in `source` (the code of `module`) that go against the layers."""
    own = package_of(module)
    own_layer = layer_of(own)
    in_settings = module.startswith("ishr_site.settings")
    wrong = []
    for line, name in names_used(source, module, is_package):
        target = package_of(name)
        if target is None or target == own:
            continue
        is_import = _is_import_at(source, line)
        if in_settings and not is_import:
            continue
        target_layer = layer_of(target)
        higher = LAYER_ORDER.index(target_layer) > LAYER_ORDER.index(own_layer)
        beside = target_layer == own_layer and own_layer in SIDE_BY_SIDE and is_import
        if higher or beside:
            wrong.append(f"{module}:{line} names {name} ({own_layer} → {target_layer})")
    return wrong


def _is_import_at(source, line):
    """Whether the name on `line` is imported (not a dotted name written as text)."""
    text = source.splitlines()[line - 1].strip()
    return text.startswith(("import ", "from ")) and "import_module" not in text


def project_modules():
    for package in PACKAGES:
        for path in sorted((PROJECT / package).rglob("*.py")):
            yield path, module_name(path)


def test_every_import_runs_down_the_layers():
    wrong = []
    for path, module in project_modules():
        wrong += crossings(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    assert wrong == [], "Imports against the layers:\n" + "\n".join(wrong)


def test_every_module_of_the_project_has_a_layer():
    assert [module for _path, module in project_modules() if package_of(module) is None] == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        # The foundation reaching up into a content app, inside a function as well.
        ("home.page_search", "def f():\n    from resources.models import ResourcePage\n"),
        ("home.models.pages", 'subpage_types = ["resources.ResourceIndexPage"]\n'),
        # A service reaching into the foundation.
        ("ishr_site.caching.middleware", "import home.models\n"),
        # A content app reaching up into a feature, or sideways into another content app.
        ("resources.library", "from ishr_site.search.views import search\n"),
        ("programmes.models.common", "from resources.models import ResourcePage\n"),
        ("ishr_site.newsroom.related", "from resources.models import ResourcePage\n"),
        ("resources.library", "from ishr_site.newsroom.models import UpdatePage\n"),
        ("home.models.pages", "from ishr_site.newsroom.listing import visible_updates\n"),
        ("ishr_site.newsroom.listing", "from ishr_site.search.views import search\n"),
        ("home.apps", "from importlib import import_module\nimport_module('resources.demo')\n"),
        # Features side by side.
        ("ishr_site.search.views", "from ishr_site.mirror import context\n"),
        # A relative import that climbs out of its package.
        ("ishr_site.caching.middleware", "from ...home import models\n"),
    ],
)
def test_a_name_going_up_or_sideways_is_caught(module, source):
    assert crossings(source, module) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("resources.library", "from home.page_search import matching_page_ids\n"),
        ("home.models.base", "from ishr_site.caching.generation import current_generation\n"),
        ("ishr_site.mirror.sources", "from home.restrictions import visible_to_public\n"),
        ("ishr_site.urls", "from ishr_site.search.views import search\n"),
        ("ishr_site.settings.base", 'INSTALLED_APPS = ["home", "resources", "ishr_site.mirror"]\n'),
        ("programmes.models.index", 'parent_page_types = ["programmes.ProgrammesIndexPage"]\n'),
        ("programmes.models.common", 'RELATED_RESOURCE_PAGE_TYPES = ["resources.ResourcePage"]\n'),
        ("ishr_site.newsroom.models.update_page", 'TYPES = ["programmes.HRDAPPage"]\n'),
        ("ishr_site.newsroom.listing", "from home.restrictions import visible_to_public\n"),
    ],
)
def test_a_name_going_down_passes(module, source):
    assert crossings(source, module) == []
