"""The editorial roles and the "Review and publish" workflow.

Editors create, edit, translate and submit pages and the site footer; Moderators also approve and
publish them. Every page, and the footer (shown on every page), goes through one review task done
by a moderator. Documents in private collections, and privacy settings of pages and collections,
are Moderators' too. Written against an `apps` registry so the same code serves the data
migration (historical models) and the demo loader (live models, for a database that was emptied).
"""

from ishr_site.security import private_documents

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Review and publish"
TASK_NAME = "Moderator review"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "lock_page", "unlock_page"]

# (app_label, model, codename) — the content type is created if a migration runs before it exists.
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
    ("home", "footer", "add_footer"),
    ("home", "footer", "change_footer"),
]
MODERATOR_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    # Contact messages are personal data: Moderators read them, Editors never do.
    ("home", "contactmessage", "read_contact_messages"),
    ("home", "footer", "publish_footer"),
    ("home", "footer", "lock_footer"),
    ("home", "footer", "unlock_footer"),
    (private_documents.APP_LABEL, "document", private_documents.CODENAME),
    ("wagtailredirects", "redirect", "add_redirect"),
    ("wagtailredirects", "redirect", "change_redirect"),
    ("wagtailredirects", "redirect", "delete_redirect"),
]
# Never an Editor's: publishing the footer, and acting on files in private collections.
EDITOR_FORBIDDEN = [
    ("home", "publish_footer"),
    ("home", "lock_footer"),
    ("home", "unlock_footer"),
    (private_documents.APP_LABEL, private_documents.CODENAME),
]
# Snippets under review are reviewed by the same workflow as pages.
REVIEWED_SNIPPETS = [("home", "footer")]
# Names of permissions a migration may create before Django or Wagtail do, as they name them
# (the group editor shows them through gettext).
PERMISSION_NAMES = {
    "publish_footer": "Can publish footer",
    "lock_footer": "Can lock footer",
    "unlock_footer": "Can unlock footer",
    private_documents.CODENAME: private_documents.PERMISSION_NAME,
}
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]

# Moderators also set who may read a collection ("Privacy"), which needs these.
MODERATOR_COLLECTION_PERMISSIONS = [
    *COLLECTION_PERMISSIONS,
    ("wagtailcore", "collection", "add_collection"),
    ("wagtailcore", "collection", "change_collection"),
]


# Names of permissions this code may create before Django's own post-migrate step does.
PERMISSION_NAMES = {"read_contact_messages": "Can read contact messages"}


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": PERMISSION_NAMES.get(codename, codename.replace("_", " ").capitalize())},
    )
    return permission


def _grant(apps, group, page_codenames, model_permissions, collection_permissions):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group.permissions.add(*[_permission(apps, *spec) for spec in model_permissions])
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for spec in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, *spec)
            )


def ensure_editorial_roles(apps):
    """Create or complete the two groups and the workflow; safe to run any number of times."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    # Editors never publish: only the review task's moderators do.
    GroupPagePermission.objects.filter(
        group=editors,
        permission__codename__in=["publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    ).delete()
    # Nor manage collections, whose privacy decides who may read a file.
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group=editors,
        permission__content_type__app_label="wagtailcore",
        permission__codename__in=["add_collection", "change_collection", "delete_collection"],
    ).delete()
    Permission = apps.get_model("auth", "Permission")
    for app_label, codename in EDITOR_FORBIDDEN:
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
    _grant(apps, editors, EDITOR_PAGE_PERMISSIONS, EDITOR_MODEL_PERMISSIONS, COLLECTION_PERMISSIONS)
    _grant(
        apps,
        moderators,
        MODERATOR_PAGE_PERMISSIONS,
        MODERATOR_MODEL_PERMISSIONS,
        MODERATOR_COLLECTION_PERMISSIONS,
    )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for app_label, model in REVIEWED_SNIPPETS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's own default ("Moderators approval") would compete with ours: retire it.
    Workflow.objects.exclude(pk=workflow.pk).filter(name="Moderators approval").update(active=False)
    return editors, moderators, workflow
