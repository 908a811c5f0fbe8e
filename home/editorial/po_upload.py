"""A guard in front of wagtail-localize's PO import.

wagtail-localize answers some bad uploads with a server error (no file, or a PO file made by
another tool without its translation ID header). This view answers every such case with a clear
message on the translation editor, leaving all saved translations untouched, and hands valid
files to wagtail-localize's own import.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile, user_can_edit_instance

import polib

MAX_PO_BYTES = 5 * 1024 * 1024


def _problem_with(upload, translation):
    if upload is None:
        return _("Choose a PO file to upload.")
    if upload.size > MAX_PO_BYTES:
        return _("That file is too large for a translation file (5 MB at most).")
    try:
        text = upload.read().decode("utf-8")
    except UnicodeDecodeError:
        return _("That file is not a PO file: it is not UTF-8 text.")
    finally:
        upload.seek(0)
    try:
        po = polib.pofile(text)
    except (OSError, ValueError):
        return _("That file is not a valid PO file.")
    file_translation = po.metadata.get("X-WagtailLocalize-TranslationID")
    if not file_translation:
        return _(
            "That PO file was not exported from this site: download the PO file of this "
            "translation, translate it, and upload it again."
        )
    if file_translation != str(translation.uuid):
        return _("That PO file belongs to a different page or language.")
    return None


@require_POST
def guarded_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    problem = _problem_with(request.FILES.get("file"), translation)
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return upload_pofile(request, translation_id)
