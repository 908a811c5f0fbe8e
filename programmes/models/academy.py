"""The ISHR Academy (e-learning) and its courses, filterable by language and level."""

from django import forms
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField

from home.restrictions import visible_to_public
from ishr_site.caching.variants import uses_query_parameters
from programmes.blocks import LANGUAGE_CHOICES, CourseModuleBlock

from .common import ProgrammeBasePage, RelatedResourceBase

LEVEL_CHOICES = [
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]


class AcademyPage(ProgrammeBasePage):
    body = RichTextField(
        _("about the Academy"),
        features=["bold", "italic", "link", "ul", "ol", "h2", "h3"],
        blank=True,
        help_text=_("Who the Academy is for and how it works."),
    )
    platform_url = models.URLField(
        _("learning platform address"),
        blank=True,
        help_text=_("The home of the external e-learning platform."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [FieldPanel("body"), FieldPanel("platform_url")]
        + ProgrammeBasePage.related_panels
    )

    parent_page_types = ["programmes.ProgrammesIndexPage"]
    subpage_types = ["programmes.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ISHR Academy")
        verbose_name_plural = _("ISHR Academy pages")

    def courses(self, language="", level=""):
        """Live courses, optionally only those offered in `language` and at `level`."""
        courses = visible_to_public(CoursePage.objects.child_of(self).live())
        if language:
            courses = courses.filter(course_languages__language=language)
        if level:
            courses = courses.filter(level=level)
        return courses.distinct().prefetch_related("course_languages").order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = CourseFilterForm(request.GET or None)
        filters = {"language": "", "level": ""}
        if form.is_bound:
            # Unknown values are dropped one by one: the other filter still applies.
            form.is_valid()
            for name in filters:
                if name not in form.errors:
                    filters[name] = form.cleaned_data.get(name) or ""
        context["filters_invalid"] = form.is_bound and bool(form.errors)
        if context["filters_invalid"]:
            # Show the filters that were applied, not the rejected value.
            form = CourseFilterForm(initial=filters)
        context["filter_form"] = form
        uses_query_parameters(request, **filters)
        context["courses"] = list(self.courses(**filters))
        return context


class CourseFilterForm(forms.Form):
    """A plain GET form; no CSRF token, so visitors get no cookie."""

    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages"))] + [(c, capfirst(n)) for c, n in LANGUAGE_CHOICES],
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels"))] + LEVEL_CHOICES
    )


class CoursePage(ProgrammeBasePage):
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=LEVEL_CHOICES,
        default="introductory",
        help_text=_("How much prior knowledge of the UN system the course expects."),
    )
    certificate = models.BooleanField(
        _("certificate"),
        default=False,
        help_text=_("Tick if participants who complete the course receive a certificate."),
    )
    enrolment_url = models.URLField(
        _("enrolment address"),
        blank=True,
        help_text=_("The course on the external learning platform, where defenders enrol."),
    )
    modules = StreamField(
        [("module", CourseModuleBlock())],
        verbose_name=_("modules"),
        blank=True,
        help_text=_("The course's modules in order, each with its study time."),
    )
    body = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul", "ol", "h2", "h3"],
        blank=True,
        help_text=_("What defenders will learn, and anything to know before enrolling."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("level"),
                    InlinePanel("course_languages", label=_("Language"), min_num=1),
                    FieldPanel("certificate"),
                    FieldPanel("enrolment_url"),
                ],
                heading=_("Course details"),
            ),
            FieldPanel("modules"),
            FieldPanel("body"),
        ]
        + ProgrammeBasePage.related_panels
    )

    override_translatable_fields = [
        SynchronizedField("level"),
        SynchronizedField("certificate"),
        SynchronizedField("enrolment_url"),
    ]

    parent_page_types = ["programmes.AcademyPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Academy course")
        verbose_name_plural = _("Academy courses")

    @property
    def total_minutes(self):
        return sum(block.value["duration_minutes"] or 0 for block in self.modules)

    def language_codes(self):
        # A language entered twice is listed once.
        return list(dict.fromkeys(entry.language for entry in self.course_languages.all()))

    def language_names(self):
        names = dict(LANGUAGE_CHOICES)
        return [capfirst(names.get(code, code)) for code in self.language_codes()]


class CourseLanguage(Orderable):
    """A language a course is offered in: a through-model, which wagtail-localize keeps equal
    in every translation of the course (it ignores many-to-many fields)."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_languages")
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=LANGUAGE_CHOICES,
        help_text=_("A language in which the whole course can be followed."),
    )

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("course language")
        verbose_name_plural = _("course languages")


class AcademyRelatedResource(RelatedResourceBase):
    page = ParentalKey(AcademyPage, on_delete=models.CASCADE, related_name="related_resources")


class CourseRelatedResource(RelatedResourceBase):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="related_resources")
