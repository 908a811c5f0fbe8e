"""Middleware that keeps the site safe and standing when something goes wrong."""

from django.conf import settings
from django.db import transaction
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware

from csp.middleware import CSPMiddleware

from ishr_site.operations.storage import track_saved_files

from .faults import DATABASE_ERRORS, database_unavailable_response, plain_message_response

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
ADMIN_PREFIX = "/admin/"


class DatabaseUnavailableMiddleware:
    """A lost database gives a 503 page in the visitor's language, never a stack trace.

    Django closes the broken connection when the request ends and, with CONN_HEALTH_CHECKS,
    checks it before reuse: once the database is back the next request is served normally.
    Errors raised outside views are turned into the same page by `ishr_site.security.views.server_error`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS:
            return database_unavailable_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return database_unavailable_response(request)
        return None


class SecurityHeadersMiddleware:
    """The security headers on every response, whichever layer made it.

    First in MIDDLEWARE, so it also sees the 400s Django makes when a request is refused before
    any view (a bad Host header, too many parameters, too much data: often in the page cache
    middleware, the first to read them), the 503 of `DatabaseUnavailableMiddleware`, and the
    error handlers' pages. Headers already set further in (the admin's frame policy, Wagtail's
    policy on documents, a preview's frame permission) are kept: this fills in only what is
    missing, with the same libraries' own code (Django's SecurityMiddleware and
    XFrameOptionsMiddleware, django-csp), plus the headers Django has no setting for:
    Permissions-Policy, Cross-Origin-Resource-Policy and the admin's Content-Security-Policy.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = CSPMiddleware(get_response)
        self.fillers = [SecurityMiddleware(get_response), XFrameOptionsMiddleware(get_response)]

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        if request.path.startswith(ADMIN_PREFIX):
            response.headers.setdefault(
                "Content-Security-Policy", settings.ADMIN_CONTENT_SECURITY_POLICY
            )
        if "Content-Security-Policy" not in response:
            # Most responses have it from further in, or stored with a cached page: django-csp
            # would build the policy again only to keep the one there (half a cache hit's time).
            response = self.policy.process_response(request, response)
        for filler in self.fillers:
            response = filler.process_response(request, response)
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview through a request for the page's public address, and
            # shows it in a frame of the admin: keep the public policy, but let the admin
            # (this same site) frame it.
            policy = response.headers.get("Content-Security-Policy", "")
            response.headers["Content-Security-Policy"] = policy.replace(
                "frame-ancestors 'none'", "frame-ancestors 'self'"
            )
        return response


def has_control_characters(text):
    return any(ord(character) < 32 or ord(character) == 127 for character in text)


class MalformedRequestMiddleware:
    """Refuse, with a 400 page, addresses carrying control characters (NUL and friends).

    They have no meaning in a URL, and some databases reject them outright: passed on to a
    page lookup they would turn a typo or a probe into a server error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query_parts = [part for key in request.GET for part in (key, *request.GET.getlist(key))]
        if has_control_characters(request.path_info) or any(
            has_control_characters(part) for part in query_parts
        ):
            return plain_message_response(request, "bad_request", status=400)
        return self.get_response(request)


class AtomicWriteMiddleware:
    """Every write request (a form post, an admin save or upload) is all or nothing.

    The request runs in one transaction, rolled back if it ends in a server error; files it
    saved are deleted unless that transaction commits, so a crash mid-save leaves neither a
    half-saved page nor an orphaned file. Reads are untouched (no extra queries).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in UNSAFE_METHODS:
            return self.get_response(request)
        with track_saved_files() as saved_files:
            with transaction.atomic():
                response = self.get_response(request)
                failed = response.status_code >= 500
                if failed:
                    transaction.set_rollback(True)
            if not failed:
                saved_files.keep()
        return response
