"""Shared passwords of pages and collections: not guessable at speed, and no trace until passed.

Wagtail checks a page's or a collection's shared password in two views of its own
(`wagtail.views.authenticate_with_password` for pages, `wagtail.documents.views.serve.
authenticate_with_password` for documents). The URL map sends those addresses here first; these
wrappers add what Wagtail leaves out and then hand over to Wagtail's view unchanged:

- **A limit on attempts**, per client address (IPv6 by /64) and per restriction, counted in the
  cache under a hashed key like the contact form's rate limit: `VIEW_PASSWORD_ATTEMPT_RATE`
  (10 per quarter of an hour). Every post is counted before the password is looked at — an
  atomic increment, so a burst of parallel guesses cannot slip past the limit — and a visitor
  who gets in posts once. Over the limit no password is checked at all (otherwise going on
  guessing would still find it) and the answer is a 429 page with Retry-After. The pause ends
  with the counting window, at most a quarter of an hour, and touches only that address on that
  restriction: an attacker cannot lock the rightful visitors out from elsewhere.
- **No cookie before the password is passed.** Django's CSRF protection would put a `csrftoken`
  cookie on every visitor shown the form. The form needs no secret token: it grants nothing a
  forger does not already know the password for. What a forged cross-site post could still do
  is plant a session cookie in a visitor's browser, or use visitors' browsers to spread guesses
  over many addresses; so a post is accepted only when the browser says it came from this site
  (Origin, or Referer where no Origin is sent), and otherwise refused with a 403 page.
- **Never cached**: every answer here is `Cache-Control: private, no-store` (Wagtail's own view
  leaves the form it shows on GET cacheable).

Wagtail then stores the passed restriction in the session (`sessionid`, for this browser session
only) — the one cookie a password visitor gets, and only once the password is right.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from wagtail import views as page_views
from wagtail.documents.views import serve as document_views
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction

from django_ratelimit.core import get_usage

NOT_CHECKED_TEMPLATE = "security/password_not_checked.html"
# When the cache cannot say how long is left (it failed, and limits fail closed).
FALLBACK_RETRY_AFTER_SECONDS = 60


def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def sent_from_this_site(request):
    """Whether the browser says the post comes from one of this site's own pages.

    Every current browser sends Origin with a form post (the site's `same-origin` Referrer-Policy
    keeps it for same-site posts); a post with neither Origin nor Referer is refused, as Django's
    CSRF check refuses one over HTTPS."""
    claimed = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER")
    origin = _origin_of(claimed) if claimed else None
    if origin is None:
        return False
    own = f"{request.scheme}://{request.get_host()}".lower()
    trusted = {entry.lower() for entry in settings.CSRF_TRUSTED_ORIGINS}
    return origin == own or origin in trusted


def count_attempt(request, kind, restriction_id):
    """This attempt, counted; None when the cache is unavailable and limits fail open."""
    return get_usage(
        request,
        group=f"view-password:{kind}:{restriction_id}",
        key="ip",
        rate=settings.VIEW_PASSWORD_ATTEMPT_RATE,
        method="POST",
        increment=True,
    )


def not_checked_response(request, reason, status, retry_after=None):
    context = {"reason": reason}
    if retry_after is not None:
        context["minutes"] = max(1, -(-retry_after // 60))
    response = TemplateResponse(request, NOT_CHECKED_TEMPLATE, context, status=status)
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


def guarded(kind, restriction_model, wagtail_view):
    """Wagtail's password view `wagtail_view`, behind the checks described above."""

    @csrf_exempt
    def view(request, restriction_id, *args, **kwargs):
        # Unknown ids and restrictions of another kind are a 404 before anything is counted,
        # so made-up addresses cannot fill the cache with counters.
        get_object_or_404(
            restriction_model, pk=restriction_id, restriction_type=BaseViewRestriction.PASSWORD
        )
        if request.method != "POST":
            response = wagtail_view(request, restriction_id, *args, **kwargs)
        elif not sent_from_this_site(request):
            response = not_checked_response(request, "other_site", status=403)
        else:
            usage = count_attempt(request, kind, restriction_id)
            if usage is not None and usage["should_limit"]:
                retry_after = usage["time_left"]
                if retry_after <= 0:
                    retry_after = FALLBACK_RETRY_AFTER_SECONDS
                response = not_checked_response(
                    request, "paused", status=429, retry_after=retry_after
                )
            else:
                response = wagtail_view(request, restriction_id, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return view


page_password = guarded("page", PageViewRestriction, page_views.authenticate_with_password)
document_password = guarded(
    "collection", CollectionViewRestriction, document_views.authenticate_with_password
)
