"""Trainings demo: the 2026 HRDAP phases (past) and illustrative upcoming webinars."""

from programmes.models import TrainingEventPage, TrainingsIndexPage

from .common import geneva, paragraphs

EVENTS = [
    {
        "slug": "hrdap-2026-geneva",
        "title": "HRDAP 2026: advocacy weeks in Geneva",
        "intro": "Twelve defenders lobby at the Human Rights Council with ISHR's support.",
        "format": "in_person",
        "location": "Geneva",
        "starts_at": geneva(2026, 6, 10, 9),
        "ends_at": geneva(2026, 6, 20, 17),
        "language": "en",
        "application_deadline": geneva(2026, 1, 16),
        "french": {
            "title": "HRDAP 2026 : semaines de plaidoyer à Genève",
            "slug": "hrdap-2026-geneve",
            "intro": "Douze défenseur·e·x·s font du lobbying au Conseil des droits de l’homme "
            "avec le soutien d’ISHR.",
            "location": "Genève",
        },
    },
    {
        "slug": "hrdap-2026-distance-course",
        "title": "HRDAP 2026: distance course",
        "intro": "The part-time online phase of the 2026 advocacy programme.",
        "format": "online",
        "location": "",
        "starts_at": geneva(2026, 4, 13, 9),
        "ends_at": geneva(2026, 6, 8, 17),
        "language": "en",
        "application_deadline": geneva(2026, 1, 16),
        "french": {
            "title": "HRDAP 2026 : cours à distance",
            "slug": "hrdap-2026-cours-a-distance",
            "intro": "La phase en ligne, à temps partiel, du programme de plaidoyer 2026.",
        },
    },
    {
        "slug": "webinar-universal-periodic-review",
        "title": "Webinar: the Universal Periodic Review for defenders",
        "intro": "Illustrative demo event: how to contribute to a State's review and follow "
        "up on its recommendations.",
        "format": "online",
        "location": "",
        "starts_at": geneva(2026, 12, 10, 14),
        "ends_at": geneva(2026, 12, 10, 15, 30),
        "language": "fr",
        "application_deadline": geneva(2026, 12, 8, 12),
        "french": {
            "title": "Webinaire : l’Examen périodique universel pour les défenseur·e·x·s",
            "slug": "webinaire-examen-periodique-universel",
            "intro": "Événement de démonstration illustratif : contribuer à l’examen d’un État "
            "et suivre ses recommandations.",
        },
    },
    {
        "slug": "webinar-reprisals",
        "title": "Webinar: responding to reprisals",
        "intro": "Illustrative demo event: what defenders can do when they face reprisals for "
        "engaging with the UN.",
        "format": "online",
        "location": "",
        "starts_at": geneva(2027, 1, 20, 15),
        "ends_at": geneva(2027, 1, 20, 16, 30),
        "language": "en",
        "application_deadline": None,
        "french": {
            "title": "Webinaire : réagir aux représailles",
            "slug": "webinaire-represailles",
            "intro": "Événement de démonstration illustratif : que faire face à des "
            "représailles pour avoir coopéré avec l’ONU.",
        },
    },
]

INTRO_TEXT = (
    "ISHR runs online and in-person trainings and events for defenders throughout the year, in "
    "Geneva and around the world."
)
FRENCH = {
    "Trainings and events": "Formations et événements",
    "trainings": "formations",
    "Online and in-person trainings, webinars and briefings for defenders.": (
        "Formations en ligne et en présentiel, webinaires et briefings pour les défenseur·e·x·s."
    ),
    INTRO_TEXT: (
        "ISHR organise tout au long de l’année des formations et des événements en ligne et en "
        "présentiel pour les défenseur·e·x·s, à Genève et dans le monde entier."
    ),
}


def load(builder, index):
    trainings = builder.ensure_page(
        index,
        TrainingsIndexPage,
        "trainings",
        title="Trainings and events",
        intro="Online and in-person trainings, webinars and briefings for defenders.",
        listing_image=builder.ensure_image("Training session for defenders"),
        body=paragraphs(INTRO_TEXT),
    )
    builder.translate(trainings, FRENCH)
    for event in EVENTS:
        fields = {k: v for k, v in event.items() if k not in ("slug", "french")}
        page = builder.ensure_page(
            trainings,
            TrainingEventPage,
            event["slug"],
            registration_url="https://ishr.ch/",
            **fields,
        )
        french = event["french"]
        strings = {
            event["title"]: french["title"],
            event["slug"]: french["slug"],
            event["intro"]: french["intro"],
        }
        if event["location"]:
            strings[event["location"]] = french["location"]
        builder.translate(page, strings)
