"""Demo content for the site-wide pages: home, about, how ISHR supports defenders."""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Collection, Page, Site

from home.models import HomePage, StandardPage

SEED_FRENCH = Path(__file__).with_name("seed-fr.txt")

# A faithful English rendering of seed-fr.txt, line for line (ISHR's own French text).
SUPPORT_ENGLISH = [
    "The work of human rights defenders is essential to promote and protect human rights and the "
    "rule of law. That is why, since 1984, ISHR has stood alongside defenders and strived to "
    "support them comprehensively. From its very beginnings, ISHR worked on drafting an "
    "international Declaration on human rights defenders, finally adopted by the UN General "
    "Assembly in 1998.",
    "Today, we support very diverse groups of defenders, such as defenders of the rights of "
    "women, of LGBTIQ+ people, of migrants and refugees, environmental rights defenders, and "
    "others. We make a particular effort to assist the most vulnerable human rights defenders and "
    "those living in highly restrictive environments.",
    "We support defenders in their work and strengthen their knowledge to build their capacity. "
    "In particular, we give them access to high-quality research and analysis, tailored training "
    "and capacity-building services, legal assistance and advice, including in litigation, and "
    "advocacy support. With ISHR, human rights defenders can build a strong network that "
    "amplifies their action and puts every tool they need within reach to adopt the best "
    "strategies and achieve their goals, on the ground as on the international stage.",
    "How do we support human rights defenders?",
    "Drawing on our in-depth knowledge of the human rights mechanisms and of defenders' needs, we "
    "have developed a toolbox for defenders. It includes the following:",
    "Training: online and offline; the ISHR Academy, our e-learning platform to strengthen "
    "defenders' skills in advocacy at the United Nations; the Human Rights Defender Advocacy "
    "Programme (HRDAP), our flagship training designed to help defenders make the most of the UN "
    "mechanisms and achieve their advocacy goals; and our advocacy research programme for "
    "defenders.",
    "Resources: guides, studies and reports on specific human rights issues.",
    "HRCnet: a network to improve NGO cooperation with the Human Rights Council and strengthen "
    "the Council's impact on the ground.",
    "Model Law for the Recognition and Protection of Human Rights Defenders.",
    "And much more…",
]

ABOUT = [
    (
        "The International Service for Human Rights (ISHR) is an independent, non-governmental "
        "organisation dedicated to promoting and protecting human rights. Founded in 1984, it has "
        "offices in Geneva and New York.",
        "Le Service international pour les droits humains (ISHR) est une organisation non "
        "gouvernementale indépendante qui se consacre à la promotion et à la protection des "
        "droits humains. Fondée en 1984, elle a des bureaux à Genève et à New York.",
    ),
    (
        "From its start, ISHR worked on what became the UN Declaration on Human Rights Defenders, "
        "adopted by the UN General Assembly in 1998.",
        "Dès ses débuts, ISHR a travaillé à ce qui est devenu la Déclaration des Nations Unies "
        "sur les défenseur·e·x·s des droits humains, adoptée par l’Assemblée générale en 1998.",
    ),
    (
        "We give priority to defenders of women's rights, of LGBTIQ+ people's rights, of "
        "migrants' and refugees' rights, of environmental and Indigenous peoples' rights, and to "
        "defenders working in very restrictive settings.",
        "Nous accordons la priorité aux défenseur·e·x·s des droits des femmes, des personnes "
        "LGBTIQ+, des personnes migrantes et réfugiées, des droits environnementaux et des "
        "peuples autochtones, ainsi qu’aux défenseur·e·x·s qui travaillent dans des contextes "
        "très restrictifs.",
    ),
    (
        "Our Model Law for the Recognition and Protection of Human Rights Defenders, developed "
        "with more than 500 defenders from every region, was launched at the Palais des Nations "
        "in Geneva on 21 June 2016.",
        "Notre Loi type pour la reconnaissance et la protection des défenseur·e·x·s des droits "
        "humains, élaborée avec plus de 500 défenseur·e·x·s de toutes les régions, a été lancée "
        "au Palais des Nations à Genève le 21 juin 2016.",
    ),
]

PAGE_STRINGS = {
    "Home": "Accueil",
    "home": "accueil",
    "About ISHR": "À propos d’ISHR",
    "about": "a-propos",
    "How we support human rights defenders": (
        "Comment soutenons-nous les défenseur·e·x·s des droits humains ?"
    ),
    "support-defenders": "soutien-aux-defenseurexs",
}


def seed_french_lines():
    return [line.strip() for line in SEED_FRENCH.read_text(encoding="utf-8").splitlines()]


def support_page_body(lines):
    """Body blocks from the seed's shape: three paragraphs, a heading, a lead-in and a list."""
    paragraphs = "".join(f"<p>{line}</p>" for line in lines[:3])
    items = "".join(f"<li>{line.removeprefix('- ')}</li>" for line in lines[5:])
    return [
        ("paragraph", paragraphs),
        ("heading", {"text": lines[3], "level": "h2"}),
        ("paragraph", f"<p>{lines[4]}</p><ul>{items}</ul>"),
    ]


def replace_wagtail_welcome_page(builder):
    """Wagtail's install makes a plain 'Welcome' page at slug 'home'; the real home replaces it.

    Also recreates the tree's root and the root collection when they are missing (an emptied
    database), so the loader can rebuild a site from nothing."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=builder.english
    )
    existing = root.get_children().filter(slug="home").first()
    if existing is not None and existing.specific_class is HomePage:
        return existing.specific
    if existing is not None:
        # Free the slug first: the site still points at this page until the new home exists.
        existing.slug = "wagtail-welcome"
        existing.save()
    home = HomePage(
        title="Home",
        slug="home",
        locale=builder.english,
        hero_title="Supporting human rights defenders since 1984",
        intro=(
            "<p>ISHR trains and supports human rights defenders and helps them use the UN system "
            "to bring about change on the ground.</p>"
        ),
        cta_title="Use the UN system for your cause",
        cta_text="Guides, training and advice for defenders, in your language.",
        cta_label="See how we can help",
        hero_image=builder.ensure_image("Defenders at the Human Rights Council"),
    )
    root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    # Canonical and hreflang URLs are absolute: they use the site's host name and port.
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base.hostname or "localhost"
    site.port = base.port or (443 if base.scheme == "https" else 80)
    site.site_name = "ISHR"
    site.save()
    if existing is not None:
        existing.delete()
    home.save_revision(user=builder.user, log_action=True).publish(user=builder.user)
    builder.created += 1
    return home


def load(builder):
    home = replace_wagtail_welcome_page(builder)
    about = builder.ensure_page(
        home,
        StandardPage,
        "about",
        title="About ISHR",
        show_in_menus=True,
        intro="An independent organisation supporting human rights defenders since 1984.",
        body=[("paragraph", "".join(f"<p>{en}</p>" for en, _fr in ABOUT))],
    )
    english_lines = SUPPORT_ENGLISH
    french_lines = seed_french_lines()
    support = builder.ensure_page(
        home,
        StandardPage,
        "support-defenders",
        title="How we support human rights defenders",
        show_in_menus=True,
        intro="Training, resources, networks and legal tools for defenders.",
        body=support_page_body(english_lines),
    )
    if not home.featured:
        home.featured = [
            ("item", {"page": support, "summary": ""}),
            ("item", {"page": about, "summary": ""}),
        ]
        home.cta_page = support
        home.save_revision(user=builder.user).publish(user=builder.user)

    strings = dict(PAGE_STRINGS)
    strings.update(
        dict(zip(english_lines, [line.removeprefix("- ") for line in french_lines], strict=True))
    )
    strings.update(dict(ABOUT))
    strings.update(
        {
            "Supporting human rights defenders since 1984": (
                "Aux côtés des défenseur·e·x·s des droits humains depuis 1984"
            ),
            "ISHR trains and supports human rights defenders and helps them use the UN system "
            "to bring about change on the ground.": (
                "ISHR forme et soutient les défenseur·e·x·s des droits humains et les aide à "
                "utiliser le système des Nations Unies pour faire changer les choses sur le terrain."
            ),
            "Use the UN system for your cause": "Utiliser le système de l’ONU pour votre cause",
            "Guides, training and advice for defenders, in your language.": (
                "Guides, formations et conseils pour les défenseur·e·x·s, dans votre langue."
            ),
            "See how we can help": "Découvrir notre soutien",
            "An independent organisation supporting human rights defenders since 1984.": (
                "Une organisation indépendante aux côtés des défenseur·e·x·s depuis 1984."
            ),
            "Training, resources, networks and legal tools for defenders.": (
                "Formations, ressources, réseaux et outils juridiques pour les défenseur·e·x·s."
            ),
        }
    )
    for page in (home, about, support):
        builder.translate(page, strings)
