"""Counters of the protections (sign-in lockouts, form and search rate limits), kept in their
own cache alias, "limits", apart from cached pages.

Cached pages may be evicted when the page cache fills; counters must not be, or filling the
cache would switch the lockout off. The "limits" alias is a plain django-redis cache (an
error is an error, not an empty answer), ideally on a Redis of its own with
`maxmemory-policy noeviction` (see SECURITY.md). When a counter cannot be read or written:

- sign-in fails closed: refused with a clear page (`SignInPaused`), never a 500, never an
  uncounted attempt;
- public forms and search fail open: visitors keep being served.
"""

import functools
import logging

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from axes.handlers.cache import AxesCacheHandler
from django_ratelimit import ALL
from django_ratelimit.core import _split_rate, is_ratelimited

from .cache import CACHE_ERRORS
from .faults import visitor_language

logger = logging.getLogger(__name__)
LIMITS_CACHE_ALIAS = "limits"
SIGN_IN_RETRY_AFTER_SECONDS = 60


class SignInPaused(Exception):
    """The lockout counters cannot be read or written: no sign-in until they can."""


def _fail_closed(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except CACHE_ERRORS as error:
            logger.error(
                "Lockout counters unreachable during %s: sign-in refused.", method.__name__
            )
            raise SignInPaused from error

    return wrapper


class FailClosedAxesCacheHandler(AxesCacheHandler):
    """django-axes's cache handler, refusing sign-in when its counters fail, instead of
    answering 500 (or letting the attempt through uncounted)."""

    get_failures = _fail_closed(AxesCacheHandler.get_failures)
    user_login_failed = _fail_closed(AxesCacheHandler.user_login_failed)
    user_logged_in = _fail_closed(AxesCacheHandler.user_logged_in)
    reset_attempts = _fail_closed(AxesCacheHandler.reset_attempts)


def _message_response(request, template, status, retry_after):
    language = visitor_language(request)
    with translation.override(language):
        html = render_to_string(template, {"LANGUAGE_CODE": language})
    response = HttpResponse(html, status=status)
    # Never cached (not by the page cache, a CDN or the browser), and no cookie.
    add_never_cache_headers(response)
    response.headers["Retry-After"] = str(retry_after)
    response.headers["Content-Language"] = language
    return response


def sign_in_paused_response(request):
    return _message_response(
        request, "security/sign_in_paused.html", 503, SIGN_IN_RETRY_AFTER_SECONDS
    )


class SignInPausedMiddleware:
    """Turns `SignInPaused` (and any other failure of the counters' cache met in a view, such
    as a rate limit that cannot count) into the clear 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (SignInPaused, *CACHE_ERRORS)):
            return sign_in_paused_response(request)
        return None


def over_rate(request, group, rate, method=ALL):
    """Whether this request goes over `rate` for `group`, counted per client address (see
    client_address.py; only a hash of it is a key). Fails open: if the counter cannot be
    kept, the visitor is served."""
    try:
        return is_ratelimited(
            request, group=group, key="ip", rate=rate, method=method, increment=True
        )
    except CACHE_ERRORS:
        logger.warning("Rate-limit counters unreachable for %s; serving the request.", group)
        return False


# --- Search ------------------------------------------------------------------------------


def _is_refused_search(request):
    rate = settings.SEARCH_RATE_LIMIT
    if not rate or not request.GET.get("q", "").strip():
        return False
    if request.user.is_authenticated:
        return False  # staff checking their own site
    return over_rate(request, "search", rate)


def too_many_searches_response(request):
    _count, seconds = _split_rate(settings.SEARCH_RATE_LIMIT)
    return _message_response(request, "security/too_many_searches.html", 429, seconds)


def refused_search(request):
    """The 429 page if this anonymous search goes over SEARCH_RATE_LIMIT, else None."""
    if _is_refused_search(request):
        return too_many_searches_response(request)
    return None


def limit_searches(view):
    """For a search view: anonymous searches (a `q` parameter) are limited per client
    address; over the limit, a friendly 429 page in the visitor's language."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return refused_search(request) or view(request, *args, **kwargs)

    return wrapper
