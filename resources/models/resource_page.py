"""A resource: one guide, study or report, with its files in every language it exists in."""

from functools import partial

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage, Region
from home.restrictions import visible_to_public
from resources.languages import language_info, visitor_first

from .files import PUBLIC_FILES, files_anyone_can_open
from .resource_type import ResourceType


class ResourcePage(BasePage):
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences shown under the title, in listings and in the feed."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The publication's cover; decorative, shown beside the title."),
    )
    publication_date = models.DateField(
        _("publication date"),
        db_index=True,
        help_text=_("When ISHR published it; orders the library (newest first)."),
    )
    resource_type = models.CharField(
        _("type"),
        max_length=30,
        choices=ResourceType.choices,
        db_index=True,
        help_text=_("What kind of publication this is."),
    )
    authors = models.CharField(
        _("authors"),
        max_length=255,
        blank=True,
        help_text=_("Optional: the people or organisations who wrote it, comma-separated."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("A longer description: what the resource covers and who it is for."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("publication_date"),
                FieldPanel("authors"),
                FieldPanel("cover_image"),
            ],
            heading=_("Publication"),
        ),
        InlinePanel("files", heading=_("Files by language"), label=_("File"), min_num=1),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("topics", label=_("Topic")),
                InlinePanel("regions", label=_("Region")),
                InlinePanel("countries", label=_("Country")),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("related_resources", heading=_("Related resources"), label=_("Resource")),
        InlinePanel("related_programmes", heading=_("Related programmes"), label=_("Programme")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @classmethod
    def search_matches_outside_fields(cls, query):
        """Resources whose files contain the query (see home.page_search.matching_page_ids)."""
        from resources.document_search import matching_resource_ids

        return matching_resource_ids(query)

    @classmethod
    def attach_search_matches(cls, pages, query):
        """Where in its files each resource matched, for site search's "Found in" lines."""
        from resources.document_matches import attach_document_matches

        attach_document_matches(pages, query)

    def get_listing_summary(self):
        return self.summary

    @property
    def resource_type_label(self):
        return ResourceType(self.resource_type).label if self.resource_type else ""

    @cached_property
    def ordered_files(self):
        """Files with the visitor's language first, then by the language's own name."""
        files = self._public_files
        order = visitor_first([f.language for f in files])
        return sorted(files, key=lambda f: (order.index(f.language), f.sort_order or 0))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Methods, not their results: read only when the resource's content is not in the
        # cache (see home.templatetags.page_fragments).
        for name in ("library", "classification", "related_resources", "related_programmes"):
            context[name] = partial(self._link, name)
        context["active_language"] = (get_language() or "en").split("-")[0]
        return context

    @cached_property
    def _content_links(self):
        return self._links()

    def _link(self, name):
        return self._content_links[name]

    @cached_property
    def _public_files(self):
        """The file list and the languages line both read the files, and each file links to
        its document: one query for all of them. Only files anyone may open are listed.
        A listing that fetched them for many resources at once (`PUBLIC_FILES`) is used as it
        is: building the restriction filter again for every card cost more than the card."""
        listed = getattr(self, PUBLIC_FILES, None)
        if listed is not None:
            return listed
        files = files_anyone_can_open().select_related("document")
        prefetch_related_objects([self], Prefetch("files", queryset=files))
        return list(self.files.all())

    def _links(self):
        """The library, terms and related pages in the visitor's language."""
        from resources.classification import classification_of

        related_resources = [
            item.resource.localized
            for item in self.related_resources.select_related("resource")
            if item.resource.live
        ]
        related_programmes = [
            item.programme.localized
            for item in self.related_programmes.select_related("programme")
            if item.programme.live
        ]
        # Listed to every visitor (and kept in a fragment): only pages anyone may open.
        public = set(
            visible_to_public(
                Page.objects.filter(pk__in=[p.pk for p in related_resources + related_programmes])
            ).values_list("pk", flat=True)
        )
        return {
            "library": self.get_parent().localized,
            "classification": classification_of(self),
            "related_resources": [page for page in related_resources if page.pk in public],
            "related_programmes": [page for page in related_programmes if page.pk in public],
        }

    @property
    def available_languages(self):
        return [
            language_info(code) for code in visitor_first(f.language for f in self._public_files)
        ]


class ResourcePageTopic(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A subject the resource covers."),
    )

    panels = [FieldPanel("topic")]


class ResourcePageRegion(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="regions")
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        help_text=_("A region the resource is about (countries add their region by themselves)."),
    )

    panels = [FieldPanel("region")]


class ResourcePageCountry(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="countries")
    country = models.ForeignKey(
        "home.Country",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A country the resource is about."),
    )

    panels = [FieldPanel("country")]


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="related_resources")
    resource = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Another resource to suggest; visitors reach its version in their language."),
    )

    panels = [PageChooserPanel("resource", "resources.ResourcePage")]


class RelatedProgramme(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="related_programmes")
    programme = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An ISHR programme this resource belongs to or supports."),
    )

    panels = [
        PageChooserPanel(
            "programme",
            [
                "programmes.HRDAPPage",
                "programmes.AcademyPage",
                "programmes.CoursePage",
                "programmes.HRCnetPage",
                "programmes.ModelLawPage",
                "programmes.TrainingsIndexPage",
            ],
        )
    ]
