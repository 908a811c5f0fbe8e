"""Demo shared vocabulary: topics and countries with their French names."""

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

# slug: (English, French, region, ISO 3166-1 code)
COUNTRIES = {
    "cote-divoire": ("Côte d'Ivoire", "Côte d’Ivoire", "africa", "CI"),
    "burkina-faso": ("Burkina Faso", "Burkina Faso", "africa", "BF"),
    "mali": ("Mali", "Mali", "africa", "ML"),
    "niger": ("Niger", "Niger", "africa", "NE"),
    "dr-congo": (
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        "africa",
        "CD",
    ),
    "uganda": ("Uganda", "Ouganda", "africa", "UG"),
    "mongolia": ("Mongolia", "Mongolie", "asia-pacific", "MN"),
    "china": ("China", "Chine", "asia-pacific", "CN"),
    "thailand": ("Thailand", "Thaïlande", "asia-pacific", "TH"),
    "egypt": ("Egypt", "Égypte", "mena", "EG"),
    "mexico": ("Mexico", "Mexique", "americas", "MX"),
    "brazil": ("Brazil", "Brésil", "americas", "BR"),
    "argentina": ("Argentina", "Argentine", "americas", "AR"),
    "switzerland": ("Switzerland", "Suisse", "europe-central-asia", "CH"),
}
