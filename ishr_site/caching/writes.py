"""Every write to what visitors can see starts a new site generation, however it is made.

The writes are seen where every one of them passes: Django's database connection, through its
database instrumentation (`execute_wrapper`). So a model's `save()`, `QuerySet.update()`,
`bulk_create`, a deletion and raw SQL through Django's connection all retire cached pages
alike, whether an editor's request, a management command, a background task or the shell made
them; signals would miss every write that sends none. (A write made outside Django, in `psql`
say, is not seen: cached pages then live out PAGE_CACHE_SECONDS.)

A write counts when its table belongs to a model visitors may see: Wagtail's pages, documents,
images, collections, sites, locales and view restrictions, and every model of the project's own
apps (those whose code lives in the project, not in an installed library), unless the model
says `changes_public_pages = False` (a download counter, a contact message). Renditions never
count: pages make them while rendering. A statement whose table cannot be read from its SQL
(a migration's `ALTER TABLE`, a `WITH … UPDATE`) counts, to be safe.

Nothing a visitor's request writes starts one (see `generation.made_by_a_visitor`): otherwise
one request could empty every cache, and anyone could repeat it.
"""

import logging
import re
import site
import sysconfig
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections, transaction
from django.db.backends.base.base import NO_DB_ALIAS
from django.db.backends.signals import connection_created

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import BaseViewRestriction, Collection, Locale, Page, Site

from .generation import made_by_a_visitor, start_new_generation

logger = logging.getLogger(__name__)

SHARED_MODELS = (
    Page,
    AbstractDocument,
    AbstractImage,
    Collection,
    Site,
    Locale,
    BaseViewRestriction,
)
# Where a site's root paths (Wagtail's own cache of every site's home page address) come from.
ROOT_PATH_MODELS = (Page, Site)
_READS = ("SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "SET ", "SHOW", "PRAGMA")
# Statements about whole databases or the server's upkeep: they change no row a page shows.
_NOT_CONTENT = re.compile(
    r"\s*(?:(?:CREATE|DROP|ALTER)\s+DATABASE|VACUUM|ANALYZE|EXPLAIN|CHECKPOINT)\b", re.IGNORECASE
)
_WRITE = re.compile(
    r"""\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM
    |TRUNCATE(?:\s+TABLE)?(?:\s+ONLY)?)\s+[`"]?(\w+)""",
    re.IGNORECASE | re.VERBOSE,
)


def _installed_library_folders():
    folders = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    folders.update(site.getsitepackages())
    return [Path(folder).resolve() for folder in folders]


@cache
def _is_a_project_app(app_config):
    path = Path(app_config.path).resolve()
    if not path.is_relative_to(Path(settings.BASE_DIR).resolve()):
        return False
    return not any(path.is_relative_to(folder) for folder in _installed_library_folders())


def shows_to_visitors(model):
    """Whether a change to `model`'s rows can change what a visitor sees."""
    owner = model._meta.auto_created or model  # a many-to-many table: its model's rule
    if issubclass(owner, AbstractRendition) or not getattr(owner, "changes_public_pages", True):
        return False
    return issubclass(owner, SHARED_MODELS) or _is_a_project_app(owner._meta.app_config)


@cache
def _models_by_table():
    return {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}


def written_model(sql):
    """(whether `sql` writes, the model of the table it writes or None when not known)."""
    start = sql.lstrip()[:9].upper()
    if start.startswith(_READS) or _NOT_CONTENT.match(sql):
        return False, None
    found = _WRITE.match(sql)
    if found is None:
        return True, None
    return True, _models_by_table().get(found.group(1), False)


def _after_statement(sql):
    writes, model = written_model(sql)
    if not writes or model is False or (model is not None and not shows_to_visitors(model)):
        return  # a read, a table no model has (Django's own bookkeeping), or one visitors never see
    if made_by_a_visitor():
        # A model visitors' requests write should say `changes_public_pages = False`; one that
        # must not could only come from a bug, and must not let visitors empty the cache.
        logger.warning("A visitor's request wrote to %s; the site generation is kept.", model)
        return
    if model is None or issubclass(model, ROOT_PATH_MODELS):
        # Wagtail keeps them an hour and clears them only on signals; after the commit too, as
        # a worker may have read the old rows meanwhile.
        Site.clear_site_root_paths_cache()
        transaction.on_commit(Site.clear_site_root_paths_cache)
    start_new_generation()


def _watch(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    # Django's connection to no database in particular (creating or dropping one) writes no
    # content, and has no transaction of the site's to wait for.
    if context["connection"].alias != NO_DB_ALIAS:
        _after_statement(sql)
    return result


def _watch_connection(connection, **kwargs):
    # What `connection.execute_wrapper()` does for a block, for the connection's whole life.
    if _watch not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch)


def watch_writes():
    connection_created.connect(_watch_connection, dispatch_uid="ishr-cache-writes")
    for connection in connections.all(initialized_only=True):
        _watch_connection(connection)
