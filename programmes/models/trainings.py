"""Trainings and events: an index (upcoming first, then an archive) and one page per event,
each with its own .ics calendar file."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from home.restrictions import visible_to_public
from ishr_site.caching.variants import uses_query_parameters
from programmes.blocks import LANGUAGE_CHOICES
from programmes.ics import event_calendar

from .common import ProgrammeBasePage, RelatedResourceBase

FORMAT_CHOICES = [
    ("online", _("Online")),
    ("in_person", _("In person")),
    ("hybrid", _("In person and online")),
]
ARCHIVE_PAGE_SIZE = 20


class TrainingsIndexPage(ProgrammeBasePage):
    body = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("What kinds of trainings and events ISHR runs."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [FieldPanel("body")]
        + ProgrammeBasePage.related_panels
    )

    parent_page_types = ["programmes.ProgrammesIndexPage"]
    subpage_types = ["programmes.TrainingEventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trainings index")
        verbose_name_plural = _("trainings indexes")

    def events(self):
        return visible_to_public(TrainingEventPage.objects.child_of(self).live())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = self.events()
        # An event stays "upcoming" until it has ended.
        context["upcoming"] = list(
            events.filter(
                models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now)
            ).order_by("starts_at")
        )
        past = events.exclude(pk__in=[event.pk for event in context["upcoming"]]).order_by(
            "-starts_at"
        )
        # get_page() turns any odd ?page= value into a valid page: never a 404 or a 500.
        context["archive"] = Paginator(past, ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page"))
        uses_query_parameters(request, page=context["archive"].number)
        return context


class TrainingEventPage(RoutablePageMixin, ProgrammeBasePage):
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=FORMAT_CHOICES,
        default="online",
        help_text=_("Whether participants join online, in person or either."),
    )
    location = models.CharField(
        _("location"),
        max_length=200,
        blank=True,
        help_text=_("City and venue for in-person events, e.g. Geneva, Palais des Nations."),
    )
    starts_at = models.DateTimeField(
        _("starts"), help_text=_("Date and time the event begins (Geneva time).")
    )
    ends_at = models.DateTimeField(
        _("ends"), null=True, blank=True, help_text=_("Date and time it ends (Geneva time).")
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=LANGUAGE_CHOICES,
        default="en",
        help_text=_("The language the event is held in."),
    )
    application_deadline = models.DateTimeField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("Last moment to apply or register (Geneva time); leave empty if none."),
    )
    registration_url = models.URLField(
        _("registration address"),
        blank=True,
        help_text=_("Where participants apply or register."),
    )
    body = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul", "ol", "h2", "h3"],
        blank=True,
        help_text=_("Programme, audience and practical details."),
    )

    content_panels = (
        ProgrammeBasePage.content_panels
        + ProgrammeBasePage.summary_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                    FieldPanel("format"),
                    FieldPanel("location"),
                    FieldPanel("language"),
                    FieldPanel("application_deadline"),
                    FieldPanel("registration_url"),
                ],
                heading=_("When and where"),
            ),
            FieldPanel("body"),
        ]
        + ProgrammeBasePage.related_panels
    )

    override_translatable_fields = [
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("application_deadline"),
        SynchronizedField("format"),
        SynchronizedField("language"),
        SynchronizedField("registration_url"),
    ]

    parent_page_types = ["programmes.TrainingsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training or event")
        verbose_name_plural = _("trainings and events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    @property
    def is_online(self):
        return self.format == "online"

    def language_name(self):
        return capfirst(dict(LANGUAGE_CHOICES).get(self.language, self.language))

    def location_text(self):
        if self.format == "online":
            return str(_("Online"))
        if self.format == "hybrid" and self.location:
            return f"{self.location} / {_('Online')}"
        return self.location

    def has_ended(self, now=None):
        now = now or timezone.now()
        return (self.ends_at or self.starts_at) < now

    def registration_open(self, now=None):
        now = now or timezone.now()
        deadline = self.application_deadline or self.starts_at
        return bool(self.registration_url) and now < deadline

    # Wagtail's page URLs allow no dot, so the route is calendar/ and the file name comes from
    # Content-Disposition.
    @path("calendar/", name="calendar")
    def calendar(self, request):
        response = HttpResponse(
            event_calendar(self, self.get_full_url(request)),
            content_type="text/calendar; charset=utf-8",
        )
        filename = f"{slugify(self.slug) or 'event'}.ics"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class TrainingsIndexRelatedResource(RelatedResourceBase):
    page = ParentalKey(
        TrainingsIndexPage, on_delete=models.CASCADE, related_name="related_resources"
    )


class TrainingEventRelatedResource(RelatedResourceBase):
    page = ParentalKey(
        TrainingEventPage, on_delete=models.CASCADE, related_name="related_resources"
    )
