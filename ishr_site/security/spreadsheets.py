"""Spreadsheet exports that cannot carry a formula (CSV injection).

A visitor (through a form) or an editor (through a field's label) chooses text that staff later
open in a spreadsheet program, which runs a cell starting with = + - @ (or a tab or carriage
return before one) as a formula: `=HYPERLINK(...)` can send the sheet's other cells anywhere.
As OWASP advises, such a cell gets a leading apostrophe, which makes it plain text everywhere.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For a view built on Wagtail's SpreadsheetExportMixin: every cell and heading, CSV and XLSX."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return neutralise_formula(super().get_heading(queryset, field))
