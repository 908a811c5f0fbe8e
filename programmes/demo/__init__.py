"""Demo content for the programmes, in English with French translations.

Written from the public facts about ISHR's programmes. Where a detail is not public (course
lengths, quotes, future events), the demo text says it is illustrative.
"""

from wagtail.models import Site

from programmes.models import ProgrammesIndexPage

from . import academy, hrcnet, hrdap, model_law, trainings

INDEX_STRINGS = {
    "Programmes": "Programmes",
    "programmes": "programmes",
    "How ISHR trains, equips and connects human rights defenders to use the UN system for "
    "change on the ground.": (
        "Comment ISHR forme, outille et met en réseau les défenseur·e·x·s des droits humains pour "
        "utiliser le système de l’ONU au service du changement sur le terrain."
    ),
}


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = builder.ensure_page(
        home,
        ProgrammesIndexPage,
        "programmes",
        title="Programmes",
        show_in_menus=True,
        intro=(
            "How ISHR trains, equips and connects human rights defenders to use the UN system "
            "for change on the ground."
        ),
    )
    builder.translate(index, INDEX_STRINGS)
    for module in (hrdap, academy, hrcnet, model_law, trainings):
        module.load(builder, index)
