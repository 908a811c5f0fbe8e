"""Demo vocabulary: topics and countries with their French names."""

# slug: (English, French)
TOPICS = {
    "women-defenders": ("Women human rights defenders", "Femmes défenseures des droits humains"),
    "lgbtiq-rights": ("LGBTIQ+ rights", "Droits des personnes LGBTIQ+"),
    "migrants-rights": ("Migrants' rights", "Droits des personnes migrantes"),
    "environmental-defenders": (
        "Environmental defenders",
        "Défenseur·e·x·s de l’environnement",
    ),
    "indigenous-peoples": ("Indigenous peoples' rights", "Droits des peuples autochtones"),
    "reprisals": ("Reprisals", "Représailles"),
    "human-rights-council": ("Human Rights Council", "Conseil des droits de l’homme"),
    "treaty-bodies": ("Treaty bodies", "Organes de traités"),
    "upr": ("Universal Periodic Review", "Examen périodique universel"),
    "business-human-rights": ("Business and human rights", "Entreprises et droits humains"),
    "protection-laws": ("Laws protecting defenders", "Lois de protection des défenseur·e·x·s"),
    "civic-space": ("Civic space", "Espace civique"),
}

# slug: (English, French, region)
COUNTRIES = {
    "cote-divoire": ("Côte d'Ivoire", "Côte d’Ivoire", "africa"),
    "burkina-faso": ("Burkina Faso", "Burkina Faso", "africa"),
    "mali": ("Mali", "Mali", "africa"),
    "niger": ("Niger", "Niger", "africa"),
    "dr-congo": (
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        "africa",
    ),
    "uganda": ("Uganda", "Ouganda", "africa"),
    "mongolia": ("Mongolia", "Mongolie", "asia-pacific"),
    "china": ("China", "Chine", "asia-pacific"),
    "thailand": ("Thailand", "Thaïlande", "asia-pacific"),
    "egypt": ("Egypt", "Égypte", "mena"),
    "mexico": ("Mexico", "Mexique", "americas"),
    "brazil": ("Brazil", "Brésil", "americas"),
    "argentina": ("Argentina", "Argentine", "americas"),
    "switzerland": ("Switzerland", "Suisse", "europe-central-asia"),
}
