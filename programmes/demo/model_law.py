"""Model Law demo: background, illustrative sections 30 and 34 (the provisions ISHR cites; the
law's other sections and its part headings are not reproduced), the language versions and the
six national laws in the facts."""

from programmes.models import ModelLawPage, NationalImplementation

from .common import paragraphs

BACKGROUND = [
    "The Model Law was developed over three years with more than 500 defenders from every "
    "region. It was settled and adopted by 28 leading human rights experts and jurists in 2016 "
    "and launched on 21 June 2016 at the Palais des Nations in Geneva.",
    "Each provision comes with a commentary that gives its sources. The demo shows two "
    "illustrative sections in summary, not the full text.",
]

PARTS = [
    {
        "number": "A",
        "title": "Illustrative excerpt: attacks on defenders",
        "french_title": "Extrait illustratif : les attaques contre les défenseur·e·x·s",
        "sections": [
            {
                "number": 30,
                "title": "Criminal sanctions for attacks on defenders",
                "french_title": "Sanctions pénales en cas d’attaques contre les défenseur·e·x·s",
                "text": "In summary: attacks on defenders because of their work are offences "
                "that the State must investigate and punish.",
                "french_text": "En résumé : les attaques visant des défenseur·e·x·s en raison "
                "de leur travail sont des infractions que l’État doit enquêter et sanctionner.",
                "commentary": "The commentary sets out the international standards on which "
                "this section draws.",
                "french_commentary": "Le commentaire présente les normes internationales sur "
                "lesquelles s’appuie cette section.",
            },
        ],
    },
    {
        "number": "B",
        "title": "Illustrative excerpt: the protection mechanism",
        "french_title": "Extrait illustratif : le mécanisme de protection",
        "sections": [
            {
                "number": 34,
                "title": "Independence of the protection mechanism",
                "french_title": "Indépendance du mécanisme de protection",
                "text": "In summary: the national mechanism that protects defenders must be "
                "independent, in law and in practice.",
                "french_text": "En résumé : le mécanisme national qui protège les "
                "défenseur·e·x·s doit être indépendant, en droit et en pratique.",
                "commentary": "",
                "french_commentary": "",
            },
        ],
    },
]

# (country, status, year, official reference in its own language)
IMPLEMENTATIONS = [
    ("CI", "law_adopted", 2014, "Loi n° 2014-388 du 20 juin 2014"),
    ("CI", "decree", 2017, "Décret n° 2017-121 du 22 février 2017"),
    ("CI", "mechanism", 2021, ""),
    ("BF", "law_adopted", 2017, "Loi n° 039-2017/AN du 27 juin 2017"),
    ("BF", "not_applied", 2022, ""),
    ("ML", "law_adopted", 2018, "Loi n° 2018-003 du 12 janvier 2018"),
    ("ML", "decree", 2020, ""),
    ("MN", "law_adopted", 2021, ""),
    ("NE", "law_adopted", 2022, "Loi du 15 juin 2022"),
    ("CD", "law_adopted", 2023, "Loi n° 23/027"),
]

LANGUAGES = ["en", "fr", "es", "ar"]

FRENCH = {
    "Model Law for the Recognition and Protection of Human Rights Defenders": (
        "Loi type pour la reconnaissance et la protection des défenseur·e·x·s des droits humains"
    ),
    "model-law": "loi-type",
    "A model for national laws that recognise and protect defenders, with commentary, and "
    "where States have adopted such laws.": (
        "Un modèle pour les lois nationales qui reconnaissent et protègent les défenseur·e·x·s, "
        "avec son commentaire, et les États qui ont adopté de telles lois."
    ),
    BACKGROUND[0]: (
        "La Loi type a été élaborée pendant trois ans avec plus de 500 défenseur·e·x·s de toutes "
        "les régions. Elle a été arrêtée et adoptée par 28 expert·e·x·s et juristes de premier "
        "plan en droits humains en 2016, et lancée le 21 juin 2016 au Palais des Nations à Genève."
    ),
    BACKGROUND[1]: (
        "Chaque disposition est accompagnée d’un commentaire qui en donne les sources. Cette "
        "démonstration présente deux sections illustratives en résumé, et non le texte intégral."
    ),
    "A": "A",
    "B": "B",
    "Six African and Asian States have adopted national laws on the protection of defenders. "
    "The table can be sorted by country, status or year.": (
        "Six États africains et asiatiques ont adopté des lois nationales de protection des "
        "défenseur·e·x·s. Le tableau peut être trié par pays, statut ou année."
    ),
}


def load(builder, index):
    downloads = [
        (
            "version",
            {
                "language": code,
                "document": builder.ensure_document(
                    f"Model Law ({code})",
                    f"model-law-{code}.pdf",
                    demo_pdf(f"Model Law - demo file ({code})"),
                ),
            },
        )
        for code in LANGUAGES
    ]
    page = builder.ensure_page(
        index,
        ModelLawPage,
        "model-law",
        title="Model Law for the Recognition and Protection of Human Rights Defenders",
        intro="A model for national laws that recognise and protect defenders, with "
        "commentary, and where States have adopted such laws.",
        listing_image=builder.ensure_image("Launch of the Model Law in Geneva"),
        background=paragraphs(*BACKGROUND),
        downloads=downloads,
        parts=[
            (
                "part",
                {
                    "number": part["number"],
                    "title": part["title"],
                    "sections": [
                        {
                            "number": section["number"],
                            "title": section["title"],
                            "text": f"<p>{section['text']}</p>",
                            "commentary": f"<p>{section['commentary']}</p>"
                            if section["commentary"]
                            else "",
                        }
                        for section in part["sections"]
                    ],
                },
            )
            for part in PARTS
        ],
        tracker_intro=paragraphs(
            "Six African and Asian States have adopted national laws on the protection of "
            "defenders. The table can be sorted by country, status or year."
        ),
        implementations=[
            NationalImplementation(country=country, status=status, year=year, reference=ref)
            for country, status, year, ref in IMPLEMENTATIONS
        ],
    )
    strings = dict(FRENCH)
    for part in PARTS:
        strings[part["title"]] = part["french_title"]
        for section in part["sections"]:
            strings[section["title"]] = section["french_title"]
            strings[section["text"]] = section["french_text"]
            if section["commentary"]:
                strings[section["commentary"]] = section["french_commentary"]
    builder.translate(page, strings)
    return page


def demo_pdf(text):
    """A tiny valid one-page PDF saying it is a demo file (no downloads needed)."""
    content = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
