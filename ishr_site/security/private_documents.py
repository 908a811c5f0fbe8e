"""Who may touch documents in private collections: only holders of one permission (Moderators).

A collection with a view restriction (or inside one) holds files that only some people may read.
Moving a document out of it publishes the file; moving one in, uploading, replacing or deleting
changes what staff rely on. Wagtail's collection permissions are inherited down the tree with no
way to deny them below, so Editors, who add and change documents everywhere, would otherwise
also act inside private collections. This policy (registered when the app is ready, through
Wagtail's own policy registry) keeps their right to choose such a document for a page — the
link still asks for a login — and takes away everything else there, for every admin view that
asks the policy: edit, replace, delete, upload (single and multiple), the chooser's upload and
the bulk "Add to collection".
"""

from django.db.models import Q
from django.utils.translation import gettext_noop

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

APP_LABEL = "wagtaildocs"
CODENAME = "manage_private_documents"
PERMISSION = f"{APP_LABEL}.{CODENAME}"
# Stored in the database and shown (translated) in the group editor's "Custom permissions".
PERMISSION_NAME = gettext_noop("Can manage documents in private collections")
# "choose" stays: linking a private document from a page does not open it to anyone.
GUARDED_ACTIONS = {"add", "change", "delete"}


def private_collections():
    """Collections with a view restriction on themselves or on an ancestor."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return Collection.objects.none()
    inside_any = Q()
    for path in paths:
        inside_any |= Q(path__startswith=path)
    return Collection.objects.filter(inside_any)


def may_manage_private_documents(user):
    return user.is_active and user.has_perm(PERMISSION)


class PrivateCollectionsDocumentPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's document policy, minus adding, changing and deleting in private collections
    for users without the permission above."""

    def _restricted(self, user, actions):
        return bool(set(actions) & GUARDED_ACTIONS) and not may_manage_private_documents(user)

    def _check_perm(self, user, actions, collection=None):
        if collection is not None and self._restricted(user, actions):
            free_actions = set(actions) - GUARDED_ACTIONS
            if private_collections().filter(pk=collection.pk).exists():
                return bool(free_actions) and super()._check_perm(user, free_actions, collection)
        return super()._check_perm(user, actions, collection=collection)

    def _collections_with_perm(self, user, actions):
        if not self._restricted(user, actions):
            return super()._collections_with_perm(user, actions)
        guarded = set(actions) & GUARDED_ACTIONS
        free_actions = set(actions) - GUARDED_ACTIONS
        private_ids = list(private_collections().values_list("pk", flat=True))
        allowed = super()._collections_with_perm(user, guarded).exclude(pk__in=private_ids)
        if free_actions:
            allowed = allowed | super()._collections_with_perm(user, free_actions)
        return allowed


def register_document_policy():
    """Replace Wagtail's document policy. Registered for the exact class, which the registry
    prefers whatever the order: wagtail.documents registers its own in a later ready()."""
    document_model = get_document_model()
    policy = PrivateCollectionsDocumentPolicy(
        document_model, auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
    )
    register_permission_policy(document_model, policy, exact_class=True)
