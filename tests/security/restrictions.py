"""Helpers of the restriction tests: restrict a page or a document's collection, each kind."""

from django.contrib.auth.models import Group

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

KINDS = ["login", "password", "groups"]
PASSWORD = "members-only-2026"


def _configure(restriction, kind):
    restriction.restriction_type = {
        "login": PageViewRestriction.LOGIN,
        "password": PageViewRestriction.PASSWORD,
        "groups": PageViewRestriction.GROUPS,
    }[kind]
    if kind == "password":
        restriction.password = PASSWORD
    restriction.save()
    if kind == "groups":
        group, _created = Group.objects.get_or_create(name="Board members")
        restriction.groups.add(group)
    return restriction


def restrict_page(page, kind):
    return _configure(PageViewRestriction(page=page), kind)


def restrict_documents(documents, kind, nested=False):
    """Move `documents` into a new collection covered by a `kind` restriction (on the
    collection itself, or with `nested`, on the collection above it)."""
    root = Collection.get_first_root_node()
    private = root.add_child(name=f"Private {kind}")
    target = private.add_child(name="Inside") if nested else private
    for document in documents:
        document.collection = target
        document.save()
    return _configure(CollectionViewRestriction(collection=private), kind)
