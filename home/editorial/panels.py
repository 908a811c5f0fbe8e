"""The admin dashboard panel listing pages missing or out of date in each translation language."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .translation_status import translation_status

SHOWN_PER_LIST = 10


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 150
    template_name = "home/admin/translation_status_panel.html"
    heading = _("Translations to do")

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        default = Locale.get_default()
        statuses = []
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code"):
            status = translation_status(locale, default)
            status.missing_shown = status.missing[:SHOWN_PER_LIST]
            status.missing_more = max(0, len(status.missing) - SHOWN_PER_LIST)
            status.out_of_date_shown = status.out_of_date[:SHOWN_PER_LIST]
            status.out_of_date_more = max(0, len(status.out_of_date) - SHOWN_PER_LIST)
            statuses.append(status)
        context.update(heading=self.heading, statuses=statuses)
        return context
