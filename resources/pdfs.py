"""Real, small PDF files for demo and benchmark content, made locally (no downloads).

The text uses PDF's built-in Latin fonts so no font file is needed on the machine; a file in
Arabic or Chinese is tagged with its language, and its cover says so in Latin script.
"""

from fpdf import FPDF

from resources.languages import LANGUAGES

FILLER = (
    "Human rights defenders work to promote and protect human rights and the rule of law. "
    "This publication explains how defenders can use the United Nations human rights system - "
    "the Human Rights Council, the treaty bodies, the special procedures and the Universal "
    "Periodic Review - to bring about change on the ground, and how to stay safe while doing so."
)

NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}
LATIN_1_REPLACEMENTS = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


def _latin(text):
    return text.translate(LATIN_1_REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


def make_pdf(title, language_code, pages=3, year=None):
    """The bytes of a PDF whose first page carries `title` as real (searchable) text."""
    language = LANGUAGES.get(language_code, {}).get("name", language_code)
    pdf = FPDF(format="A4")
    pdf.set_title(_latin(title))
    pdf.set_author("International Service for Human Rights")
    pdf.set_lang(language_code)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 11, _latin(title), **NEXT_LINE)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 13)
    publisher = "International Service for Human Rights (ISHR)"
    pdf.multi_cell(0, 7, _latin(f"{publisher}, {year}" if year else publisher), **NEXT_LINE)
    pdf.multi_cell(
        0, 7, _latin(f"Language of this edition: {language} ({language_code})"), **NEXT_LINE
    )
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, _latin(f"{number - 1}. {title}")[:90], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for _ in range(4):
            pdf.multi_cell(0, 6, FILLER, **NEXT_LINE)
            pdf.ln(3)
    return bytes(pdf.output())
