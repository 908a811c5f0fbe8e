"""The general-purpose page types: the home page of each language and standard content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock, FeaturedItemBlock
from home.routing import RoutesInOneQuery

from .base import BasePage


class HomePage(RoutesInOneQuery, BasePage):
    hero_title = models.CharField(
        _("hero title"),
        max_length=200,
        help_text=_("The large heading at the top of the home page."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photograph shown beside the hero title; decorative."),
    )
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences on who ISHR is and what it does."),
    )
    featured = StreamField(
        [("item", FeaturedItemBlock())],
        verbose_name=_("featured items"),
        blank=True,
        max_num=6,
        help_text=_("Up to six pages highlighted on the home page."),
    )
    cta_title = models.CharField(
        _("call to action title"), max_length=120, blank=True, help_text=_("E.g. 'Get support'.")
    )
    cta_text = models.TextField(
        _("call to action text"), blank=True, help_text=_("A sentence inviting visitors to act.")
    )
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the button leads; visitors reach its version in their language."),
    )
    cta_label = models.CharField(
        _("call to action button"), max_length=60, blank=True, help_text=_("The button's text.")
    )
    featured_story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: the story shown large on the home page. Left empty, the newest update "
            "with a picture is shown."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_image"), FieldPanel("intro")],
            heading=_("Hero"),
        ),
        FieldPanel("featured"),
        PageChooserPanel("featured_story"),
        InlinePanel(
            "priorities",
            heading=_("ISHR's priorities"),
            label=_("Priority"),
            help_text=_(
                "The topics shown as ISHR's priorities, in this order. Left empty, the priority "
                "groups of defenders are shown."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cta_title"),
                FieldPanel("cta_text"),
                FieldPanel("cta_page"),
                FieldPanel("cta_label"),
            ],
            heading=_("Call to action"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Methods, not their results: read only when the cards are not in the cache (see
        # home.templatetags.page_fragments).
        context["featured_items"] = lambda: self.featured_cards(request)
        context["cta_url"] = lambda: self.cta_url(request)
        # Sections content apps add (latest updates, the open call, trainings, resources…):
        # listed without a query, filled only when the content is not in the cache.
        from home.sections import fragment_name, rendered_sections, sections_for

        sections = sections_for(self, request)
        context["content_fragment"] = fragment_name(sections)
        context["home_sections"] = lambda: rendered_sections(sections)
        return context

    def featured_cards(self, request):
        return [
            {
                "url": item["page"].get_url(request),
                "title": item["page"].title,
                "summary": item["summary"] or item["page"].get_listing_summary(),
            }
            for item in self.featured_items()
        ]

    def cta_url(self, request):
        return self.cta_page.localized.get_url(request) if self.cta_page else None

    def featured_items(self):
        """The featured pages in this home's language (falling back to the chosen page when it
        has no live translation), fetched together rather than one by one."""
        chosen = [item.value for item in self.featured if item.value.get("page")]
        keys = [value["page"].translation_key for value in chosen]
        in_language = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .specific()
        }
        items = []
        for value in chosen:
            page = in_language.get(value["page"].translation_key)
            if page is None and value["page"].live:
                page = value["page"].specific_deferred
            if page is not None:
                items.append({"page": page, "summary": value.get("summary")})
        return items

    @classmethod
    def can_create_at(cls, parent):
        # One home per language root: only at the top of the tree, and no more homes than locales.
        return (
            super().can_create_at(parent)
            and parent.is_root()
            and cls.objects.count() < Locale.objects.count()
        )


class HomePagePriority(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="priorities")
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A topic ISHR gives priority to; visitors follow it to its updates."),
    )

    panels = [FieldPanel("topic")]


class StandardPage(BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short summary shown under the title and in listings and search results."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The page's content: text, headings, images, quotes, documents and calls to action."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
