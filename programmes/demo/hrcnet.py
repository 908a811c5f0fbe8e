"""HRCnet demo: the network, its 16 members (2020) and recent Council sessions."""

from datetime import date

from programmes.models import HRCnetPage, NetworkMember

from .common import html, paragraphs

MEMBERS = [
    ("African Centre for Democracy and Human Rights Studies", "ACDHRS", "GM", ""),
    ("DefendDefenders (East and Horn of Africa Human Rights Defenders Project)", "", "UG", ""),
    ("Southern Africa Human Rights Defenders Network", "", "ZW", ""),
    ("West African Human Rights Defenders Network", "", "TG", ""),
    ("Asian Legal Resource Centre", "ALRC", "HK", ""),
    ("Asian Forum for Human Rights and Development", "FORUM-ASIA", "TH", ""),
    ("Commonwealth Human Rights Initiative", "CHRI", "IN", ""),
    ("Human Rights Law Centre", "", "AU", ""),
    ("Centro de Estudios Legales y Sociales", "CELS", "AR", ""),
    ("Conectas Direitos Humanos", "", "BR", ""),
    ("Cairo Institute for Human Rights Studies", "CIHRS", "EG", ""),
    ("Egyptian Initiative for Personal Rights", "EIPR", "EG", ""),
    ("CIVICUS: World Alliance for Citizen Participation", "", "ZA", ""),
    ("Human Rights Watch", "", "US", ""),
    ("International Service for Human Rights", "ISHR", "CH", "https://ishr.ch/"),
    ("Open Society Foundations", "", "US", ""),
]
FRENCH_MEMBER_NAMES = {
    "African Centre for Democracy and Human Rights Studies": (
        "Centre africain pour la démocratie et les études des droits de l’homme"
    ),
    "Southern Africa Human Rights Defenders Network": (
        "Réseau des défenseur·e·x·s des droits humains d’Afrique australe"
    ),
    "West African Human Rights Defenders Network": (
        "Réseau ouest-africain des défenseur·e·x·s des droits humains"
    ),
    "International Service for Human Rights": "Service international pour les droits humains",
}

PURPOSE = (
    "HRCnet is a network of national, regional and international organisations founded in "
    "2006 to improve how NGOs engage with the UN Human Rights Council and to strengthen the "
    "Council's impact on the ground. Together, members work to:",
    [
        "safeguard the space for civil society at the Council",
        "improve access to the Council for rights holders from the Global South",
        "shape the Council's country, thematic and institutional debates",
    ],
)
JOIN = (
    "Membership is open to organisations that work regularly with the Council and share the "
    "network's aims. Write to ISHR to present your organisation and its work.",
)

SESSIONS = [
    {
        "session": "HRC59",
        "starts_on": date(2025, 6, 16),
        "ends_on": date(2025, 7, 9),
        "summary": "Members briefed HRDAP participants before the session and followed up on "
        "civil society access.",
        "french_session": "CDH59",
        "french_summary": "Les membres ont informé les participant·e·x·s du HRDAP avant la "
        "session et assuré le suivi de l’accès de la société civile.",
        "links": [],
    },
    {
        "session": "HRC57",
        "starts_on": date(2024, 9, 9),
        "ends_on": date(2024, 10, 11),
        "summary": "A joint end-of-session statement took stock of the session's outcomes for "
        "defenders and civil society.",
        "french_session": "CDH57",
        "french_summary": "Une déclaration conjointe de fin de session a dressé le bilan de la "
        "session pour les défenseur·e·x·s et la société civile.",
        "links": [("HRC57: key takeaways", "CDH57 : les principaux enseignements")],
    },
]

FRENCH = {
    "HRCnet": "HRCnet",
    "hrcnet": "reseau-hrcnet",
    "A network of NGOs working together to make the Human Rights Council open to civil society "
    "and effective on the ground.": (
        "Un réseau d’ONG qui œuvrent ensemble pour un Conseil des droits de l’homme ouvert à la "
        "société civile et efficace sur le terrain."
    ),
    PURPOSE[0]: (
        "HRCnet est un réseau d’organisations nationales, régionales et internationales fondé en "
        "2006 pour améliorer la manière dont les ONG s’engagent auprès du Conseil des droits de "
        "l’homme de l’ONU et renforcer l’impact du Conseil sur le terrain. Ensemble, ses membres "
        "œuvrent pour :"
    ),
    PURPOSE[1][0]: "préserver l’espace de la société civile au Conseil",
    PURPOSE[1][1]: ("améliorer l’accès au Conseil des titulaires de droits des pays du Sud global"),
    PURPOSE[1][2]: "peser sur les débats du Conseil, par pays, thématiques et institutionnels",
    JOIN[0]: (
        "L’adhésion est ouverte aux organisations qui travaillent régulièrement avec le Conseil "
        "et partagent les objectifs du réseau. Écrivez à ISHR pour présenter votre organisation "
        "et son travail."
    ),
}


def load(builder, index):
    page = builder.ensure_page(
        index,
        HRCnetPage,
        "hrcnet",
        title="HRCnet",
        intro="A network of NGOs working together to make the Human Rights Council open to "
        "civil society and effective on the ground.",
        listing_image=builder.ensure_image("HRCnet members at the Human Rights Council"),
        purpose=html(PURPOSE[0], items=PURPOSE[1]),
        how_to_join=paragraphs(*JOIN),
        session_updates=[
            (
                "session",
                {
                    "session": session["session"],
                    "starts_on": session["starts_on"],
                    "ends_on": session["ends_on"],
                    "summary": f"<p>{session['summary']}</p>",
                    "links": [
                        {"title": title, "url": "https://ishr.ch/"}
                        for title, _fr in session["links"]
                    ],
                },
            )
            for session in SESSIONS
        ],
    )
    strings = dict(FRENCH)
    for session in SESSIONS:
        strings[session["session"]] = session["french_session"]
        strings[session["summary"]] = session["french_summary"]
        strings.update(dict(session["links"]))
    builder.translate(page, strings)

    for name, acronym, country, website in MEMBERS:
        member = NetworkMember.objects.filter(locale=builder.english, name=name).first()
        if member is None:
            member = NetworkMember.objects.create(
                locale=builder.english, name=name, acronym=acronym, country=country, website=website
            )
        member_strings = {name: FRENCH_MEMBER_NAMES.get(name, name)}
        if acronym:
            member_strings[acronym] = acronym
        builder.translate(member, member_strings)
