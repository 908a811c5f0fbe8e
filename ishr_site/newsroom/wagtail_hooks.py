"""Admin: the kinds of update (a snippet editors extend) and a flat listing of every update,
filterable by kind, for communications staff who publish every day."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ishr_site.newsroom.models import UpdateKind, UpdatePage


class UpdateKindViewSet(SnippetViewSet):
    model = UpdateKind
    icon = "tag"
    menu_label = _("Kinds of update")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class UpdateListingViewSet(PageListingViewSet):
    model = UpdatePage
    icon = "doc-full"
    menu_label = _("Latest updates")
    menu_order = 150
    add_to_admin_menu = True
    list_filter = ["kind", "locale"]

    @classmethod
    def _columns(cls):
        base = {column.name: column for column in cls.index_view_class.base_columns}
        return [
            base["bulk_actions"],
            base["title"],
            Column("kind", label=_("Kind"), accessor="kind"),
            DateColumn("date", label=_("Date"), sort_key="date"),
            base["status"],
        ]

    @property
    def columns(self):
        return self._columns()


register_snippet(UpdateKindViewSet)


@hooks.register("register_admin_viewset")
def register_update_listing():
    return UpdateListingViewSet("latest_updates")


@hooks.register("register_home_page_sections")
def add_home_page_sections(home_page, request):
    from ishr_site.newsroom.home_sections import sections

    return sections(home_page, request)
