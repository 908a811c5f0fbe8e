"""Standard parts chosen by the environment, so the site runs on as many app servers as needed.

Every app server is stateless: pages, menus, sessions, lockouts and rate limits live in Redis,
content in PostgreSQL, uploaded files in S3-compatible object storage, static files behind a CDN.
With none of these variables set, everything stays on the one machine (`make run`).
base.py applies these helpers to its settings; each one raises ImproperlyConfigured with a
message saying what to set, never a traceback.
"""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

FRONTEND_CACHE_BACKENDS = {
    "http": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "cloudflare": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
    "cloudfront": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
}


def _required(env, name, why):
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} is not set: {why}")
    return value


def database_connections(env, database):
    """Persistent connections (CONN_MAX_AGE, the default) or psycopg's pool (DB_POOL=true).

    Django refuses a pool together with persistent connections, so the pool turns them off.
    One sync gunicorn worker uses one connection at a time: the pool earns its place with
    threaded workers (`--threads`), where it bounds the connections each process opens."""
    if not env.bool("DB_POOL", default=False):
        return database
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "DB_POOL=true needs PostgreSQL: set DATABASE_URL=postgres://… or remove DB_POOL."
        )
    database["CONN_MAX_AGE"] = 0
    database.setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN_SIZE", default=1),
        "max_size": env.int("DB_POOL_MAX_SIZE", default=4),
        # Seconds a request waits for a free connection before failing (the 503 page).
        "timeout": env.float("DB_POOL_TIMEOUT", default=10.0),
    }
    return database


def session_engine(redis_url):
    """Editors' sessions: read from Redis, written through to the database.

    Only staff have sessions (public pages set no cookie), so writing each one to the database
    costs nothing that matters, and a Redis restart or eviction does not sign editors out in
    the middle of their work, as the cache-only engine would. Both are Django's engines, made to
    ignore session keys Django could not have made (see ishr_site/security/session_engines)."""
    if redis_url:
        return "ishr_site.security.session_engines.cached_db"
    return "ishr_site.security.session_engines.db"


def media_storage(env):
    """Uploaded files on S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set.

    Returns the STORAGES["default"] entry, or None to keep the local folder (MEDIA_ROOT)."""
    bucket = env("AWS_STORAGE_BUCKET_NAME", default="")
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "location": env("AWS_LOCATION", default="media"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env("AWS_S3_REGION_NAME", default="") or None,
        "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default="") or None,
        # Signed, expiring links: documents in private collections stay private even though
        # visitors fetch them from the bucket.
        "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
        "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=3600),
        # Uploads never replace another file of the same name.
        "file_overwrite": False,
        "default_acl": None,
    }
    for option, name in (
        ("access_key", "AWS_ACCESS_KEY_ID"),
        ("secret_key", "AWS_SECRET_ACCESS_KEY"),
    ):
        # Without them boto3 finds credentials itself (instance role, ~/.aws).
        if env(name, default=""):
            options[option] = env(name)
    if options["custom_domain"] and options["querystring_auth"]:
        raise ImproperlyConfigured(
            "AWS_S3_CUSTOM_DOMAIN serves files unsigned from a public CDN: also set "
            "AWS_QUERYSTRING_AUTH=false (documents then go through the app, see README)."
        )
    return {"BACKEND": "ishr_site.operations.s3_storage.TransactionalS3Storage", "OPTIONS": options}


def check_signed_links_outlive_cached_pages(storage, page_cache_seconds):
    """Cached pages carry signed image links: a link must stay valid while its page is served
    from the cache (and from a CDN, which holds pages as long: s-maxage)."""
    if storage is None or not storage["OPTIONS"]["querystring_auth"]:
        return
    expire = storage["OPTIONS"]["querystring_expire"]
    if expire <= 2 * page_cache_seconds:
        raise ImproperlyConfigured(
            f"AWS_QUERYSTRING_EXPIRE={expire} would let image links in cached pages expire: "
            f"make it more than twice PAGE_CACHE_SECONDS ({page_cache_seconds})."
        )


def documents_serve_method(env, storage):
    """How /documents/ hands over a file, once Wagtail has checked the visitor may have it and
    counted the download (the counter listens to `document_served`, sent in every method).

    From a bucket with signed links: a redirect, so app servers are not tied up streaming large
    files to slow phones. Otherwise through the app (a public bucket would expose documents of
    private collections by their address)."""
    signed = storage is not None and storage["OPTIONS"]["querystring_auth"]
    method = env("WAGTAILDOCS_SERVE_METHOD", default="redirect" if signed else "serve_view")
    if method not in ("redirect", "serve_view"):
        raise ImproperlyConfigured(
            f"WAGTAILDOCS_SERVE_METHOD={method!r}: use 'redirect' (signed bucket links) or "
            "'serve_view' (the app streams the file)."
        )
    if method == "redirect" and not signed:
        raise ImproperlyConfigured(
            "WAGTAILDOCS_SERVE_METHOD=redirect needs media on a bucket with signed links "
            "(AWS_STORAGE_BUCKET_NAME, AWS_QUERYSTRING_AUTH=true)."
        )
    return method


def media_origins(storage):
    """Where visitors' browsers fetch uploaded images from, for the Content-Security-Policy."""
    if storage is None:
        return []
    options = storage["OPTIONS"]
    if options["custom_domain"]:
        return [f"https://{options['custom_domain']}"]
    if options["endpoint_url"]:
        endpoint = urlsplit(options["endpoint_url"])
        # Path-style (endpoint/bucket/…) or virtual-hosted (bucket.endpoint/…) addresses.
        return [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://*.{endpoint.netloc}",
        ]
    return ["https://*.amazonaws.com"]


def static_cdn_origin(env):
    """STATIC_CDN_URL (e.g. https://cdn.ishr.ch): the CDN that pulls /static/ from the app
    servers. Files are fingerprinted, so the CDN keeps them for a year."""
    url = env("STATIC_CDN_URL", default="").rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
        raise ImproperlyConfigured(
            f"STATIC_CDN_URL={url!r} should be the CDN's origin only, e.g. https://cdn.ishr.ch"
        )
    return url


def frontend_cache(env):
    """Wagtail's purge of a CDN or caching proxy when pages are published (FRONTEND_CACHE)."""
    kind = env("FRONTEND_CACHE", default="").lower()
    if not kind:
        return {}
    if kind not in FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE={kind!r} is not supported: use one of "
            f"{', '.join(FRONTEND_CACHE_BACKENDS)}, or leave it empty."
        )
    backend = {"BACKEND": FRONTEND_CACHE_BACKENDS[kind]}
    if kind == "http":
        backend["LOCATION"] = _required(
            env,
            "FRONTEND_CACHE_LOCATION",
            "the caching proxy that accepts PURGE requests, e.g. http://127.0.0.1:6081",
        )
    elif kind == "cloudflare":
        backend["BEARER_TOKEN"] = _required(
            env, "CLOUDFLARE_API_TOKEN", "an API token allowed to purge the zone's cache"
        )
        backend["ZONEID"] = _required(env, "CLOUDFLARE_ZONE_ID", "the Cloudflare zone's id")
    else:
        backend["DISTRIBUTION_ID"] = _required(
            env, "CLOUDFRONT_DISTRIBUTION_ID", "the CloudFront distribution's id"
        )
    return {"default": backend}


def trusted_proxy_ranges(env):
    """TRUSTED_PROXY_RANGES: the CIDR ranges of the proxies in front of the app (e.g. the CDN's
    published ranges and the load balancer's network), each checked now so a typo stops the
    start instead of quietly trusting nothing, or everything."""
    ranges = env.list("TRUSTED_PROXY_RANGES", default=[])
    for cidr in ranges:
        try:
            ipaddress.ip_network(cidr, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXY_RANGES: {cidr!r} is not an address range; give CIDR ranges "
                "separated by commas, e.g. TRUSTED_PROXY_RANGES=10.0.0.0/8,2001:db8::/32"
            ) from None
    return ranges


TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_backends(env, default):
    """Where background work runs (`TASK_QUEUE`): `database`, a queue in the site's own
    database read by `make worker`, or `immediate`, inside the web process that asked for it.

    With the queue, a visitor's or an editor's request only stores a row with the object's id
    and returns; file reading and e-mail happen in the worker. Wagtail's own tasks (reference
    index, deleting replaced files, CDN purges) go through the same queue."""
    name = env("TASK_QUEUE", default=default)
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"TASK_QUEUE={name!r} is not supported: use 'database' (run `make worker` beside "
            "the app servers) or 'immediate' (background work runs inside web requests)."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}
