"""The visitor's network address, used only as a rate-limit and lockout key in the cache."""

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR, or behind a trusted proxy the last address it appended to X-Forwarded-For
    (earlier entries are whatever the client claimed, so they are never trusted)."""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR") or "unknown"
