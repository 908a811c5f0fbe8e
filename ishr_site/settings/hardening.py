"""Security and privacy settings shared by every environment (imported at the end of base.py).

Defenders visit from watched connections: public pages set no cookies, load nothing from a third
party and tell the browser to refuse anything else. Staff accounts are guarded by lockouts,
strong passwords and a second factor. See SECURITY.md for what each setting promises.
"""

from datetime import timedelta

import environ

from . import deployment

env = environ.Env()

# --- Content-Security-Policy (django-csp 4) --------------------------------------------------
# Public pages: nothing but this site's own files; no inline script or style, no frames,
# no plugins, and no framing by another site. `default-src 'none'` makes every other kind of
# request (fetch, media, workers…) refused unless listed.
CONTENT_SECURITY_POLICY = {
    # The admin builds its pages with inline scripts and styles; it gets its own policy
    # (ishr_site.security.middleware.SecurityHeadersMiddleware), and so do previews, which it frames.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
    },
}
# The admin (and its preview frames) runs Wagtail's own code, which needs inline scripts and
# styles; it still loads nothing from elsewhere and can only be framed by itself.
ADMIN_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
# No page of the site uses these browser features; say so, so that no injected code can.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "fullscreen=(self), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
    "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
    "xr-spatial-tracking=(), interest-cohort=(), browsing-topics=()"
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# The admin would otherwise fetch staff avatars from Gravatar: a third party, told who is signed in.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- System checks set aside -------------------------------------------------------------
# django-axes warns (W006) when no lockout key includes the address, for sites that lock on
# User-Agent or cookies, which a client changes at will; the account name it cannot change
# (see AXES_LOCKOUT_PARAMETERS below).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# --- Caches ----------------------------------------------------------------------------------
# Two shared caches. "default": cached pages, menus, library counts, renditions and sessions,
# every entry with a lifetime, which Redis may evict when full. "limits": the counters of
# login lockouts and form and search rate limits (never in the database: no addresses are
# stored), which must never be evicted to make room for pages: point REDIS_LIMITS_URL at a
# Redis of its own with `maxmemory-policy noeviction` (see SECURITY.md). If Redis goes down
# the site keeps serving pages (ishr_site.security.cache.ResilientRedisCache); sign-in is
# refused until the counters are back, forms and search keep working uncounted
# (ishr_site.security.limits).
REDIS_URL = env("REDIS_URL", default="")
REDIS_LIMITS_URL = env("REDIS_LIMITS_URL", default=REDIS_URL)
CACHE_KEY_PREFIX = env("CACHE_KEY_PREFIX", default="ishr")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "ishr_site.security.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "TIMEOUT": 300,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        },
        "limits": {
            # Plain django-redis: a failure is an error, which the limits' code handles.
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_LIMITS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:limits",
            "TIMEOUT": 300,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "limits": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "limits",
        },
    }
    # A single process (development, tests) shares its memory cache with itself; production
    # refuses to start without REDIS_URL unless told otherwise (see production.py).
    SILENCED_SYSTEM_CHECKS += ["axes.W001", "django_ratelimit.E003", "django_ratelimit.W001"]
# Wagtail's rendition cache (its own `renditions` alias): the shared cache under a prefix of its
# own. Its keys name the image's file and focal point, so an edited image never meets an old
# rendition; Wagtail deletes an entry with its rendition.
CACHES["renditions"] = {
    **CACHES["default"],
    "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:renditions",
    "LOCATION": CACHES["default"].get("LOCATION", "renditions"),
    "TIMEOUT": 60 * 60 * 24 * 7,
}
RATELIMIT_USE_CACHE = "limits"
RATELIMIT_FAIL_OPEN = True
RATELIMIT_HASH_ALGORITHM = "hashlib.sha256"
# Anonymous searches (site search and the library's) per client address; empty: no limit.
SEARCH_RATE_LIMIT = env("SEARCH_RATE_LIMIT", default="30/m")

# --- Staff accounts --------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "ishr_site.security.limits.FailClosedAxesCacheHandler"
AXES_CACHE = "limits"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
# Sign-ins lock by account only: five failures lock that account, from every address, for the
# cool-off. Not by address: behind a CDN or a shared office or VPN connection many people share
# one address, and locking it would let anyone who can reach the sign-in form lock every
# colleague behind it out. (An account-and-address pair adds nothing next to the account alone,
# since django-axes applies one failure limit to every key.) An address trying many accounts
# still gets only AXES_FAILURE_LIMIT - 1 guesses at each, and then needs the second factor.
AXES_LOCKOUT_PARAMETERS = ["username"]
# (django-axes's warning W006 about this is silenced above.)
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
# The visitor's address (a rate-limit key, never stored) is taken from X-Forwarded-For only as
# far as the proxies named here wrote it: TRUSTED_PROXY_COUNT proxies that each append to it, or
# proxies within TRUSTED_PROXY_RANGES (CIDR, comma-separated). With neither, REMOTE_ADDR alone.
# See ishr_site/security/client_address.py; production.py trusts its one TLS proxy by default.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
TRUSTED_PROXY_RANGES = deployment.trusted_proxy_ranges(env)
AXES_CLIENT_IP_CALLABLE = "ishr_site.security.client_address.client_address"
RATELIMIT_IP_META_KEY = "ishr_site.security.client_address.client_address"

# Two-factor authentication (TOTP) for everyone who signs in to the admin.
OTP_TOTP_ISSUER = "ISHR"
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=True)

# --- Uploads ---------------------------------------------------------------------------------
# Documents: formats defenders can open offline, checked against their content on upload.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "odp",
    "epub",
    "txt",
    "csv",
]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "ishr_site.security.uploads.CheckedDocumentForm"
DOCUMENTS_MAX_UPLOAD_SIZE = env.int("DOCUMENTS_MAX_UPLOAD_SIZE", default=50 * 1024 * 1024)
# Only these open in the browser; every other document is served as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
# Images: no SVG (it can carry script), bounded in bytes and in pixels (decompression bombs).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Shared passwords of pages and collections -----------------------------------------------
# Attempts at one restriction's password from one address (IPv6: one /64), counted in the cache
# under a hashed key (ishr_site/security/view_passwords.py). Over the limit the form answers 429
# until the window ends, at most this long: short enough for the rightful visitor who mistyped.
VIEW_PASSWORD_ATTEMPT_RATE = env("VIEW_PASSWORD_ATTEMPT_RATE", default="10/15m")
# The password forms set no cookie (no CSRF token) and show nothing of what they protect.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "security/password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "security/password_required.html"
