"""Pages for when the site cannot do its job: made without the database, in the visitor's language."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

DATABASE_ERRORS = (OperationalError, InterfaceError)
logger = logging.getLogger("ishr_site.security.faults")
RETRY_AFTER_SECONDS = 30


def visitor_language(request):
    """The language of the address (/fr/…), else the browser's; never a database lookup."""
    supported = {code for code, _name in settings.LANGUAGES}
    language = translation.get_language_from_path(request.path_info)
    if language in supported:
        return language
    return translation.get_language_from_request(request, check_path=False)


def plain_message_response(request, kind, status):
    """A small self-contained page (see templates/security/plain_message.html)."""
    language = visitor_language(request)
    with translation.override(language):
        html = render_to_string(
            "security/plain_message.html", {"kind": kind, "LANGUAGE_CODE": language}
        )
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    response.headers["Content-Language"] = language
    return response


def database_unavailable_response(request):
    # For the operators: which error, with its traceback (the log filter keeps it anonymous).
    logger.error("Database unavailable, answered 503", exc_info=sys.exc_info()[0] is not None)
    response = plain_message_response(request, "database_unavailable", status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
