"""StreamField blocks particular to programme pages.

Dates, numbers and URLs use non-text blocks (DateBlock, IntegerBlock, URLBlock), which
wagtail-localize never offers for translation: they stay the same in every language.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import QuoteBlock

LANGUAGE_CHOICES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("ru", _("Russian")),
    ("pt", _("Portuguese")),
]


class PhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Phase"), max_length=120, help_text=_("E.g. Distance course."))
    starts_on = blocks.DateBlock(label=_("Starts on"), help_text=_("First day of the phase."))
    ends_on = blocks.DateBlock(
        label=_("Ends on"), required=False, help_text=_("Last day; leave empty for one day.")
    )
    description = blocks.TextBlock(
        label=_("Description"), required=False, help_text=_("What happens in this phase.")
    )

    class Meta:
        icon = "date"
        label = _("Phase")


class FAQBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")


class AlumniQuoteBlock(QuoteBlock):
    class Meta:
        icon = "openquote"
        label = _("Alumni quote")


class CourseModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Module title"), max_length=200)
    duration_minutes = blocks.IntegerBlock(
        label=_("Duration (minutes)"),
        min_value=1,
        help_text=_("Expected study time; the course's total is added up from its modules."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Module")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Address"), help_text=_("The statement or resource online."))

    class Meta:
        icon = "link"
        label = _("Link")


class SessionUpdateBlock(blocks.StructBlock):
    session = blocks.CharBlock(
        label=_("Session"),
        max_length=20,
        help_text=_("The Human Rights Council session, e.g. HRC57."),
    )
    starts_on = blocks.DateBlock(label=_("Session starts on"))
    ends_on = blocks.DateBlock(label=_("Session ends on"))
    summary = blocks.RichTextBlock(
        label=_("Summary"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("What HRCnet did."),
    )
    links = blocks.ListBlock(
        LinkBlock(), label=_("Statements and resources"), required=False, default=[]
    )

    class Meta:
        icon = "date"
        label = _("Session update")


class LawSectionBlock(blocks.StructBlock):
    number = blocks.IntegerBlock(
        label=_("Section number"),
        min_value=1,
        help_text=_("Gives the section its lasting address, e.g. #section-30. Keep it unique."),
    )
    title = blocks.CharBlock(label=_("Section title"), max_length=250)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "ol", "ul", "link"])
    commentary = blocks.RichTextBlock(
        label=_("Commentary"),
        required=False,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("Sources and explanation; shown folded under the section."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section")


class LawPartBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Part number"), max_length=10, help_text=_("E.g. I, II."))
    title = blocks.CharBlock(label=_("Part title"), max_length=250)
    sections = blocks.ListBlock(LawSectionBlock(), label=_("Sections"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("Part")


class LanguageDownloadBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(
        label=_("Language"), choices=LANGUAGE_CHOICES, help_text=_("Language of this version.")
    )
    document = DocumentChooserBlock(label=_("Document"), help_text=_("The file to download."))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Language version")
