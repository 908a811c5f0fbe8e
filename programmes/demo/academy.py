"""ISHR Academy demo: the Academy and a few courses. The platform address, course lengths,
languages and certificates are illustrative (not public facts)."""

from programmes.models import AcademyPage, CourseLanguage, CoursePage

from .common import paragraphs

PLATFORM = "https://academy.example.org/"

ACADEMY_TEXT = [
    "The ISHR Academy is our e-learning space to strengthen your advocacy with the United "
    "Nations. We created it for defenders who cannot travel to Geneva, for instance for their "
    "safety.",
    "Courses are free and self-paced. This demo lists illustrative course details.",
]

COURSES = [
    {
        "slug": "human-rights-council",
        "title": "The Human Rights Council",
        "intro": "How the Council works and how defenders can take part in its sessions.",
        "level": "introductory",
        "languages": ["en", "fr", "es"],
        "certificate": True,
        "modules": [
            ("What the Council is and does", 30),
            ("Sessions, resolutions and side events", 45),
            ("Speaking at the Council", 40),
        ],
        "french": {
            "title": "Le Conseil des droits de l’homme",
            "slug": "conseil-des-droits-de-l-homme",
            "intro": "Le fonctionnement du Conseil et comment les défenseur·e·x·s peuvent "
            "participer à ses sessions.",
            "modules": [
                "Ce qu’est le Conseil et ce qu’il fait",
                "Sessions, résolutions et événements parallèles",
                "Prendre la parole au Conseil",
            ],
        },
    },
    {
        "slug": "special-procedures",
        "title": "The Special Procedures",
        "intro": "Working with the UN's independent experts: communications, country visits "
        "and reports.",
        "level": "intermediate",
        "languages": ["en", "fr"],
        "certificate": True,
        "modules": [
            ("Who the Special Procedures are", 25),
            ("Sending a communication", 50),
            ("Following up on country visits", 35),
        ],
        "french": {
            "title": "Les procédures spéciales",
            "slug": "procedures-speciales",
            "intro": "Travailler avec les expert·e·x·s indépendant·e·x·s de l’ONU : "
            "communications, visites de pays et rapports.",
            "modules": [
                "Qui sont les procédures spéciales",
                "Envoyer une communication",
                "Assurer le suivi des visites de pays",
            ],
        },
    },
    {
        "slug": "treaty-bodies",
        "title": "The Treaty Bodies",
        "intro": "Shadow reports, lists of issues and follow-up with the UN treaty bodies.",
        "level": "intermediate",
        "languages": ["en"],
        "certificate": False,
        "modules": [
            ("The treaty body system", 30),
            ("Writing a shadow report", 60),
        ],
        "french": {
            "title": "Les organes de traités",
            "slug": "organes-de-traites",
            "intro": "Rapports alternatifs, listes de points et suivi auprès des organes de "
            "traités de l’ONU.",
            "modules": ["Le système des organes de traités", "Rédiger un rapport alternatif"],
        },
    },
    {
        "slug": "reprisals",
        "title": "Responding to reprisals",
        "intro": "What to do when defenders face reprisals for cooperating with the UN.",
        "level": "advanced",
        "languages": ["en", "fr"],
        "certificate": False,
        "modules": [
            ("Recognising reprisals", 20),
            ("Reporting to the UN", 40),
            ("Protection and follow-up", 30),
        ],
        "french": {
            "title": "Réagir aux représailles",
            "slug": "represailles",
            "intro": "Que faire lorsque des défenseur·e·x·s subissent des représailles pour "
            "avoir coopéré avec l’ONU.",
            "modules": [
                "Reconnaître les représailles",
                "Signaler à l’ONU",
                "Protection et suivi",
            ],
        },
    },
]

FRENCH = {
    "ISHR Academy": "Académie ISHR",
    "academy": "academie",
    "E-learning for defenders who want to use the UN system, wherever they are.": (
        "L’apprentissage en ligne pour les défenseur·e·x·s qui veulent utiliser le système de "
        "l’ONU, où qu’elles et ils soient."
    ),
    ACADEMY_TEXT[0]: (
        "L’Académie ISHR est notre espace d’apprentissage en ligne pour renforcer votre "
        "plaidoyer auprès des Nations Unies. Nous l’avons créée pour les défenseur·e·x·s qui ne "
        "peuvent pas se rendre à Genève, par exemple pour leur sécurité."
    ),
    ACADEMY_TEXT[1]: (
        "Les cours sont gratuits et à suivre à votre rythme. Cette démonstration présente des "
        "détails de cours illustratifs."
    ),
}


def load(builder, index):
    academy = builder.ensure_page(
        index,
        AcademyPage,
        "academy",
        title="ISHR Academy",
        intro="E-learning for defenders who want to use the UN system, wherever they are.",
        listing_image=builder.ensure_image("ISHR Academy online course"),
        body=paragraphs(*ACADEMY_TEXT),
        platform_url=PLATFORM,
    )
    builder.translate(academy, FRENCH)
    for course in COURSES:
        page = builder.ensure_page(
            academy,
            CoursePage,
            course["slug"],
            title=course["title"],
            intro=course["intro"],
            level=course["level"],
            certificate=course["certificate"],
            enrolment_url=f"{PLATFORM}courses/{course['slug']}/",
            modules=[
                ("module", {"title": title, "duration_minutes": minutes})
                for title, minutes in course["modules"]
            ],
            course_languages=[CourseLanguage(language=code) for code in course["languages"]],
        )
        french = course["french"]
        strings = {
            course["title"]: french["title"],
            course["slug"]: french["slug"],
            course["intro"]: french["intro"],
        }
        strings.update(
            zip([title for title, _minutes in course["modules"]], french["modules"], strict=True)
        )
        builder.translate(page, strings)
