"""Settings shared by every environment.

Secure by default: DEBUG is off and there is no secret in code. Everything that differs between
machines comes from the environment (or a `.env` file beside manage.py), read with django-environ.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

import environ

from . import deployment

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"] = deployment.database_connections(env, DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "home",
    # Content apps; their demo content loads in this order (see load_demo_content).
    "resources",
    "programmes",
    "ishr_site.newsroom",
    "ishr_site.security",
    "ishr_site.operations",
    "ishr_site.mirror",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales; both share one app label
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # The task queue's table, in every environment: production's worker reads it, and the
    # tests of the queue use it while the rest of the suite runs tasks immediately.
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost: every response, from any layer below (refusals of a bad Host header or of too
    # many parameters, error pages, the 503 page, cached pages), leaves with the security headers.
    "ishr_site.security.middleware.SecurityHeadersMiddleware",
    # Then: a cached page costs one cache read and nothing else. It is stored with the
    # headers every middleware below added (security headers, Content-Security-Policy), and
    # only for requests those middleware let through (see ishr_site/caching/middleware.py).
    "ishr_site.caching.middleware.AnonymousPageCacheMiddleware",
    "ishr_site.security.middleware.DatabaseUnavailableMiddleware",
    # The redirect to HTTPS; its headers are also set on every response by the first one.
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ishr_site.security.middleware.MalformedRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Below the locale middleware (it sees the 404 first): an old unprefixed English address
    # that names a page leads to it, not to a 404 in the visitor's language.
    "home.unprefixed_addresses.UnprefixedAddressMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The page an address names, found in one query once Wagtail has found it (see the module).
    "ishr_site.caching.known_routes.KnownRoutesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "ishr_site.security.two_factor.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ishr_site.security.middleware.AtomicWriteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Sign-in refused with a clear page when the lockout counters cannot be kept.
    "ishr_site.security.limits.SignInPausedMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its 429 response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ishr_site.urls"
WSGI_APPLICATION = "ishr_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "ishr_site.mirror.context.mirror",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "ishr_site.security.passwords.NoAccountNameValidator"},
]

# --- Languages -------------------------------------------------------------------------------
# Adding a language (e.g. Spanish) takes one entry here and a locale/<code>/LC_MESSAGES/django.po.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
]
extra_languages = env.list("EXTRA_LANGUAGES", default=[])
LANGUAGES += [(code, code) for code in extra_languages]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["ishr_site.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Zurich"

# --- Static and media files ------------------------------------------------------------------
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_CDN_ORIGIN = deployment.static_cdn_origin(env)
STATIC_URL = f"{STATIC_CDN_ORIGIN}/static/"
# The CDN asks the app servers for /static/…; WhiteNoise answers there whatever STATIC_URL says.
WHITENOISE_STATIC_PREFIX = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
MEDIA_STORAGE = deployment.media_storage(env)
# Let the app serve image renditions itself (fine for one server or behind a caching proxy);
# set to false when a web server serves /media/. Object storage serves its own files.
SERVE_MEDIA_FILES = env.bool("SERVE_MEDIA_FILES", default=MEDIA_STORAGE is None)
# The host name every page of a static mirror (`manage.py export_mirror`) says it copies.
MIRROR_LIVE_SITE = env("MIRROR_LIVE_SITE", default="www.ishr.ch")
# The page every page of a mirror links to, on how to host one (its slug in the source language).
MIRROR_HOSTING_PAGE_SLUG = "host-a-mirror"
STORAGES = {
    # Files written by a request that then fails are removed with its rolled-back rows.
    "default": MEDIA_STORAGE
    or {"BACKEND": "ishr_site.operations.storage.TransactionalFileSystemStorage"},
    # Fingerprinted, pre-compressed files: safe to cache for a year (see WhiteNoise).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "ISHR"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Documents go through Wagtail's serve view (permission check, download count), never a
# guessable direct media URL; from a bucket, the view then redirects to a signed link.
WAGTAILDOCS_SERVE_METHOD = deployment.documents_serve_method(env, MEDIA_STORAGE)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Pictures are offered as AVIF, then WebP, then JPEG; these qualities keep photos sharp at about
# half the bytes of Wagtail's defaults, which matters on paid-by-the-megabyte connections.
WAGTAILIMAGES_AVIF_QUALITY = 55
WAGTAILIMAGES_WEBP_QUALITY = 75
WAGTAILIMAGES_JPEG_QUALITY = 80
# The admin must not call out to third parties either: no update check, no Gravatar images.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Caching -------------------------------------------------------------------------------
# Whole pages for anonymous visitors (see ishr_site/caching). 0 turns the page cache off.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
deployment.check_signed_links_outlive_cached_pages(MEDIA_STORAGE, PAGE_CACHE_SECONDS)
# A CDN or caching proxy in front is told to drop a page when it is published (FRONTEND_CACHE).
WAGTAILFRONTENDCACHE = deployment.frontend_cache(env)
# Wagtail 8 would otherwise re-send every purge once per content language, rewriting the
# /en/ or /fr/ prefix: each page's URL already names its one language, so purge it alone.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Translation workflow -------------------------------------------------------------------
# Machine translation is off unless configured: nothing leaves the server by default.
# MACHINE_TRANSLATION=libretranslate (self-hostable; LIBRETRANSLATE_URL, optional
# LIBRETRANSLATE_API_KEY) or MACHINE_TRANSLATION=deepl (DEEPL_API_KEY).
MACHINE_TRANSLATION = env("MACHINE_TRANSLATION", default="").lower()
if MACHINE_TRANSLATION == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL"),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", default=""),
        },
    }
elif MACHINE_TRANSLATION == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY")},
    }
elif MACHINE_TRANSLATION:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATION={MACHINE_TRANSLATION!r} is not supported: use 'libretranslate', "
        "'deepl', or leave it empty to keep machine translation off."
    )
# A new translation starts as a draft (it holds the English text until translated); editors
# publish it when the French is ready. A changed source is flagged, never overwritten.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILREDIRECTS_AUTO_CREATE = True

# --- Background work ------------------------------------------------------------------------
# Immediate (inside the request that asked) on a developer's machine and in tests; production
# defaults to the database queue and its worker (see deployment.task_backends).
TASKS = deployment.task_backends(env, default="immediate")

# --- E-mail ----------------------------------------------------------------------------------
# A mail server that does not answer must not hold a worker (or a visitor's request, with the
# immediate task backend) for long: contact messages are kept and e-mailed again later.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# --- Security defaults -----------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
# Wagtail's preview views re-allow same-origin framing for themselves.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_personal_data": {"()": "ishr_site.security.logging.PersonalDataFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_personal_data"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    # django-axes logs usernames and addresses of failed logins: keep only its errors.
    "loggers": {"axes": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

from .hardening import *  # noqa: E402, F403
from .hardening import CONTENT_SECURITY_POLICY, REDIS_URL  # noqa: E402

SESSION_ENGINE = deployment.session_engine(REDIS_URL)
# Files from the static CDN and the media bucket are this site's own, on other hosts.
for directive, origins in (
    ("script-src", [STATIC_CDN_ORIGIN]),
    ("style-src", [STATIC_CDN_ORIGIN]),
    ("font-src", [STATIC_CDN_ORIGIN]),
    ("img-src", [STATIC_CDN_ORIGIN, *deployment.media_origins(MEDIA_STORAGE)]),
):
    CONTENT_SECURITY_POLICY["DIRECTIVES"][directive] += [o for o in origins if o]
if STATIC_CDN_ORIGIN:
    # The site's pages may load these files from the CDN's host.
    from ishr_site.security.static_files import allow_other_origins  # noqa: E402

    WHITENOISE_ADD_HEADERS_FUNCTION = allow_other_origins
