"""Demo content for the footer snippet, in English and French.

Loaded last: its links point at pages the other demo modules create.
"""

from wagtail.models import Page

from home.demo.builder import site_home
from home.models import Footer

ADDRESS = (
    "International Service for Human Rights\nGeneva, Switzerland\nNew York, United States",
    "Service international pour les droits humains\nGenève, Suisse\nNew York, États-Unis",
)
NOTE = (
    "ISHR is an independent, non-governmental organisation founded in 1984.",
    "ISHR est une organisation non gouvernementale indépendante fondée en 1984.",
)
# (slug of the English page below home, English label, French label)
LINKS = [
    ("about", "About ISHR", "À propos d’ISHR"),
    ("support-defenders", "How we support defenders", "Notre soutien aux défenseur·e·x·s"),
    ("privacy", "Privacy notice", "Politique de confidentialité"),
    ("accessibility", "Accessibility statement", "Déclaration d’accessibilité"),
    ("contact", "Contact us", "Nous contacter"),
    ("host-a-mirror", "Host a mirror of this website", "Héberger un miroir de ce site"),
]


def load(builder):
    footer = Footer.objects.filter(locale=builder.english).first()
    if footer is None:
        home = site_home()
        links = []
        for slug, label, _french in LINKS:
            page = Page.objects.child_of(home).filter(slug=slug).first()
            if page is not None:
                links.append(("link", {"label": label, "page": page, "url": ""}))
        footer = Footer.objects.create(
            locale=builder.english,
            address=ADDRESS[0],
            email="information@ishr.ch",
            links=links,
            note=NOTE[0],
        )
    strings = dict([ADDRESS, NOTE])
    strings.update((label, french) for _slug, label, french in LINKS)
    builder.translate(footer, strings)
