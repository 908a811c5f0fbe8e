"""Real, small PDF files for demo and benchmark content, made locally (no downloads).

Latin text uses PDF's built-in fonts (no font file needed); lines are wrapped here and drawn
with `text()`, far faster than fpdf2's layout engine. Arabic text needs a font with Arabic
glyphs and shaping: `fonts/DejaVuSans-ArabicLatin.ttf` ships with the project (see its
LICENSE) and uharfbuzz shapes it, so the PDF holds the words in reading order and text
extraction gives back the same Arabic a visitor types.
"""

import textwrap
from pathlib import Path

from fpdf import FPDF

from resources.languages import LANGUAGES

# Stand-in body text. Deliberately free of the library's topical words (council, treaty,
# defenders...): search reads these files, and a filler shared by every demo PDF would make
# every resource match every topical query.
FILLER = (
    "This page stands in for the body of the publication in this demonstration copy. The "
    "complete text, with its notes, annexes and sources, is available from the publisher on "
    "request. Paragraphs are numbered in the original edition so that readers can cite them "
    "precisely in letters, submissions and statements."
)
FILLER_LINES = textwrap.wrap(FILLER, 88)
ARABIC_FILLER = (
    "تحل هذه الصفحة محل متن المنشور في هذه النسخة التجريبية. "
    "النص الكامل بملاحظاته وملاحقه ومصادره متاح لدى الناشر عند الطلب."
)
ARABIC_FONT = Path(__file__).parent / "fonts" / "DejaVuSans-ArabicLatin.ttf"
LEFT = 20  # millimetres
WIDTH = 170

LATIN_1_REPLACEMENTS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


def _latin(text):
    return text.translate(LATIN_1_REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


def _lines(pdf, lines, top, leading):
    for number, line in enumerate(lines):
        pdf.text(LEFT, top + number * leading, line)
    return top + len(lines) * leading


def _arabic_paragraph(pdf, text, top):
    if "arabic" not in pdf.fonts:
        pdf.add_font("arabic", "", ARABIC_FONT)
    pdf.set_font("arabic", "", 12)
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ar")
    pdf.set_xy(LEFT, top)
    pdf.multi_cell(WIDTH, 8, text, align="R")
    pdf.set_text_shaping(False)
    return pdf.get_y() + 6


def make_pdf(title, language_code, pages=3, year=None, passages=None):
    """The bytes of a PDF whose first page carries `title` as real (searchable) text.

    `passages` maps a page number (2 or more) to text printed on that page only, e.g. the
    phrase a test searches for; Arabic files print Arabic text on their inner pages.
    """
    passages = passages or {}
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
        top = 40
        if language_code == "ar":
            top = _arabic_paragraph(pdf, ARABIC_FILLER, top)
        pdf.set_font("Helvetica", "", 11)
        for _ in range(4 if language_code != "ar" else 2):
            top = _lines(pdf, FILLER_LINES, top, 6) + 6
        passage = passages.get(number)
        if passage and language_code == "ar":
            _arabic_paragraph(pdf, passage, top)
        elif passage:
            pdf.set_font("Helvetica", "", 11)
            _lines(pdf, textwrap.wrap(_latin(passage), 88), top, 6)
    return bytes(pdf.output())


def make_text_pdf(title, language_code, page_texts):
    """A PDF with a cover and one page per text (Latin script), for generated content."""
    pdf = FPDF(format="A4")
    pdf.set_title(_latin(title))
    pdf.set_lang(language_code)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    _lines(pdf, textwrap.wrap(_latin(title), 40), 40, 10)
    pdf.set_font("Helvetica", "", 11)
    for text in page_texts:
        pdf.add_page()
        _lines(pdf, textwrap.wrap(_latin(text), 88), 25, 6)
    return bytes(pdf.output())
