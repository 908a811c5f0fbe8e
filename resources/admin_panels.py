"""Inside each file of a resource's edit form: whether its text is searchable, why not, and a
link to read it again."""

from wagtail.admin.panels import Panel


class DocumentTextPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/document_text_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            file = self.instance
            context["file"] = file
            context["record"] = file.text_record if file and file.document_id else None
            context["back"] = self.request.get_full_path() if self.request else ""
            return context
