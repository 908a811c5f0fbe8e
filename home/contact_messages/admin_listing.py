"""The admin's listing and export of a contact page's messages, without formulas."""

from wagtail.contrib.forms.views import SubmissionsListView

from ishr_site.security.spreadsheets import FormulaSafeExportMixin


class ContactMessagesListView(FormulaSafeExportMixin, SubmissionsListView):
    pass
