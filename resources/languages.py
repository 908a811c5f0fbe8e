"""Languages a resource file can be in: any ISO 639-1 language, not only the site's two.

Names come from Django's own table (each language named in itself, with its script direction),
so a visitor reads "Español" or "العربيّة" whatever language the page is in.
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import get_language, gettext_noop

# Languages ISHR publishes in that Django's table lacks as plain two-letter codes.
EXTRA_LANGUAGES = {
    "zh": {"name": gettext_noop("Chinese"), "name_local": "中文", "bidi": False},
    "am": {"name": gettext_noop("Amharic"), "name_local": "አማርኛ", "bidi": False},
    "ha": {"name": gettext_noop("Hausa"), "name_local": "Hausa", "bidi": False},
    "ps": {"name": gettext_noop("Pashto"), "name_local": "پښتو", "bidi": True},
    "so": {"name": gettext_noop("Somali"), "name_local": "Soomaali", "bidi": False},
    "yo": {"name": gettext_noop("Yoruba"), "name_local": "Yorùbá", "bidi": False},
}


def _build_table():
    table = {
        code: {"name": info["name"], "name_local": info["name_local"], "bidi": info["bidi"]}
        for code, info in LANG_INFO.items()
        if len(code) == 2 and "name" in info
    }
    table.update(EXTRA_LANGUAGES)
    return dict(sorted(table.items(), key=lambda item: item[1]["name"]))


LANGUAGES = _build_table()

# Stored as the code; the admin shows "Español (Spanish)" so editors find either name.
LANGUAGE_CHOICES = [
    (code, f"{info['name_local']} ({info['name']})") for code, info in LANGUAGES.items()
]


def language_info(code):
    """Name in the language itself and direction, for a `lang`/`dir` attributed label."""
    info = LANGUAGES.get(code, {"name": code, "name_local": code, "bidi": False})
    return {
        "code": code,
        "name_local": info["name_local"],
        "direction": "rtl" if info["bidi"] else "ltr",
    }


def visitor_first(codes):
    """Language codes ordered for display: the visitor's language first, then by local name."""
    active = (get_language() or "en").split("-")[0]
    unique = list(dict.fromkeys(codes))
    return sorted(
        unique,
        key=lambda code: (code != active, LANGUAGES.get(code, {}).get("name_local", code).lower()),
    )
