"""Admin: the shared vocabulary (topics and countries) under one menu, for every content type."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Country, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    # The code itself, not the name the list of codes gives it (the name column shows that).
    list_display = ["name", "slug", "region", Column("code", label=_("ISO code"), accessor="code")]
    list_filter = ["region"]
    search_fields = ["name"]


class SharedVocabularyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, CountryViewSet)
    menu_icon = "tag"
    menu_label = _("Shared vocabulary")
    menu_name = "shared-vocabulary"
