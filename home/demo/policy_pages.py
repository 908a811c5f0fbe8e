"""Demo content for the privacy notice and the contact page, in English and French."""

from home.demo.builder import site_home
from home.models import ContactFormField, ContactPage, StandardPage

PRIVACY = [
    (
        "Human rights defenders often browse from watched connections. This site is built so that "
        "visiting it leaves as little trace as possible.",
        "Les défenseur·e·x·s des droits humains naviguent souvent depuis des connexions "
        "surveillées. Ce site est conçu pour que le consulter laisse le moins de traces possible.",
    ),
    (
        "No cookies are set when you read the site. There is no analytics, advertising or "
        "tracking, and every file comes from this site: no third-party fonts, scripts or "
        "embedded services.",
        "Aucun cookie n’est déposé lorsque vous lisez le site. Il n’y a ni mesure d’audience, ni "
        "publicité, ni pistage, et chaque fichier provient de ce site : aucune police, aucun "
        "script ni service tiers.",
    ),
    (
        "We do not store your IP address or what you search for. To stop abuse, the contact form "
        "counts messages per address for one hour, in memory only, in a form that cannot be read "
        "back.",
        "Nous n’enregistrons ni votre adresse IP ni vos recherches. Pour empêcher les abus, le "
        "formulaire de contact compte les messages par adresse pendant une heure, en mémoire "
        "seulement, sous une forme illisible.",
    ),
    (
        "When you write to us through the contact form, we keep your message and the contact "
        "details you give so that we can answer. Only ISHR staff can read them, and we delete "
        "them when they are no longer needed. The contact form is the only page that sets a "
        "cookie, a security token that protects your message.",
        "Lorsque vous nous écrivez par le formulaire de contact, nous conservons votre message "
        "et les coordonnées que vous indiquez afin de vous répondre. Seul le personnel d’ISHR "
        "peut les lire, et nous les supprimons lorsqu’ils ne sont plus nécessaires. Le "
        "formulaire de contact est la seule page qui dépose un cookie, un jeton de sécurité qui "
        "protège votre message.",
    ),
    (
        "To ask what we hold about you, to correct it or to have it deleted, write to "
        "information@ishr.ch.",
        "Pour savoir ce que nous détenons à votre sujet, le faire corriger ou supprimer, "
        "écrivez à information@ishr.ch.",
    ),
]

CONTACT_FIELDS = [
    ("Your name", "singleline", True, "", "Votre nom", ""),
    (
        "Your e-mail address",
        "email",
        True,
        "We use it only to answer you.",
        "Votre adresse e-mail",
        "Nous ne l’utilisons que pour vous répondre.",
    ),
    ("Your message", "multiline", True, "", "Votre message", ""),
]

STRINGS = {
    "Privacy notice": "Politique de confidentialité",
    "privacy": "confidentialite",
    "What this site records about you, and what it does not.": (
        "Ce que ce site enregistre à votre sujet, et ce qu’il n’enregistre pas."
    ),
    "Contact us": "Nous contacter",
    "contact": "contact",
    "Write to ISHR's team in Geneva. We answer in English or French, usually within a week.": (
        "Écrivez à l’équipe d’ISHR à Genève. Nous répondons en français ou en anglais, "
        "généralement dans la semaine."
    ),
    "Thank you for writing to us. We will answer as soon as we can.": (
        "Merci de nous avoir écrit. Nous vous répondrons dès que possible."
    ),
    "Message from the ISHR website": "Message depuis le site d’ISHR",
}
STRINGS.update(dict(PRIVACY))
for english, _type, _required, help_en, french, help_fr in CONTACT_FIELDS:
    STRINGS[english] = french
    if help_en:
        STRINGS[help_en] = help_fr


def load(builder):
    home = site_home()
    privacy = builder.ensure_page(
        home,
        StandardPage,
        "privacy",
        title="Privacy notice",
        intro="What this site records about you, and what it does not.",
        body=[("paragraph", "".join(f"<p>{english}</p>" for english, _fr in PRIVACY))],
    )
    contact = builder.ensure_page(
        home,
        ContactPage,
        "contact",
        title="Contact us",
        intro=(
            "Write to ISHR's team in Geneva. We answer in English or French, usually within a week."
        ),
        thank_you_text="Thank you for writing to us. We will answer as soon as we can.",
        to_address="information@ishr.ch",
        from_address="website@ishr.ch",
        subject="Message from the ISHR website",
        form_fields=[
            ContactFormField(label=label, field_type=kind, required=required, help_text=help_text)
            for label, kind, required, help_text, _fr, _help_fr in CONTACT_FIELDS
        ],
    )
    for page in (privacy, contact):
        builder.translate(page, STRINGS)
