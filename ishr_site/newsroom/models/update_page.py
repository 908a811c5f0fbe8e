"""An update: one piece of news, statement, joint letter, press release, op-ed or Council
session update, filed under the shared topics, regions and countries."""

from functools import partial

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage, Region

PROGRAMME_PAGE_TYPES = [
    "programmes.HRDAPPage",
    "programmes.AcademyPage",
    "programmes.CoursePage",
    "programmes.HRCnetPage",
    "programmes.ModelLawPage",
    "programmes.TrainingsIndexPage",
    "programmes.TrainingEventPage",
]


class UpdatePage(BasePage):
    kind = models.ForeignKey(
        "newsroom.UpdateKind",
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "What sort of update this is. Kinds are listed under Snippets, where you can add one."
        ),
    )
    date = models.DateField(
        _("date"),
        db_index=True,
        help_text=_("The day ISHR published it; orders the updates (newest first)."),
    )
    authors = models.CharField(
        _("authors"),
        max_length=255,
        blank=True,
        help_text=_("Optional: who wrote it, e.g. 'ISHR and 40 NGOs', comma-separated."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_(
            "One or two sentences under the title, in listings, feeds and link previews: "
            "what happened and why it matters."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The update itself: text, headings, quotes, documents and calls to action."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a picture shown under the summary and in link previews."),
    )
    image_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Leave empty only when it "
            "adds nothing to the text."
        ),
    )
    image_caption = models.CharField(
        _("picture caption"),
        max_length=250,
        blank=True,
        help_text=_("Optional: a line shown under the picture."),
    )
    image_credit = models.CharField(
        _("picture credit"),
        max_length=120,
        blank=True,
        help_text=_("Who took or owns the picture, e.g. 'UN Photo / Jean-Marc Ferré'."),
    )
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_(
            "Tick for an illustration that did not happen: the page says so in a visible notice."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("authors")],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("image_caption"),
                FieldPanel("image_credit"),
            ],
            heading=_("Picture"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("topics", label=_("Topic")),
                InlinePanel("regions", label=_("Region")),
                InlinePanel("countries", label=_("Country")),
            ],
            heading=_("Classification"),
            help_text=_(
                "Visitors follow topics, regions and countries, each with its own feed; "
                "related updates are found through shared topics and countries."
            ),
        ),
        InlinePanel("related_updates", heading=_("Related updates"), label=_("Update")),
        InlinePanel("related_resources", heading=_("Related resources"), label=_("Resource")),
        InlinePanel("related_programmes", heading=_("Related programmes"), label=_("Programme")),
        FieldPanel("is_example"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind_id"),
    ]

    parent_page_types = ["newsroom.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def get_listing_summary(self):
        return self.summary

    @classmethod
    def attach_search_matches(cls, pages, query):
        """Site search labels each update with its kind, in the visitor's language (one query
        for the whole page of results)."""
        from ishr_site.newsroom.listing import kind_names
        from ishr_site.newsroom.models import UpdateKind

        slugs = dict(
            UpdateKind.objects.filter(pk__in={p.kind_id for p in pages}).values_list("pk", "slug")
        )
        names = kind_names()
        for page in pages:
            page.search_label = names.get(slugs.get(page.kind_id), "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Methods, not their results: read only when the update's content is not in the
        # cache (see home.templatetags.page_fragments).
        for name in (
            "index",
            "kind_name",
            "classification",
            "related_updates",
            "related_resources",
            "related_programmes",
        ):
            context[name] = partial(self._link, name)
        context["active_language"] = (get_language() or "en").split("-")[0]
        return context

    def _link(self, name):
        return self._content_links[name]

    @cached_property
    def _content_links(self):
        from ishr_site.newsroom.related import links_of

        return links_of(self)


class UpdatePageTopic(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A subject the update is about."),
    )

    panels = [FieldPanel("topic")]


class UpdatePageRegion(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="regions")
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        help_text=_("A region the update is about (countries add their region by themselves)."),
    )

    panels = [FieldPanel("region")]


class UpdatePageCountry(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="countries")
    country = models.ForeignKey(
        "home.Country",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A country the update is about."),
    )

    panels = [FieldPanel("country")]


class RelatedUpdate(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="related_updates")
    update = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("update"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Another update to suggest first; more are found through shared topics and countries."
        ),
    )

    panels = [PageChooserPanel("update", "newsroom.UpdatePage")]


class RelatedUpdateResource(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="related_resources")
    resource = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A guide, study or report to read next; visitors reach their language's."),
    )

    panels = [PageChooserPanel("resource", "resources.ResourcePage")]


class RelatedUpdateProgramme(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="related_programmes")
    programme = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An ISHR programme or training this update is about."),
    )

    panels = [PageChooserPanel("programme", PROGRAMME_PAGE_TYPES)]
