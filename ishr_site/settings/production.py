"""Production: configured only by environment variables, refuses to start without its secrets."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env
from .deployment import task_backends

DEBUG = False

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production needs a long random value in the SECRET_KEY "
        "environment variable, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Production needs the site's host names in the ALLOWED_HOSTS "
        "environment variable, comma-separated, e.g. ALLOWED_HOSTS=www.ishr.ch,ishr.ch"
    )
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# HTTPS. The default deployment sits behind a TLS-terminating proxy that sends
# X-Forwarded-Proto; set TRUST_X_FORWARDED_PROTO=false when the app faces clients directly.
if env.bool("TRUST_X_FORWARDED_PROTO", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# The preload directive is consent to be listed; submitting the domain to the browsers' list
# is a separate step. Set SECURE_HSTS_PRELOAD=false if any subdomain is not HTTPS-only.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Behind the same proxy, the visitor's address (a rate-limit key, never stored) is the entry
# that proxy appended to X-Forwarded-For: one trusted proxy by default. Set TRUSTED_PROXY_COUNT
# to the number of proxies that append (2 for a CDN in front of the TLS proxy), or
# TRUSTED_PROXY_RANGES to their address ranges; none when the app faces clients directly
# (TRUST_X_FORWARDED_PROTO=false, or TRUST_X_FORWARDED_FOR=false alone).
_behind_one_proxy = env.bool(
    "TRUST_X_FORWARDED_FOR", default=env.bool("TRUST_X_FORWARDED_PROTO", default=True)
)
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1 if _behind_one_proxy else 0)

# Login lockouts and form rate limits must be shared by every worker: a Redis cache.
if not env("REDIS_URL", default="") and env("CACHE_URL", default="") != "locmem://":
    raise ImproperlyConfigured(
        "REDIS_URL is not set. Production keeps login lockouts and form rate limits in a "
        "shared Redis, e.g. REDIS_URL=redis://127.0.0.1:6379/1. To run a single worker "
        "without Redis (limits then count per process), set CACHE_URL=locmem:// instead."
    )

# File reading and e-mail leave the web request: a visitor's or an editor's request only
# stores the task's row and returns; `make worker` does the work (TASK_QUEUE=immediate for a
# single machine without one).
TASKS = task_backends(env, default="database")
