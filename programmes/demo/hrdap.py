"""HRDAP demo: the 2026 call (deadline 15 January 2026, midnight CET), now closed."""

from datetime import date

from programmes.models import HRDAPPage

from .common import geneva, html

ELIGIBILITY = (
    "HRDAP is for experienced defenders working with a non-governmental organisation.",
    [
        "You have experience of advocacy at the national level.",
        "You have some prior knowledge of the international human rights system.",
        "You can follow an intensive programme held in English.",
    ],
)
BENEFITS = (
    "ISHR selects about one applicant in ten. Participants receive:",
    [
        "an e-learning course on the HRDAP platform of the ISHR Academy",
        "live question-and-answer sessions with experts",
        "personal coaching to prepare an elevator pitch and SMART recommendations",
        "accompanied advocacy at the Human Rights Council in Geneva",
    ],
)

FRENCH = {
    "Human Rights Defender Advocacy Programme (HRDAP)": (
        "Programme de plaidoyer pour les défenseur·e·x·s des droits humains (HRDAP)"
    ),
    "hrdap": "programme-plaidoyer-hrdap",
    "ISHR's flagship training: experienced defenders learn to bring the UN human rights system "
    "into their national work, and end with real lobbying at the UN in Geneva.": (
        "La formation phare d’ISHR : des défenseur·e·x·s expérimenté·e·x·s apprennent à intégrer "
        "le système des droits humains de l’ONU à leur travail national, et terminent par un vrai "
        "lobbying à l’ONU à Genève."
    ),
    "Democratic backsliding": "Recul démocratique",
    "Racial justice": "Justice raciale",
    ELIGIBILITY[0]: (
        "Le HRDAP s’adresse à des défenseur·e·x·s expérimenté·e·x·s travaillant au sein d’une "
        "organisation non gouvernementale."
    ),
    ELIGIBILITY[1][0]: "Vous avez une expérience du plaidoyer au niveau national.",
    ELIGIBILITY[1][1]: (
        "Vous avez quelques connaissances préalables du système international des droits humains."
    ),
    ELIGIBILITY[1][2]: "Vous pouvez suivre un programme intensif qui se déroule en anglais.",
    BENEFITS[0]: (
        "ISHR sélectionne environ une candidature sur dix. Les participant·e·x·s bénéficient :"
    ),
    BENEFITS[1][0]: "d’un cours en ligne sur la plateforme HRDAP de l’Académie ISHR",
    BENEFITS[1][1]: "de sessions de questions-réponses en direct avec des expert·e·x·s",
    BENEFITS[1][2]: (
        "d’un accompagnement personnalisé pour préparer un argumentaire éclair (elevator pitch) "
        "et des recommandations SMART"
    ),
    BENEFITS[1][3]: "d’un plaidoyer accompagné au Conseil des droits de l’homme à Genève",
    "Distance course": "Cours à distance",
    "Part-time e-learning, live sessions with experts and coaching, from home.": (
        "Apprentissage en ligne à temps partiel, sessions en direct avec des expert·e·x·s et "
        "accompagnement, depuis chez soi."
    ),
    "Advocacy in Geneva": "Plaidoyer à Genève",
    "Full time in Geneva around a session of the Human Rights Council, meeting diplomats and "
    "UN experts.": (
        "À temps plein à Genève autour d’une session du Conseil des droits de l’homme, à la "
        "rencontre de diplomates et d’expert·e·x·s de l’ONU."
    ),
    "Follow-up": "Suivi",
    "Back home, participants put their advocacy plan to work with support from ISHR.": (
        "De retour chez elles et eux, les participant·e·x·s mettent en œuvre leur plan de "
        "plaidoyer avec le soutien d’ISHR."
    ),
    "Illustrative quote for the demo site: the weeks in Geneva showed me that UN advocacy is "
    "something I can do, not only read about.": (
        "Citation illustrative pour le site de démonstration : les semaines à Genève m’ont "
        "montré que le plaidoyer à l’ONU est à ma portée, et pas seulement un sujet de lecture."
    ),
    "An HRDAP alumna (illustrative)": "Une ancienne participante du HRDAP (illustratif)",
    "Illustrative quote for the demo site: I went home with allies, a plan and the confidence "
    "to use them.": (
        "Citation illustrative pour le site de démonstration : je suis rentré avec des allié·e·x·s, "
        "un plan et l’assurance pour m’en servir."
    ),
    "An HRDAP alumnus (illustrative)": "Un ancien participant du HRDAP (illustratif)",
    "Who can apply?": "Qui peut postuler ?",
    "Experienced defenders from non-governmental organisations who already do advocacy in "
    "their country and know the basics of the international human rights system.": (
        "Des défenseur·e·x·s expérimenté·e·x·s d’organisations non gouvernementales qui font "
        "déjà du plaidoyer dans leur pays et connaissent les bases du système international des "
        "droits humains."
    ),
    "In which language is the programme held?": "Dans quelle langue le programme se déroule-t-il ?",
    "In English, both online and in Geneva.": "En anglais, en ligne comme à Genève.",
    "How many defenders are selected?": "Combien de défenseur·e·x·s sont sélectionné·e·x·s ?",
    "Twelve places in 2026. About one applicant in ten is accepted; more than 200 defenders "
    "had taken part by 2024.": (
        "Douze places en 2026. Environ une candidature sur dix est retenue ; plus de 200 "
        "défenseur·e·x·s avaient participé en 2024."
    ),
}


def load(builder, index):
    page = builder.ensure_page(
        index,
        HRDAPPage,
        "hrdap",
        title="Human Rights Defender Advocacy Programme (HRDAP)",
        intro=(
            "ISHR's flagship training: experienced defenders learn to bring the UN human rights "
            "system into their national work, and end with real lobbying at the UN in Geneva."
        ),
        listing_image=builder.ensure_image("HRDAP participants in Geneva"),
        call_year=2026,
        # "15 January 2026, midnight CET" is the first instant of 16 January in Geneva.
        call_closes_at=geneva(2026, 1, 16),
        # Illustrative: the date of the next call is not public.
        next_call_expected=date(2026, 12, 1),
        places=12,
        apply_url="https://ishr.ch/",
        themes=[("theme", "Democratic backsliding"), ("theme", "Racial justice")],
        eligibility=html(ELIGIBILITY[0], items=ELIGIBILITY[1]),
        benefits=html(BENEFITS[0], items=BENEFITS[1]),
        timeline=[
            (
                "phase",
                {
                    "title": "Distance course",
                    "starts_on": date(2026, 4, 13),
                    "ends_on": date(2026, 6, 8),
                    "description": "Part-time e-learning, live sessions with experts and "
                    "coaching, from home.",
                },
            ),
            (
                "phase",
                {
                    "title": "Advocacy in Geneva",
                    "starts_on": date(2026, 6, 10),
                    "ends_on": date(2026, 6, 20),
                    "description": "Full time in Geneva around a session of the Human Rights "
                    "Council, meeting diplomats and UN experts.",
                },
            ),
            (
                "phase",
                {
                    "title": "Follow-up",
                    "starts_on": date(2026, 6, 21),
                    "ends_on": None,
                    "description": "Back home, participants put their advocacy plan to work "
                    "with support from ISHR.",
                },
            ),
        ],
        alumni_quotes=[
            (
                "quote",
                {
                    "quote": "Illustrative quote for the demo site: the weeks in Geneva showed "
                    "me that UN advocacy is something I can do, not only read about.",
                    "attribution": "An HRDAP alumna (illustrative)",
                },
            ),
            (
                "quote",
                {
                    "quote": "Illustrative quote for the demo site: I went home with allies, a "
                    "plan and the confidence to use them.",
                    "attribution": "An HRDAP alumnus (illustrative)",
                },
            ),
        ],
        faq=[
            (
                "question",
                {
                    "question": "Who can apply?",
                    "answer": "<p>Experienced defenders from non-governmental organisations who "
                    "already do advocacy in their country and know the basics of the "
                    "international human rights system.</p>",
                },
            ),
            (
                "question",
                {
                    "question": "In which language is the programme held?",
                    "answer": "<p>In English, both online and in Geneva.</p>",
                },
            ),
            (
                "question",
                {
                    "question": "How many defenders are selected?",
                    "answer": "<p>Twelve places in 2026. About one applicant in ten is "
                    "accepted; more than 200 defenders had taken part by 2024.</p>",
                },
            ),
        ],
    )
    builder.translate(page, FRENCH)
    return page
