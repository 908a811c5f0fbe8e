"""Demo resources: ISHR's real publications (titles from its own list) and plausible others.

Each entry: slug, title, type, publication date, file languages, topics, places (region values
or country slugs), summary, and optionally its French version (title, slug, summary).
"""

# Sentences printed only inside one file (slug, language) on one page, never in a title or
# summary: what a defender remembers from a guide, and what search must find.
PASSAGES = {
    ("women-defenders-hrc-guide", "en"): {
        3: "Always wear your grounds pass lanyard inside your jacket when you leave the Palais."
    },
    ("reprisals-handbook", "en"): {
        2: "Keep a written log of every threat, with dates, places and the names of witnesses."
    },
    ("upr-submission-egypt", "ar"): {2: "سجل الاحتجاز التعسفي في مصر موثق في هذا التقرير."},
}

REAL = [
    (
        "model-law",
        "Model Law for the Recognition and Protection of Human Rights Defenders",
        "legal-tool",
        "2016-06-21",
        "en fr es ar",
        "protection-laws civic-space",
        "global",
        "A model national law, developed with more than 500 defenders from every region and "
        "adopted by 28 leading human rights experts and jurists, with a commentary giving the "
        "sources of each provision.",
        (
            "Loi type pour la reconnaissance et la protection des défenseur·e·x·s des droits humains",
            "loi-type",
            "Une loi nationale type, élaborée avec plus de 500 défenseur·e·x·s de toutes les "
            "régions et adoptée par 28 expert·e·s et juristes de premier plan, avec un commentaire "
            "qui donne les sources de chaque disposition.",
        ),
    ),
    (
        "quick-guide-model-law",
        "Quick Guide to the Model Law",
        "guide",
        "2021-03-15",
        "en fr es",
        "protection-laws",
        "global",
        "The Model Law in a few pages: what it contains, why it matters and how defenders use it "
        "to argue for strong national protection laws.",
        (
            "Guide rapide de la Loi type",
            "guide-rapide-loi-type",
            "La Loi type en quelques pages : ce qu’elle contient, pourquoi elle compte et comment "
            "les défenseur·e·x·s s’en servent pour plaider en faveur de lois nationales solides.",
        ),
    ),
    (
        "reprisals-handbook",
        "Reprisals Handbook for Human Rights Defenders",
        "handbook",
        "2015-09-01",
        "en",
        "reprisals human-rights-council",
        "global",
        "What to do before, during and after engaging with the UN when you fear intimidation or "
        "reprisals, and how to report them.",
        None,
    ),
    (
        "simple-guide-treaty-bodies",
        "Simple Guide to the UN Treaty Bodies",
        "guide",
        "2010-11-01",
        "en",
        "treaty-bodies",
        "global",
        "How the ten UN treaty bodies work, and how defenders can send information, attend "
        "reviews and follow up on recommendations.",
        None,
    ),
    (
        "manual-third-committee",
        "Manual on engaging with the UN General Assembly's Third Committee",
        "manual",
        "2017-09-15",
        "en fr es",
        "civic-space",
        "global",
        "A step-by-step manual for defenders who want to influence the resolutions and debates "
        "of the General Assembly's human rights committee in New York.",
        (
            "Manuel sur la Troisième Commission de l’Assemblée générale des Nations Unies",
            "manuel-troisieme-commission",
            "Un manuel pas à pas pour les défenseur·e·x·s qui veulent peser sur les résolutions "
            "et les débats de la commission des droits humains de l’Assemblée générale à New York.",
        ),
    ),
    (
        "manual-committee-ngos",
        "Manual on navigating the UN Committee on NGOs",
        "manual",
        "2017-05-10",
        "en fr es ar",
        "civic-space reprisals",
        "global",
        "How NGOs apply for consultative status with the UN, and how to respond to the "
        "questions and deferrals that keep many of them waiting for years.",
        (
            "Manuel sur le Comité des ONG des Nations Unies",
            "manuel-comite-ong",
            "Comment les ONG demandent le statut consultatif auprès de l’ONU, et comment répondre "
            "aux questions et reports qui font attendre nombre d’entre elles pendant des années.",
        ),
    ),
    (
        "crafting-narratives",
        "Guide to crafting effective human rights narratives at the UN",
        "guide",
        "2021-10-05",
        "en",
        "human-rights-council",
        "global",
        "How to tell the story of your cause so that diplomats listen: framing, evidence and "
        "the human voice.",
        None,
    ),
    (
        "15-principles-hazardous-substances",
        "Guide to the 15 Principles on hazardous substances, for workers",
        "guide",
        "2020-09-20",
        "en zh",
        "business-human-rights environmental-defenders",
        "china",
        "The UN principles protecting workers from toxic exposure, explained for workers and the "
        "defenders who support them.",
        None,
    ),
    (
        "hrc-scorecards-2020",
        "Human Rights Council candidate scorecards",
        "scorecard",
        "2020-09-30",
        "en",
        "human-rights-council",
        "global",
        "How the States standing for election to the Human Rights Council cooperate with the UN "
        "and treat defenders at home.",
        None,
    ),
    (
        "hrc2023-blueprint",
        "HRC2023: a blueprint for States",
        "policy-brief",
        "2023-02-20",
        "en",
        "human-rights-council civic-space",
        "global",
        "Recommendations to make the Human Rights Council more effective, accessible and "
        "protective of those who engage with it.",
        None,
    ),
    (
        "strategic-framework-2021-2025",
        "Strategic Framework 2021–2025",
        "strategy",
        "2021-01-25",
        "en",
        "civic-space",
        "global",
        "ISHR's goals for five years: supporting defenders, strengthening protection and "
        "making the UN human rights system work on the ground.",
        None,
    ),
    (
        "annual-report-2020",
        "Annual Report 2020 — Supporting Defenders, Serving Humanity",
        "annual-report",
        "2021-05-31",
        "en",
        "civic-space",
        "global",
        "A year of remote trainings, online advocacy and support to defenders through the "
        "pandemic.",
        None,
    ),
]

PLAUSIBLE = [
    (
        "special-rapporteur-defenders-guide",
        "Working with the UN Special Rapporteur on human rights defenders",
        "guide",
        "2019-04-11",
        "en fr es",
        "reprisals civic-space",
        "global",
        "When and how to send information to the Special Rapporteur, and what to expect after "
        "a communication.",
        None,
    ),
    (
        "women-defenders-hrc-guide",
        "Women human rights defenders at the Human Rights Council: a practical guide",
        "guide",
        "2022-03-08",
        "en fr es ar",
        "women-defenders human-rights-council",
        "global",
        "Practical advice for women defenders preparing statements, side events and meetings "
        "with diplomats during a Council session.",
        (
            "Les femmes défenseures au Conseil des droits de l’homme : guide pratique",
            "femmes-defenseures-conseil-guide",
            "Des conseils pratiques pour les femmes défenseures qui préparent déclarations, "
            "événements parallèles et rencontres avec des diplomates pendant une session du Conseil.",
        ),
    ),
    (
        "upr-advocacy-toolkit",
        "The Universal Periodic Review: an advocacy toolkit for defenders",
        "handbook",
        "2018-06-14",
        "en fr es ru",
        "upr",
        "global",
        "Every stage of the review, from stakeholder reports to follow-up on the "
        "recommendations your State accepted.",
        None,
    ),
    (
        "reprisals-report-2022",
        "Reprisals against those who cooperate with the UN: 2022 analysis",
        "report",
        "2022-09-28",
        "en",
        "reprisals",
        "global",
        "Cases of intimidation and reprisals documented in the UN Secretary-General's report, "
        "and what States and the UN did in response.",
        None,
    ),
    (
        "reprisals-report-2023",
        "Reprisals against those who cooperate with the UN: 2023 analysis",
        "report",
        "2023-09-27",
        "en es",
        "reprisals",
        "global",
        "Trends in reprisals in 2023 and ISHR's recommendations to the UN and to States.",
        None,
    ),
    (
        "cote-divoire-law-study",
        "Côte d'Ivoire: putting the 2014 law on defenders into practice",
        "study",
        "2022-06-20",
        "en fr",
        "protection-laws",
        "cote-divoire",
        "Africa's first national law on human rights defenders, its 2017 decree and the "
        "protection mechanism created in 2021: what works and what is missing.",
        (
            "Côte d’Ivoire : mettre en pratique la loi de 2014 sur les défenseur·e·x·s",
            "cote-divoire-loi-etude",
            "La première loi nationale d’Afrique sur les défenseur·e·x·s des droits humains, son "
            "décret de 2017 et le mécanisme de protection créé en 2021 : ce qui fonctionne et ce "
            "qui manque.",
        ),
    ),
    (
        "burkina-faso-brief",
        "Burkina Faso: protecting defenders after the 2022 coup",
        "policy-brief",
        "2023-06-27",
        "en fr",
        "protection-laws civic-space",
        "burkina-faso",
        "The 2017 law on defenders includes criminal sanctions, but is reported not to have been "
        "applied since the coup. Recommendations to the authorities and their partners.",
        (
            "Burkina Faso : protéger les défenseur·e·x·s après le coup d’État de 2022",
            "burkina-faso-note",
            "La loi de 2017 sur les défenseur·e·x·s prévoit des sanctions pénales, mais ne serait "
            "plus appliquée depuis le coup d’État. Recommandations aux autorités et à leurs "
            "partenaires.",
        ),
    ),
    (
        "mali-law-commentary",
        "Mali's 2018 law on human rights defenders: a commentary",
        "study",
        "2019-01-12",
        "en fr",
        "protection-laws women-defenders",
        "mali",
        "The law's specific protection for women defenders and defenders with disabilities, and "
        "why the 2021 professional card requirement narrows who it covers.",
        (
            "La loi malienne de 2018 sur les défenseur·e·x·s : commentaire",
            "mali-loi-commentaire",
            "La protection spécifique des femmes défenseures et des défenseur·e·x·s en situation "
            "de handicap, et pourquoi l’exigence d’une carte professionnelle réduit son champ.",
        ),
    ),
    (
        "mongolia-law-first-in-asia",
        "Mongolia: the first law on defenders in Asia",
        "study",
        "2021-07-01",
        "en ru",
        "protection-laws",
        "mongolia",
        "What Mongolia's 2021 law provides, how it compares with the Model Law, and what "
        "defenders elsewhere in Asia can learn from it.",
        None,
    ),
    (
        "niger-law-2022",
        "Niger's 2022 law on defenders: gaps and opportunities",
        "policy-brief",
        "2022-09-15",
        "en fr",
        "protection-laws",
        "niger",
        "A 29-article law without a protection mechanism: how to make it protect defenders in "
        "practice.",
        (
            "La loi nigérienne de 2022 sur les défenseur·e·x·s : lacunes et perspectives",
            "niger-loi-2022",
            "Une loi de 29 articles sans mécanisme de protection : comment la rendre protectrice "
            "dans les faits.",
        ),
    ),
    (
        "drc-provincial-edicts",
        "Democratic Republic of the Congo: national law and provincial edicts on defenders",
        "study",
        "2024-02-10",
        "en fr sw",
        "protection-laws",
        "dr-congo",
        "Law No. 23/027 and the edicts of South and North Kivu compared with the Model Law, "
        "provision by provision.",
        None,
    ),
    (
        "business-due-diligence-checklist",
        "Defenders and business: a due diligence checklist for companies",
        "guide",
        "2020-11-25",
        "en es pt",
        "business-human-rights",
        "global",
        "Ten questions companies should answer to respect defenders' rights in their operations "
        "and supply chains.",
        None,
    ),
    (
        "environmental-defenders-healthy-environment",
        "Environmental defenders and the right to a healthy environment",
        "study",
        "2022-10-08",
        "en es pt",
        "environmental-defenders indigenous-peoples",
        "brazil",
        "How recognition of the right to a healthy environment can strengthen protection for "
        "land and environmental defenders.",
        None,
    ),
    (
        "lgbtiq-defenders-sogi",
        "LGBTIQ+ defenders at the UN: engaging with the Independent Expert on SOGI",
        "guide",
        "2021-05-17",
        "en es ar",
        "lgbtiq-rights",
        "global",
        "How to work with the Independent Expert on sexual orientation and gender identity, "
        "safely and effectively.",
        None,
    ),
    (
        "migrants-defenders-treaty-bodies",
        "Migrants' rights defenders: using the treaty bodies",
        "guide",
        "2019-12-18",
        "en es",
        "migrants-rights treaty-bodies",
        "mexico",
        "The Committee on Migrant Workers and other treaty bodies as tools for defenders of "
        "migrants' and refugees' rights.",
        None,
    ),
    (
        "hrc52-key-takeaways",
        "HRC52: key takeaways from the NGO community",
        "report",
        "2023-04-05",
        "en",
        "human-rights-council",
        "global",
        "A joint assessment of the Council's 52nd session by the HRCnet network.",
        None,
    ),
    (
        "hrc55-key-issues",
        "HRC55: key issues on the agenda",
        "policy-brief",
        "2024-02-20",
        "en",
        "human-rights-council",
        "global",
        "What to watch at the Council's 55th session, resolution by resolution.",
        None,
    ),
    (
        "hrc57-key-takeaways",
        "HRC57: key takeaways",
        "report",
        "2024-10-14",
        "en",
        "human-rights-council",
        "global",
        "The outcomes of the Council's 57th session for defenders and civil society space.",
        None,
    ),
    (
        "annual-report-2022",
        "Annual Report 2022",
        "annual-report",
        "2023-05-30",
        "en",
        "civic-space",
        "global",
        "ISHR's work in 2022: trainings, advocacy, litigation support and protection.",
        None,
    ),
    (
        "annual-report-2023",
        "Annual Report 2023",
        "annual-report",
        "2024-05-29",
        "en fr",
        "civic-space",
        "global",
        "ISHR's work in 2023, with the stories of defenders we supported.",
        (
            "Rapport annuel 2023",
            "rapport-annuel-2023",
            "Le travail d’ISHR en 2023, avec les récits de défenseur·e·x·s que nous avons "
            "soutenu·e·s.",
        ),
    ),
    (
        "hrc-elections-2023-scorecards",
        "Human Rights Council elections 2023: candidate scorecards",
        "scorecard",
        "2023-09-18",
        "en",
        "human-rights-council",
        "global",
        "How the 2023 candidates for the Council measure up on cooperation with the UN and "
        "protection of defenders.",
        None,
    ),
    (
        "hrc-elections-2024-scorecards",
        "Human Rights Council elections 2024: candidate scorecards",
        "scorecard",
        "2024-09-16",
        "en",
        "human-rights-council",
        "global",
        "The 2024 candidates for the Council, compared on the same criteria as every year.",
        None,
    ),
    (
        "treaty-body-review-2020",
        "Treaty body strengthening: what the 2020 review means for defenders",
        "policy-brief",
        "2020-10-22",
        "en",
        "treaty-bodies",
        "global",
        "The options on the table in the 2020 review and how each would affect defenders' "
        "access to the committees.",
        None,
    ),
    (
        "cedaw-guide",
        "Engaging with the Committee on the Elimination of Discrimination against Women",
        "guide",
        "2018-03-08",
        "en fr es ar",
        "women-defenders treaty-bodies",
        "global",
        "How to prepare a shadow report and brief the CEDAW Committee before a State review.",
        None,
    ),
    (
        "digital-security-geneva",
        "Digital security basics for defenders travelling to Geneva",
        "manual",
        "2023-01-16",
        "en fr es ar zh ru",
        "reprisals",
        "switzerland",
        "Protecting your devices, contacts and communications before, during and after a trip "
        "to the UN.",
        None,
    ),
    (
        "upr-submission-china",
        "Submission to the UPR of China: the situation of human rights defenders",
        "submission",
        "2023-07-13",
        "en zh",
        "upr reprisals",
        "china",
        "ISHR's stakeholder submission on the detention, surveillance and travel bans faced by "
        "defenders.",
        None,
    ),
    (
        "upr-submission-egypt",
        "Submission to the UPR of Egypt: civic space and defenders",
        "submission",
        "2024-07-09",
        "en ar",
        "upr civic-space",
        "egypt",
        "Restrictions on NGOs and the criminalisation of defenders since the last review.",
        None,
    ),
    (
        "upr-submission-mexico",
        "Joint submission to the UPR of Mexico",
        "submission",
        "2023-03-30",
        "en es",
        "upr environmental-defenders",
        "mexico",
        "Attacks on environmental and land defenders, and the federal protection mechanism.",
        None,
    ),
    (
        "latin-america-protection-mechanisms",
        "Protection mechanisms in Latin America: a comparative study",
        "study",
        "2019-09-09",
        "en es pt",
        "protection-laws",
        "mexico brazil argentina",
        "National protection mechanisms in Mexico, Brazil and elsewhere compared with the Model "
        "Law's standards.",
        None,
    ),
    (
        "indigenous-defenders-emrip",
        "Indigenous peoples' rights defenders and the UN Expert Mechanism",
        "guide",
        "2022-07-04",
        "en es fr",
        "indigenous-peoples environmental-defenders",
        "global",
        "Using the Expert Mechanism on the Rights of Indigenous Peoples and its country "
        "engagement procedure.",
        None,
    ),
    (
        "uganda-ngo-act-analysis",
        "Uganda's NGO Act: an analysis for defenders",
        "study",
        "2017-11-20",
        "en sw",
        "civic-space",
        "uganda",
        "How the NGO Act restricts registration and activities, and how defenders have "
        "challenged it.",
        None,
    ),
    (
        "thailand-slapp-brief",
        "Thailand: strategic lawsuits against defenders",
        "policy-brief",
        "2021-11-29",
        "en th",
        "business-human-rights civic-space",
        "thailand",
        "Defamation suits brought by companies against defenders, and reforms to stop them.",
        None,
    ),
]

BODY_EN = (
    "This publication is free to download, print and share offline. Write to ISHR if you need "
    "it in another language or in a format that suits a screen reader."
)
BODY_FR = (
    "Cette publication peut être téléchargée, imprimée et partagée hors ligne librement. "
    "Écrivez à ISHR si vous en avez besoin dans une autre langue ou dans un format adapté à un "
    "lecteur d’écran."
)

# Pairs of slugs shown as related resources (both ways).
RELATED = [
    ("model-law", "quick-guide-model-law"),
    ("reprisals-handbook", "reprisals-report-2023"),
    ("cote-divoire-law-study", "model-law"),
    ("hrc52-key-takeaways", "hrc57-key-takeaways"),
]
