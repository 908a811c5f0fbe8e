"""Real, small PDF files for demo and benchmark content, made locally (no downloads).

The text uses PDF's built-in Latin fonts so no font file is needed on the machine; a file in
Arabic or Chinese is tagged with its language, and its cover says so in Latin script. Lines
are wrapped here and drawn with `text()`, which is far faster than fpdf2's layout engine.
"""

import textwrap

from fpdf import FPDF

from resources.languages import LANGUAGES

FILLER = (
    "Human rights defenders work to promote and protect human rights and the rule of law. "
    "This publication explains how defenders can use the United Nations human rights system - "
    "the Human Rights Council, the treaty bodies, the special procedures and the Universal "
    "Periodic Review - to bring about change on the ground, and how to stay safe while doing so."
)
FILLER_LINES = textwrap.wrap(FILLER, 88)
LEFT = 20  # millimetres

LATIN_1_REPLACEMENTS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


def _latin(text):
    return text.translate(LATIN_1_REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


def _lines(pdf, lines, top, leading):
    for number, line in enumerate(lines):
        pdf.text(LEFT, top + number * leading, line)
    return top + len(lines) * leading


def make_pdf(title, language_code, pages=3, year=None):
    """The bytes of a PDF whose first page carries `title` as real (searchable) text."""
    language = LANGUAGES.get(language_code, {}).get("name", language_code)
    title = _latin(title)
    publisher = "International Service for Human Rights (ISHR)"
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author(publisher)
    pdf.set_lang(language_code)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    top = _lines(pdf, textwrap.wrap(title, 40), 40, 10)
    pdf.set_font("Helvetica", "", 13)
    _lines(
        pdf,
        [
            f"{publisher}, {year}" if year else publisher,
            f"Language of this edition: {language} ({language_code})",
        ],
        top + 10,
        7,
    )
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(LEFT, 25, f"{number - 1}. {title}"[:80])
        pdf.set_font("Helvetica", "", 11)
        top = 40
        for _ in range(4):
            top = _lines(pdf, FILLER_LINES, top, 6) + 6
    return bytes(pdf.output())
