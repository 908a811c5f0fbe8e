"""Demo content for the accessibility statement, in English and French."""

from home.demo.builder import site_home
from home.models import StandardPage

TITLE = ("Accessibility statement", "Déclaration d’accessibilité")
SLUG = ("accessibility", "accessibilite")
INTRO = (
    "How accessible this site is, how we test it, and how to tell us about a barrier.",
    "Le niveau d’accessibilité de ce site, la façon dont nous le testons, et comment nous "
    "signaler un obstacle.",
)

# (heading, [paragraphs], [list items]) in English and French.
SECTIONS = [
    (
        ("Our commitment", "Notre engagement"),
        [
            (
                "ISHR wants every human rights defender to be able to use this site, whatever "
                "their device, connection or disability. We aim to meet the Web Content "
                "Accessibility Guidelines (WCAG) 2.2 at level AA, in English and in French.",
                "ISHR veut que chaque défenseur·e·x des droits humains puisse utiliser ce site, "
                "quels que soient son appareil, sa connexion ou son handicap. Nous visons le "
                "niveau AA des Règles pour l’accessibilité des contenus web (WCAG) 2.2, en "
                "français comme en anglais.",
            )
        ],
        [],
    ),
    (
        ("What you can expect", "Ce que vous pouvez attendre"),
        [],
        [
            (
                "Every page can be used with a keyboard alone, shows where the focus is and "
                "starts with a link that skips to the main content.",
                "Chaque page s’utilise au clavier seul, montre où se trouve le focus et commence "
                "par un lien qui mène directement au contenu principal.",
            ),
            (
                "Pages have landmarks, headings in order and a breadcrumb trail, and declare "
                "their language, so that screen readers read French text in French.",
                "Les pages ont des régions, des titres dans l’ordre et un fil d’Ariane, et "
                "déclarent leur langue, pour que les lecteurs d’écran lisent le français en "
                "français.",
            ),
            (
                "Text can be enlarged to 200 percent, and pages fit screens 320 pixels wide "
                "without scrolling sideways.",
                "Le texte peut être agrandi à 200 pour cent, et les pages tiennent sur un écran "
                "de 320 pixels de large sans défilement horizontal.",
            ),
            (
                "Colours meet contrast requirements, and no information is given by colour alone.",
                "Les couleurs respectent les exigences de contraste, et aucune information "
                "n’est donnée par la couleur seule.",
            ),
            (
                "Every page works without JavaScript, loads nothing from other sites and stays "
                "light on slow connections.",
                "Chaque page fonctionne sans JavaScript, ne charge rien depuis d’autres sites et "
                "reste légère sur les connexions lentes.",
            ),
            (
                "Animations stop when your device asks for reduced motion.",
                "Les animations s’arrêtent lorsque votre appareil demande moins de mouvement.",
            ),
        ],
    ),
    (
        ("How we test", "Comment nous testons"),
        [
            (
                "Every change to the site is checked before it is published. Each type of page, "
                "in both languages, is opened in a real browser and checked with axe-core for "
                "WCAG 2.2 AA failures, used with the keyboard, shown at phone and desktop widths "
                "and loaded with JavaScript switched off. Key pages are also measured with "
                "Lighthouse.",
                "Chaque modification du site est vérifiée avant sa publication. Chaque type de "
                "page, dans les deux langues, est ouvert dans un vrai navigateur et contrôlé "
                "avec axe-core pour les critères WCAG 2.2 AA, utilisé au clavier, affiché aux "
                "largeurs d’un téléphone et d’un ordinateur et chargé sans JavaScript. Les "
                "pages principales sont aussi mesurées avec Lighthouse.",
            ),
            (
                "Automated checks cannot find every barrier. What people who use the site tell "
                "us matters most.",
                "Les contrôles automatiques ne trouvent pas tous les obstacles. Ce que nous "
                "disent les personnes qui utilisent le site compte avant tout.",
            ),
        ],
        [],
    ),
    (
        ("Known limitations", "Limites connues"),
        [],
        [
            (
                "Some older guides in the library are PDF files that were not made for screen "
                "readers. If a document is hard to use, write to us and we will send it in an "
                "accessible format.",
                "Certains guides anciens de la bibliothèque sont des fichiers PDF qui n’ont pas "
                "été conçus pour les lecteurs d’écran. Si un document est difficile à utiliser, "
                "écrivez-nous et nous vous l’enverrons dans un format accessible.",
            ),
            (
                "The map on the Model Law page is a simplified drawing; the table beside it "
                "gives the same information in full.",
                "La carte de la page sur la loi type est un dessin simplifié ; le tableau qui "
                "l’accompagne donne les mêmes informations en entier.",
            ),
            (
                "Documents in languages other than English and French are published as our "
                "partners provide them and may not meet the same standard.",
                "Les documents dans d’autres langues que le français et l’anglais sont publiés "
                "tels que nos partenaires les fournissent et peuvent ne pas atteindre le même "
                "niveau.",
            ),
        ],
    ),
    (
        ("Tell us about a barrier", "Signalez-nous un obstacle"),
        [
            (
                "If you cannot use part of this site, or need a document in another format, "
                "write to information@ishr.ch. We answer within ten working days.",
                "Si vous ne pouvez pas utiliser une partie de ce site, ou s’il vous faut un "
                "document dans un autre format, écrivez à information@ishr.ch. Nous répondons "
                "dans un délai de dix jours ouvrables.",
            ),
            (
                "This statement was last reviewed on 28 November 2026.",
                "Cette déclaration a été revue pour la dernière fois le 28 novembre 2026.",
            ),
        ],
        [],
    ),
]


def body_blocks():
    blocks = []
    for (heading, _fr), paragraphs, items in SECTIONS:
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        html = "".join(f"<p>{english}</p>" for english, _fr in paragraphs)
        if items:
            html += "<ul>" + "".join(f"<li>{english}</li>" for english, _fr in items) + "</ul>"
        blocks.append(("paragraph", html))
    return blocks


def french_strings():
    strings = dict([TITLE, SLUG, INTRO])
    for heading, paragraphs, items in SECTIONS:
        strings.update([heading, *paragraphs, *items])
    return strings


def load(builder):
    page = builder.ensure_page(
        site_home(),
        StandardPage,
        SLUG[0],
        title=TITLE[0],
        intro=INTRO[0],
        body=body_blocks(),
    )
    builder.translate(page, french_strings())
