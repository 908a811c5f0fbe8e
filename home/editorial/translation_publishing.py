"""A guard in front of wagtail-localize's "Update translations", whose "Publish immediately"
publishes every translation of a page or of the footer without asking whether the user may
publish it. Editors may update translations (as drafts); only those who may publish the source
(Moderators) may publish them from there, as from every other publishing path.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.update_translations import UpdateTranslationsView


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True  # nothing of it is a draft: wagtail-localize's own edit check applies


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not may_publish(
            self.request.user, self.object.get_source_instance()
        ):
            messages.error(
                self.request,
                _(
                    "Only Moderators can publish translations. Update them without "
                    "“Publish immediately”, then ask a Moderator to review and publish them."
                ),
            )
            return self.render_to_response(self.get_context_data())
        return super().form_valid(form)
