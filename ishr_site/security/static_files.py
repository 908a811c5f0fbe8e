"""Headers of static files when a CDN serves them from another host (STATIC_CDN_URL)."""


def allow_other_origins(headers, path, url):
    # Pages on www.… load these from cdn.…: the site-wide Cross-Origin-Resource-Policy of
    # same-origin would make browsers refuse them. They hold nothing private.
    headers["Cross-Origin-Resource-Policy"] = "cross-origin"
