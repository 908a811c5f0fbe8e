"""Demo updates: real events from ISHR's public record, told in the site's own words, each with
the source it comes from; a few illustrations are marked as examples (the page says so).

Each entry: slug, kind, date, topics, places (region values or country slugs), title, summary,
body, source, French (title, slug, summary, body) or None, and whether it is an example.
"""

SOURCE_EN = "Source: {}"
SOURCE_FR = "Source : {}"

UPDATES = [
    (
        "hrc55-key-issues",
        "council-session-update",
        "2024-02-20",
        "human-rights-council reprisals",
        "global",
        "HRC55: key issues on the agenda of the March 2024 session",
        "The Council's 55th session runs from 26 February to 5 April 2024 under its President "
        "Omar Zniber. What defenders should watch, and where they can weigh in.",
        "Each session opens with a long list of country situations and thematic debates. "
        "This briefing picks those where civil society voices can change the outcome.",
        "ishr.ch/latest-updates/hrc55-key-issues-on-agenda-of-march-2024-session",
        (
            "CDH55 : les enjeux clés de la session de mars 2024",
            "cdh55-enjeux-cles",
            "La 55e session du Conseil se tient du 26 février au 5 avril 2024 sous la présidence "
            "d’Omar Zniber. Ce que les défenseur·e·x·s doivent suivre, et où intervenir.",
            "Chaque session s’ouvre sur une longue liste de situations de pays et de débats "
            "thématiques. Cette note retient ceux où la voix de la société civile peut peser.",
        ),
        False,
    ),
    (
        "hrc56-key-issues",
        "council-session-update",
        "2024-06-10",
        "human-rights-council women-defenders",
        "global",
        "HRC56: key issues on the agenda of the June 2024 session",
        "The 56th session of the Human Rights Council meets from 18 June to 12 July 2024. Our "
        "briefing on the resolutions and debates that matter most to defenders.",
        "June sessions carry several thematic resolutions that shape how States treat women "
        "defenders and civil society; we set out what to ask of delegations.",
        "ishr.ch/latest-updates/hrc56-key-issues-on-agenda-of-the-june-2024-session",
        (
            "CDH56 : les enjeux clés de la session de juin 2024",
            "cdh56-enjeux-cles",
            "La 56e session du Conseil des droits de l’homme se réunit du 18 juin au 12 juillet "
            "2024. Notre note sur les résolutions et débats qui comptent le plus pour les "
            "défenseur·e·x·s.",
            "Les sessions de juin portent plusieurs résolutions thématiques qui déterminent la "
            "façon dont les États traitent les femmes défenseures et la société civile.",
        ),
        False,
    ),
    (
        "hrdap24-sixteen-defenders",
        "news",
        "2024-06-12",
        "human-rights-council lgbtiq-rights",
        "global",
        "Sixteen defenders join the tenth edition of HRDAP",
        "Chosen from 434 applicants, 16 human rights defenders arrive in Geneva for the tenth "
        "Human Rights Defender Advocacy Programme, from 12 to 22 June 2024.",
        "With this edition the programme passes 200 alumni. Participants spend ten days in "
        "Geneva lobbying diplomats and UN experts around the Council's June session.",
        "ishr.ch/latest-updates/16-human-rights-defenders-enrolled-successfully-in-hrdap24",
        (
            "Seize défenseur·e·x·s rejoignent la dixième édition du HRDAP",
            "hrdap24-seize-defenseurexs",
            "Choisi·e·x·s parmi 434 candidatures, 16 défenseur·e·x·s des droits humains arrivent "
            "à Genève pour la dixième édition du programme HRDAP, du 12 au 22 juin 2024.",
            "Avec cette édition, le programme dépasse les 200 ancien·ne·x·s participant·e·x·s. "
            "Pendant dix jours, les participant·e·x·s rencontrent diplomates et expert·e·s de "
            "l’ONU autour de la session de juin du Conseil.",
        ),
        False,
    ),
    (
        "declaration-plus-25",
        "news",
        "2024-06-19",
        "civic-space protection-laws",
        "global",
        "Declaration +25: civil society unveils a supplement to the Declaration on defenders",
        "Eighteen organisations, after consulting more than 700 defenders, present a supplement "
        "to the 1998 UN Declaration on Human Rights Defenders.",
        "The supplement sets out what a quarter of a century of practice has taught about "
        "protecting those who defend rights, and what States now owe them.",
        "ishr.ch/latest-updates/civil-society-unveils-new-supplement-of-un-declaration-"
        "protecting-human-rights-defenders",
        (
            "Déclaration +25 : la société civile présente un supplément à la Déclaration",
            "declaration-plus-25",
            "Dix-huit organisations, après avoir consulté plus de 700 défenseur·e·x·s, présentent "
            "un supplément à la Déclaration de l’ONU de 1998 sur les défenseur·e·x·s des droits "
            "humains.",
            "Le supplément rassemble ce qu’un quart de siècle de pratique a appris sur la "
            "protection des défenseur·e·x·s, et ce que les États leur doivent désormais.",
        ),
        False,
    ),
    (
        "cote-divoire-ten-years",
        "op-ed",
        "2024-06-20",
        "protection-laws",
        "cote-divoire",
        "Côte d'Ivoire: ten years after Africa's first law protecting defenders",
        "Law No. 2014-388 of 20 June 2014 made Côte d'Ivoire the first African State with a law "
        "on defenders. A decade on, what it took to make the law real.",
        "A decree followed in 2017 and the protection mechanism only in 2021. ISHR still asks "
        "that restrictive articles of the decree be revised.",
        "ishr.ch/defenders-toolbox/national-protection/cote-d-ivoire",
        (
            "Côte d’Ivoire : dix ans après la première loi africaine de protection",
            "cote-divoire-dix-ans",
            "La loi n° 2014-388 du 20 juin 2014 a fait de la Côte d’Ivoire le premier État "
            "africain doté d’une loi sur les défenseur·e·x·s. Dix ans après, ce qu’il a fallu "
            "pour la faire vivre.",
            "Un décret a suivi en 2017, et le mécanisme de protection seulement en 2021. ISHR "
            "demande toujours la révision d’articles restrictifs du décret.",
        ),
        False,
    ),
    (
        "hrc57-key-issues",
        "council-session-update",
        "2024-09-02",
        "human-rights-council reprisals",
        "global",
        "HRC57: key issues on the agenda of the September 2024 session",
        "The Council meets from 9 September to 11 October 2024; the Secretary-General's report "
        "on reprisals is among the debates we follow.",
        "September is when the Council hears who was punished for cooperating with the UN. We "
        "list the moments where States can be asked to act.",
        "ishr.ch/latest-updates/hrc57-key-issues-on-the-agenda-of-the-september-2024-session",
        None,
        False,
    ),
    (
        "hrdap25-call",
        "news",
        "2024-11-18",
        "human-rights-council",
        "global",
        "HRDAP 2025: applications open for ISHR's hybrid training",
        "Experienced defenders can apply until 10 January 2025 for a distance course from 14 "
        "April to 8 June, then ten days in Geneva from 10 to 20 June.",
        "The programme ends with accompanied advocacy at the Council. It is taught in English "
        "and asks for some prior knowledge of the UN system.",
        "ishr.ch/latest-updates/hrdap-2025-apply-now-for-ishrs-hybrid-training-for-human-"
        "rights-defenders",
        (
            "HRDAP 2025 : les candidatures sont ouvertes",
            "hrdap25-candidatures",
            "Les défenseur·e·x·s expérimenté·e·x·s peuvent postuler jusqu’au 10 janvier 2025 pour "
            "un cours à distance du 14 avril au 8 juin, puis dix jours à Genève du 10 au 20 juin.",
            "Le programme se termine par un plaidoyer accompagné au Conseil. Il se déroule en "
            "anglais et demande une première connaissance du système de l’ONU.",
        ),
        False,
    ),
    (
        "central-african-republic-law",
        "news",
        "2025-01-17",
        "protection-laws",
        "africa",
        "Central African Republic adopts a law protecting human rights defenders",
        "On 27 December 2024 the National Assembly unanimously adopted a law on the promotion and "
        "protection of human rights defenders.",
        "The country joins the small group of African States with such a law. What matters now "
        "is a mechanism that defenders can trust.",
        "loc.gov/item/global-legal-monitor/2025-01-17/central-african-republic-law-enacted-to-"
        "protect-human-rights-defenders/",
        (
            "La République centrafricaine adopte une loi de protection des défenseur·e·x·s",
            "republique-centrafricaine-loi",
            "Le 27 décembre 2024, l’Assemblée nationale a adopté à l’unanimité une loi portant "
            "promotion et protection des défenseur·e·x·s des droits humains.",
            "Le pays rejoint le petit groupe d’États africains dotés d’une telle loi. Il faut "
            "maintenant un mécanisme auquel les défenseur·e·x·s puissent se fier.",
        ),
        False,
    ),
    (
        "ishr-2024-highlights",
        "news",
        "2025-01-28",
        "civic-space",
        "global",
        "ISHR's 2024 highlights",
        "In our 40th year, more than 1,000 human rights defenders took part in ISHR trainings.",
        "From the tenth HRDAP to the Declaration +25, a look back at the year's work with "
        "defenders in Geneva, New York and online.",
        "ishr.ch/latest-updates/ishrs-2024-highlights",
        (
            "Les temps forts d’ISHR en 2024",
            "temps-forts-2024",
            "Pour notre 40e année, plus de 1 000 défenseur·e·x·s des droits humains ont suivi les "
            "formations d’ISHR.",
            "Du dixième HRDAP à la Déclaration +25, retour sur une année de travail avec les "
            "défenseur·e·x·s à Genève, à New York et en ligne.",
        ),
        False,
    ),
    (
        "hrc58-key-issues",
        "council-session-update",
        "2025-02-17",
        "human-rights-council",
        "global",
        "HRC58: key issues at the February 2025 session",
        "The Council's 58th session runs from 24 February to 4 April 2025, presided by Jürg "
        "Lauber. Our guide to the debates and resolutions to watch.",
        "The longest session of the year renews several country mandates; defenders from those "
        "countries have most at stake.",
        "ishr.ch/latest-updates/hrc58-civil-society-presents-key-takeaways-from-the-session",
        None,
        False,
    ),
    (
        "hrc58-takeaways",
        "statement",
        "2025-04-07",
        "human-rights-council civic-space",
        "global",
        "HRC58: civil society presents key takeaways from the session",
        "At the close of the session, HRCnet members set out what the Council achieved and where "
        "it fell short of defenders' expectations.",
        "The joint statement welcomes renewed mandates and regrets the pressure on the Council's "
        "budget, which shortens the time civil society has to speak.",
        "ishr.ch/latest-updates/hrc58-civil-society-presents-key-takeaways-from-the-session",
        (
            "CDH58 : la société civile présente les enseignements de la session",
            "cdh58-enseignements",
            "À la clôture de la session, les membres d’HRCnet disent ce que le Conseil a obtenu et "
            "où il est resté en deçà des attentes des défenseur·e·x·s.",
            "La déclaration conjointe salue les mandats renouvelés et regrette la pression sur le "
            "budget du Conseil, qui réduit le temps de parole de la société civile.",
        ),
        False,
    ),
    (
        "model-law-four-languages",
        "news",
        "2025-03-12",
        "protection-laws",
        "global",
        "The Model Law in four languages, and its Quick Guide in three",
        "The Model Law for the Recognition and Protection of Human Rights Defenders is read in "
        "English, French, Spanish and Arabic; the Quick Guide in English, French and Spanish.",
        "The Spanish and French translations date from January 2017; Arabic followed with the "
        "support of the United Kingdom. Laws in Mali, Côte d'Ivoire and Burkina Faso drew on it.",
        "ishr.ch/latest-updates/model-law-now-available-four-languages",
        (
            "La Loi type en quatre langues, et son guide pratique en trois",
            "loi-type-quatre-langues",
            "La Loi type pour la reconnaissance et la protection des défenseur·e·x·s des droits "
            "humains se lit en anglais, français, espagnol et arabe ; le guide pratique en "
            "anglais, français et espagnol.",
            "Les traductions espagnole et française datent de janvier 2017 ; l’arabe a suivi avec "
            "le soutien du Royaume-Uni. Les lois du Mali, de la Côte d’Ivoire et du Burkina Faso "
            "s’en sont inspirées.",
        ),
        False,
    ),
    (
        "burkina-faso-law-not-applied",
        "statement",
        "2025-04-24",
        "protection-laws civic-space",
        "burkina-faso",
        "Burkina Faso: apply the 2017 law protecting defenders",
        "Law No. 039-2017/AN of 27 June 2017 provides criminal sanctions for attacks on "
        "defenders, yet it is reported not to have been applied since the 2022 coup.",
        "Its sanctions are in line with Section 30 of the Model Law. A law on paper protects no "
        "one: ISHR calls on the authorities to apply it.",
        "ishr.ch/defenders-toolbox/national-protection/burkina-faso",
        (
            "Burkina Faso : appliquer la loi de 2017 sur les défenseur·e·x·s",
            "burkina-faso-appliquer-la-loi",
            "La loi n° 039-2017/AN du 27 juin 2017 prévoit des sanctions pénales contre les "
            "atteintes aux défenseur·e·x·s, mais elle ne serait plus appliquée depuis le coup "
            "d’État de 2022.",
            "Ses sanctions sont conformes à la section 30 de la Loi type. Une loi sur le papier "
            "ne protège personne : ISHR appelle les autorités à l’appliquer.",
        ),
        False,
    ),
    (
        "hrc59-key-issues",
        "council-session-update",
        "2025-06-09",
        "human-rights-council migrants-rights",
        "global",
        "HRC59: key issues at the Human Rights Council in June 2025",
        "The 59th session meets from 16 June to 9 July 2025, while HRDAP participants lobby in "
        "Geneva.",
        "Migrants' rights and women defenders feature in the resolutions we follow closely.",
        "ishr.ch/latest-updates/hrc59-key-issues-at-the-human-rights-council-in-june-2025",
        None,
        False,
    ),
    (
        "drc-law-two-years",
        "news",
        "2025-06-15",
        "protection-laws",
        "dr-congo",
        "DR Congo: two years of the national law on defenders",
        "Law No. 23/027, promulgated on 15 June 2023, made the DRC the fifth African country "
        "with a national law on human rights defenders.",
        "South Kivu (2016) and North Kivu (2019) had provincial edicts first. The national law "
        "has 30 articles; defenders want it applied in every province.",
        "ishr.ch/latest-updates/the-drc-adopts-a-national-law-to-protect-and-promote-the-"
        "rights-of-human-rights-defenders/",
        (
            "RD Congo : deux ans de loi nationale sur les défenseur·e·x·s",
            "rdc-loi-deux-ans",
            "La loi n° 23/027, promulguée le 15 juin 2023, a fait de la RDC le cinquième pays "
            "africain doté d’une loi nationale sur les défenseur·e·x·s des droits humains.",
            "Le Sud-Kivu (2016) et le Nord-Kivu (2019) avaient déjà des édits provinciaux. La loi "
            "nationale compte 30 articles ; les défenseur·e·x·s veulent la voir appliquée partout.",
        ),
        False,
    ),
    (
        "niger-law-without-mechanism",
        "statement",
        "2025-07-02",
        "protection-laws",
        "niger",
        "Niger: a law without a mechanism",
        "Niger's law of 15 June 2022 on the rights and duties of defenders has 29 articles but "
        "no protection mechanism.",
        "ISHR also flags articles 15 and 17 as restrictive, and asks for a mechanism that is "
        "independent, as Section 34 of the Model Law sets out.",
        "ishr.ch/defenders-toolbox/national-protection/niger",
        (
            "Niger : une loi sans mécanisme",
            "niger-loi-sans-mecanisme",
            "La loi nigérienne du 15 juin 2022 sur les droits et devoirs des défenseur·e·x·s "
            "compte 29 articles mais aucun mécanisme de protection.",
            "ISHR juge aussi restrictifs les articles 15 et 17, et demande un mécanisme "
            "indépendant, comme le prévoit la section 34 de la Loi type.",
        ),
        False,
    ),
    (
        "business-frameworks-report",
        "news",
        "2025-08-20",
        "business-human-rights environmental-defenders",
        "global",
        "What companies can do to support human rights defenders",
        "A new ISHR report reviews the frameworks and actions businesses use to support "
        "defenders, including those who defend land and the environment.",
        "Companies often meet defenders as critics. The report shows how policies and "
        "practice can turn that encounter into protection.",
        "humanrightsdefenders.blog/category/organisations/ishr/page/2",
        (
            "Ce que les entreprises peuvent faire pour les défenseur·e·x·s",
            "entreprises-soutenir-defenseurexs",
            "Un nouveau rapport d’ISHR passe en revue les cadres et actions des entreprises en "
            "faveur des défenseur·e·x·s, dont celles et ceux qui défendent la terre et "
            "l’environnement.",
            "Les entreprises rencontrent souvent les défenseur·e·x·s comme des critiques. Le "
            "rapport montre comment politiques et pratiques peuvent en faire une protection.",
        ),
        False,
    ),
    (
        "hrc60-key-issues",
        "council-session-update",
        "2025-09-01",
        "human-rights-council reprisals",
        "global",
        "HRC60: key issues on the agenda of the September 2025 session",
        "The 60th session runs from 8 September to 8 October 2025, shortened by ten per cent "
        "as the UN cuts costs.",
        "Fewer days mean fewer speaking slots for civil society; we set out where defenders' "
        "voices are still heard.",
        "ishr.ch/latest-updates/hrc60-key-issues-on-agenda-of-september-2025-session",
        (
            "CDH60 : les enjeux clés de la session de septembre 2025",
            "cdh60-enjeux-cles",
            "La 60e session se tient du 8 septembre au 8 octobre 2025, raccourcie de dix pour cent "
            "par les économies de l’ONU.",
            "Moins de jours, c’est moins de temps de parole pour la société civile ; nous "
            "indiquons où la voix des défenseur·e·x·s compte encore.",
        ),
        False,
    ),
    (
        "reprisals-report-2025",
        "statement",
        "2025-09-24",
        "reprisals",
        "global",
        "Reprisals report: States must stop punishing those who cooperate with the UN",
        "The Secretary-General's annual report on reprisals, presented on 24 September 2025, "
        "covers May 2024 to April 2025.",
        "Anyone can report a case to reprisals@ohchr.org at any time of year, with the "
        "informed consent of the person concerned.",
        "ohchr.org/en/reprisals/our-work-acts-intimidation-and-reprisals",
        (
            "Rapport sur les représailles : cesser de punir qui coopère avec l’ONU",
            "rapport-represailles-2025",
            "Le rapport annuel du Secrétaire général sur les représailles, présenté le 24 "
            "septembre 2025, couvre la période de mai 2024 à avril 2025.",
            "Chacun·e peut signaler un cas à reprisals@ohchr.org à tout moment de l’année, avec "
            "le consentement éclairé de la personne concernée.",
        ),
        False,
    ),
    (
        "hrc60-takeaways",
        "statement",
        "2025-10-10",
        "human-rights-council",
        "global",
        "HRC60: civil society presents key takeaways from the session",
        "What the shortened September session achieved for defenders, and what it left undone.",
        "HRCnet members welcome the resolutions adopted and warn that cuts must not silence civil "
        "society at the Council.",
        "ishr.ch/latest-updates/hrc60-civil-society-presents-key-takeaways-from-the-session",
        None,
        False,
    ),
    (
        "hrdap26-call",
        "news",
        "2025-11-04",
        "human-rights-council",
        "global",
        "HRDAP 2026: 12 places, two themes, apply by 15 January",
        "The 2026 programme looks at democratic backsliding and racial justice: distance course "
        "from 13 April to 8 June, Geneva from 10 to 20 June 2026.",
        "About one applicant in ten is accepted. Applications close on 15 January 2026 at "
        "midnight CET.",
        "humanrightsdefenders.blog/tag/human-rights-defender-advocacy-programme-hrdap",
        (
            "HRDAP 2026 : 12 places, deux thèmes, candidatures jusqu’au 15 janvier",
            "hrdap26-candidatures",
            "Le programme 2026 porte sur le recul démocratique et la justice raciale : cours à "
            "distance du 13 avril au 8 juin, puis Genève du 10 au 20 juin 2026.",
            "Environ une candidature sur dix est retenue. Les candidatures se terminent le 15 "
            "janvier 2026 à minuit (CET).",
        ),
        False,
    ),
    (
        "guatemala-public-policy",
        "news",
        "2025-11-20",
        "protection-laws indigenous-peoples",
        "americas",
        "Guatemala presents its public policy to protect defenders",
        "On 13 November 2025 Guatemala presented a public policy for the protection of human "
        "rights defenders, ordered by the Inter-American Court in 2014.",
        "Indigenous and land defenders waited more than ten years for it; they now ask to take "
        "part in putting it into practice.",
        "focus-obs.org/documents/public-policy-for-the-protection-of-human-rights-defenders-in-"
        "guatemala-a-10-year-struggle/11",
        None,
        False,
    ),
    (
        "defenders-day-2025",
        "statement",
        "2025-12-09",
        "civic-space women-defenders",
        "global",
        "Human Rights Defenders Day: the Declaration is 27 years old",
        "On 9 December 1998 the UN General Assembly adopted the Declaration on Human Rights "
        "Defenders, which ISHR worked towards from 1984.",
        "Defenders still pay for their work with their freedom and their lives. The Declaration "
        "is a promise States made; ISHR will keep reminding them of it.",
        "ishr.ch/what-we-do/support-defenders/",
        (
            "Journée des défenseur·e·x·s : la Déclaration a 27 ans",
            "journee-defenseurexs-2025",
            "Le 9 décembre 1998, l’Assemblée générale de l’ONU a adopté la Déclaration sur les "
            "défenseur·e·x·s des droits humains, à laquelle ISHR travaillait depuis 1984.",
            "C’est pourquoi, depuis 1984, ISHR s’engage aux côtés des défenseur·e·x·s et "
            "s’efforce de les soutenir d’une manière globale.",
        ),
        False,
    ),
    (
        "hrc61-key-issues",
        "council-session-update",
        "2026-02-16",
        "human-rights-council upr",
        "global",
        "HRC61: key issues at the Human Rights Council in March 2026",
        "The 61st session meets from 23 February to 31 March 2026 under President Sidharto Reza "
        "Suryodipuro.",
        "Universal Periodic Review outcomes adopted at this session give defenders concrete "
        "recommendations to follow up at home.",
        "ishr.ch/latest-updates/hrc61-key-issues-at-the-human-rights-council-in-march-2026",
        (
            "CDH61 : les enjeux clés de la session de mars 2026",
            "cdh61-enjeux-cles",
            "La 61e session se réunit du 23 février au 31 mars 2026 sous la présidence de "
            "Sidharto Reza Suryodipuro.",
            "Les résultats de l’Examen périodique universel adoptés à cette session donnent aux "
            "défenseur·e·x·s des recommandations concrètes à suivre dans leur pays.",
        ),
        False,
    ),
    (
        "mongolia-law-five-years",
        "statement",
        "2026-04-01",
        "protection-laws",
        "mongolia",
        "Mongolia: five years of Asia's first law on defenders",
        "Adopted on 1 April 2021 and in force since 1 July 2021, Mongolia's Law on the Legal "
        "Status of Human Rights Defenders was the first in Asia.",
        "The law asks the national human rights institution to set up the protection "
        "mechanism; defenders want it resourced and independent.",
        "ishr.ch/defenders-toolbox/national-protection/mongolia/",
        (
            "Mongolie : cinq ans de la première loi asiatique sur les défenseur·e·x·s",
            "mongolie-cinq-ans",
            "Adoptée le 1er avril 2021 et en vigueur depuis le 1er juillet 2021, la loi mongole "
            "sur le statut juridique des défenseur·e·x·s a été la première en Asie.",
            "La loi charge l’institution nationale des droits humains de créer le mécanisme de "
            "protection ; les défenseur·e·x·s le veulent doté de moyens et indépendant.",
        ),
        False,
    ),
    (
        "mali-professional-card",
        "statement",
        "2026-04-22",
        "protection-laws women-defenders",
        "mali",
        "Mali: a professional card must not narrow who is a defender",
        "Mali's Law No. 2018-003 protects women defenders and defenders with disabilities; a "
        "2021 decision requiring a professional card narrows who it covers.",
        "Anyone who acts to promote or protect human rights is a defender, with or without a "
        "card. ISHR asks for the decision to be withdrawn.",
        "ishr.ch/defenders-toolbox/national-protection/mali/",
        (
            "Mali : une carte professionnelle ne doit pas restreindre qui est défenseur·e·x",
            "mali-carte-professionnelle",
            "La loi malienne n° 2018-003 protège les femmes défenseures et les défenseur·e·x·s "
            "en situation de handicap ; une décision de 2021 imposant une carte professionnelle "
            "restreint son champ.",
            "Toute personne qui agit pour promouvoir ou protéger les droits humains est "
            "défenseur·e·x, avec ou sans carte. ISHR demande le retrait de la décision.",
        ),
        False,
    ),
    (
        "hrdap26-in-geneva",
        "news",
        "2026-06-10",
        "human-rights-council civic-space",
        "global",
        "HRDAP 2026 participants arrive in Geneva",
        "After eight weeks of distance learning, the 2026 participants spend ten days in Geneva, "
        "from 10 to 20 June, around the Council's June session.",
        "This year's themes are democratic backsliding and racial justice. Each participant "
        "leaves with an advocacy plan and the contacts to carry it out.",
        "humanrightsdefenders.blog/tag/human-rights-defender-advocacy-programme-hrdap",
        (
            "Les participant·e·x·s du HRDAP 2026 arrivent à Genève",
            "hrdap26-a-geneve",
            "Après huit semaines de formation à distance, les participant·e·x·s 2026 passent dix "
            "jours à Genève, du 10 au 20 juin, autour de la session de juin du Conseil.",
            "Les thèmes de cette année sont le recul démocratique et la justice raciale. Chacun·e "
            "repart avec un plan de plaidoyer et les contacts pour le mener.",
        ),
        False,
    ),
    (
        "model-law-ten-years",
        "op-ed",
        "2026-06-21",
        "protection-laws",
        "global",
        "Ten years of the Model Law: from a Geneva launch to national laws",
        "The Model Law was launched on 21 June 2016 at the Palais des Nations, after three years "
        "of work with more than 500 defenders from every region.",
        "Settled by 28 leading experts and jurists, each provision comes with a commentary on "
        "its sources. Ten years on, it is a checklist that defenders hold their States to.",
        "ishr.ch/defenders-toolbox/model-law/",
        (
            "Dix ans de Loi type : d’un lancement à Genève aux lois nationales",
            "loi-type-dix-ans",
            "La Loi type a été lancée le 21 juin 2016 au Palais des Nations, après trois ans de "
            "travail avec plus de 500 défenseur·e·x·s de toutes les régions.",
            "Arrêtée par 28 expert·e·s et juristes de premier plan, chaque disposition est "
            "accompagnée d’un commentaire sur ses sources. Dix ans après, c’est une grille à "
            "laquelle les défenseur·e·x·s confrontent leurs États.",
        ),
        False,
    ),
    (
        "reprisals-toolkit-chinese",
        "news",
        "2025-05-14",
        "reprisals",
        "china",
        "Reprisals toolkit now in Chinese, Tibetan and Uyghur",
        "ISHR's tools to prevent and respond to reprisals for cooperation with the UN are now "
        "available in Chinese, Tibetan and Uyghur, as well as English.",
        "ISHR's research ranks China the fourth largest perpetrator of reprisals; defenders can "
        "now read what to do in their own language.",
        "ishr.ch/latest-updates/ishr-releases-new-tools-in-chinese-tibetan-and-uyghur-to-"
        "prevent-and-respond-to-reprisals-for-cooperation-with-the-un",
        None,
        False,
    ),
    (
        "mexico-protection-law-reform",
        "joint-letter",
        "2025-10-28",
        "protection-laws environmental-defenders",
        "mexico",
        "Mexico: strengthen the protection mechanism for defenders and journalists",
        "Organisations write to the authorities as a reform of the 2012 Law for the Protection "
        "of Human Rights Defenders and Journalists is discussed.",
        "The law created a protection mechanism in its article 12. The letter asks that any "
        "reform keep civil society in the mechanism's governance.",
        "ishr.ch/defenders-toolbox/national-protection/mexico/",
        None,
        True,
    ),
    (
        "brazil-protection-programme",
        "joint-letter",
        "2026-03-10",
        "environmental-defenders indigenous-peoples",
        "brazil",
        "Brazil: put the defenders' protection programme into law",
        "A bill to give the protection programme for defenders, communicators and "
        "environmentalists a basis in law has been pending since 2009.",
        "The programme rests on decrees of 2007 and 2019. Signatories ask Congress to adopt the "
        "bill so that protection no longer depends on a decree.",
        "ishr.ch/defenders-toolbox/national-protection/brazil",
        (
            "Brésil : inscrire dans la loi le programme de protection des défenseur·e·x·s",
            "bresil-programme-protection",
            "Un projet de loi donnant une base légale au programme de protection des "
            "défenseur·e·x·s, communicant·e·x·s et environnementalistes attend depuis 2009.",
            "Le programme repose sur des décrets de 2007 et 2019. Les signataires demandent au "
            "Congrès d’adopter le projet, pour que la protection ne dépende plus d’un décret.",
        ),
        True,
    ),
    (
        "hrc-elections-scorecards-2025",
        "press-release",
        "2025-10-06",
        "human-rights-council",
        "global",
        "Council elections: how do the candidates rate?",
        "Ahead of the vote for the Human Rights Council, ISHR publishes scorecards on each "
        "candidate's record of cooperation with the UN and of protecting defenders.",
        "ISHR has published election scorecards for several terms since 2017; voting States "
        "should read them before choosing.",
        "ishr.ch/news/hrc-elections-how-do-candidates-rate",
        None,
        True,
    ),
    (
        "press-release-egypt-upr",
        "press-release",
        "2025-01-30",
        "upr reprisals",
        "egypt",
        "Egypt's review: States must raise reprisals against defenders",
        "As Egypt's human rights record comes before the Universal Periodic Review, ISHR urges "
        "States to ask about reprisals against those who speak to the UN.",
        "Recommendations made at the review are what defenders follow up at home for the next "
        "five years.",
        "ishr.ch/latest-updates/ (example)",
        None,
        True,
    ),
    (
        "uganda-lgbtiq-defenders",
        "statement",
        "2025-03-31",
        "lgbtiq-rights civic-space",
        "uganda",
        "Uganda: protect LGBTIQ+ defenders and those who support them",
        "Defenders of LGBTIQ+ people's rights in Uganda face arrest and threats for their work; "
        "ISHR asks the Council to follow their situation.",
        "Supporting LGBTIQ+ defenders is one of ISHR's priorities; we raise their cases with "
        "States and UN experts in Geneva.",
        "ishr.ch/what-we-do/ (example)",
        (
            "Ouganda : protéger les défenseur·e·x·s des droits des personnes LGBTIQ+",
            "ouganda-defenseurexs-lgbtiq",
            "En Ouganda, les défenseur·e·x·s des droits des personnes LGBTIQ+ sont menacé·e·x·s "
            "et arrêté·e·x·s pour leur travail ; ISHR demande au Conseil de suivre leur situation.",
            "Nous soutenons des groupes de défenseur·e·x·s très divers, comme les "
            "défenseur·e·x·s des droits des femmes, des personnes LGBTIQ+, des personnes "
            "migrantes ou réfugiées.",
        ),
        True,
    ),
    (
        "thailand-treaty-body-review",
        "news",
        "2025-07-16",
        "treaty-bodies civic-space",
        "thailand",
        "Thailand before a UN treaty body: defenders brief the experts",
        "Thai defenders travel to Geneva to brief a UN treaty body before it reviews Thailand, "
        "with ISHR's help to prepare.",
        "Treaty bodies' concluding observations give defenders precise recommendations; ISHR "
        "helps them write short, sourced briefings.",
        "ishr.ch/what-we-do/ (example)",
        None,
        True,
    ),
    (
        "migrants-defenders-europe",
        "op-ed",
        "2025-12-18",
        "migrants-rights",
        "europe-central-asia",
        "Helping migrants is not a crime",
        "On International Migrants Day, a reminder that those who rescue, shelter and advise "
        "migrants are human rights defenders.",
        "Defenders of migrants' and refugees' rights are among the groups ISHR supports; their "
        "work must not be prosecuted.",
        "ishr.ch/what-we-do/ (example)",
        (
            "Aider les personnes migrantes n’est pas un crime",
            "aider-migrants-pas-un-crime",
            "En cette Journée internationale des migrant·e·s, rappelons que celles et ceux qui "
            "secourent, hébergent et conseillent les personnes migrantes sont des défenseur·e·x·s.",
            "Les défenseur·e·x·s des droits des personnes migrantes et réfugiées font partie des "
            "groupes qu’ISHR soutient ; leur travail ne doit pas être poursuivi.",
        ),
        True,
    ),
    (
        "switzerland-host-state",
        "press-release",
        "2026-01-20",
        "human-rights-council civic-space",
        "switzerland",
        "Geneva: keeping the Council open to defenders",
        "ISHR asks the host State and the UN to keep visas, access and meeting rooms open to "
        "defenders as budgets shrink.",
        "Defenders who travel to Geneva often risk a great deal to be heard; access to the "
        "Palais des Nations must stay simple.",
        "ishr.ch/what-we-do/ (example)",
        None,
        True,
    ),
    (
        "argentina-environmental-defenders",
        "joint-letter",
        "2026-05-05",
        "environmental-defenders",
        "argentina",
        "Argentina: protect defenders of land and water",
        "Organisations ask the authorities to protect environmental defenders who oppose mining "
        "projects, and to investigate threats against them.",
        "Environmental and Indigenous peoples' defenders are among ISHR's priority groups.",
        "ishr.ch/what-we-do/ (example)",
        (
            "Argentine : protéger les défenseur·e·x·s de la terre et de l’eau",
            "argentine-defenseurexs-environnement",
            "Des organisations demandent aux autorités de protéger les défenseur·e·x·s de "
            "l’environnement opposé·e·x·s à des projets miniers, et d’enquêter sur les menaces.",
            "Les défenseur·e·x·s des droits environnementaux et des peuples autochtones font "
            "partie des groupes prioritaires d’ISHR.",
        ),
        True,
    ),
    (
        "academy-upr-webinar",
        "news",
        "2026-09-15",
        "upr",
        "asia-pacific",
        "ISHR Academy: a webinar on the Universal Periodic Review",
        "The ISHR Academy offers defenders who cannot travel to Geneva a webinar on using the "
        "Universal Periodic Review.",
        "The Academy's modules cover the Human Rights Council, Special Procedures and Treaty "
        "Bodies; its webinars also cover advocacy and reprisals.",
        "ishr.ch/ (example)",
        (
            "Académie ISHR : un webinaire sur l’Examen périodique universel",
            "academie-webinaire-epu",
            "L’Académie ISHR propose aux défenseur·e·x·s qui ne peuvent pas venir à Genève un "
            "webinaire sur l’Examen périodique universel.",
            "Les modules de l’Académie portent sur le Conseil des droits de l’homme, les "
            "procédures spéciales et les organes de traités ; ses webinaires aussi sur le "
            "plaidoyer et les représailles.",
        ),
        True,
    ),
    (
        "hrc63-key-issues",
        "council-session-update",
        "2026-09-07",
        "human-rights-council reprisals",
        "global",
        "September session: what defenders should watch",
        "The Council's September session hears the Secretary-General's report on reprisals and "
        "renews several mandates.",
        "Dates and agenda are set by the Council's bureau; this briefing illustrates what ISHR "
        "publishes before each session.",
        "ishr.ch/latest-updates/ (example)",
        None,
        True,
    ),
    (
        "hrdap27-call",
        "news",
        "2026-11-10",
        "human-rights-council",
        "global",
        "HRDAP 2027: the call for applications",
        "The next Human Rights Defender Advocacy Programme will again combine a distance course "
        "with ten days in Geneva.",
        "Dates, themes and the deadline are announced with the call; this update illustrates how "
        "it is published.",
        "ishr.ch/ (example)",
        (
            "HRDAP 2027 : l’appel à candidatures",
            "hrdap27-appel",
            "Le prochain programme HRDAP associera de nouveau un cours à distance et dix jours à "
            "Genève.",
            "Dates, thèmes et délai sont annoncés avec l’appel ; cette actualité illustre la "
            "façon dont il est publié.",
        ),
        True,
    ),
]

# Hand-picked links between updates, and to resources and programmes (by their English slugs).
RELATED_UPDATES = [
    ("hrdap26-call", "hrdap26-in-geneva"),
    ("hrc58-key-issues", "hrc58-takeaways"),
    ("hrc60-key-issues", "hrc60-takeaways"),
    ("model-law-ten-years", "model-law-four-languages"),
]
RELATED_RESOURCES = {
    "model-law-ten-years": ["model-law", "quick-guide-model-law"],
    "model-law-four-languages": ["model-law", "quick-guide-model-law"],
    "reprisals-report-2025": ["reprisals-handbook"],
}
RELATED_PROGRAMMES = {
    "hrdap26-call": ["hrdap"],
    "hrdap26-in-geneva": ["hrdap"],
    "hrdap25-call": ["hrdap"],
    "model-law-ten-years": ["model-law"],
}
# A picture for a few updates (generated artwork, described as such).
PICTURES = {
    "hrdap24-sixteen-defenders": (
        "Abstract artwork in ISHR's blues.",
        "Illustration for the tenth HRDAP.",
        "Illustration : dixième édition du HRDAP.",
        "Œuvre abstraite dans les bleus d’ISHR.",
    ),
    "model-law-ten-years": (
        "Abstract artwork in ISHR's blues.",
        "Illustration for ten years of the Model Law.",
        "Illustration : dix ans de Loi type.",
        "Œuvre abstraite dans les bleus d’ISHR.",
    ),
}
