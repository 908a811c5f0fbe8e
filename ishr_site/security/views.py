"""The site's server-error handler (`handler500` in ishr_site/urls.py)."""

import sys

from django.views.defaults import server_error as django_server_error

from .faults import DATABASE_ERRORS, database_unavailable_response


def server_error(request):
    """A database outage caught outside a view (in middleware, or on entering a transaction)
    is a 503 "try again shortly"; anything else is Django's plain 500 page."""
    _type, error, _traceback = sys.exc_info()
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable_response(request)
    return django_server_error(request)
