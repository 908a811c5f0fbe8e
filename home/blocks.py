"""The StreamField blocks shared by every page body on the site.

Each block names its own template, icon and description so editors see what it does. Links to
pages are stored as page choosers (wagtail-localize keeps the source page and templates resolve
the visitor's translation); URLs use URLBlock so they are never offered as translatable text.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        help_text=_(
            "Use h2 for main sections and h3 inside them, so screen readers see an outline."
        ),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Required; "
            "written per language."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, max_length=200, help_text=_("Who said it.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its source.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page on this site; visitors reach its version in their language."),
    )
    url = blocks.URLBlock(
        label=_("External address"), required=False, help_text=_("Used when no page is chosen.")
    )
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box that invites visitors to act.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_("Translations can point at a different file, e.g. the French PDF."),
    )
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link that shows the file's format and size.")


class VerbatimTextBlock(blocks.TextBlock):
    """Text copied as it is into every language: configuration files and commands must not be
    offered for translation (wagtail-localize reads these two hooks)."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class CodeBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("What the text is, e.g. a file name.")
    )
    code = VerbatimTextBlock(
        label=_("Text"),
        help_text=_("Shown exactly as typed, in a fixed-width font; the same in every language."),
    )

    class Meta:
        icon = "code"
        template = "blocks/code_block.html"
        label = _("Configuration or code")
        description = _("A file or commands to copy, such as a server configuration.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
        template="blocks/paragraph_block.html",
        icon="pilcrow",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    code = CodeBlock()

    class Meta:
        label = _("Body")


class FeaturedItemBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    summary = blocks.TextBlock(
        label=_("Summary"),
        required=False,
        help_text=_("Shown under the page title; leave empty to use the page's own introduction."),
    )

    class Meta:
        icon = "pick"
        label = _("Featured item")
