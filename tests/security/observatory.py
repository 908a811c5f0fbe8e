"""The MDN HTTP Observatory's scoring rules, applied to one response.

Covers the header tests the Observatory runs (CSP, cookies, CORS, referrer, HSTS, SRI,
X-Content-Type-Options, X-Frame-Options, CORP) with its modifiers; the redirection test needs a
plain-HTTP request and is given as a parameter. Scores start at 100; bonuses count only when
the score without them is 90 or more; 100 and above is A+.
"""

import re

UNSAFE_SCRIPT_SOURCES = {"'unsafe-inline'", "data:", "http:", "https:", "*"}


def parse_csp(header):
    policy = {}
    for directive in header.split(";"):
        parts = directive.split()
        if parts:
            policy.setdefault(parts[0].lower(), parts[1:])
    return policy


def csp_modifier(header):
    if not header:
        return "csp-not-implemented", -25
    policy = parse_csp(header)
    default = policy.get("default-src")
    scripts = policy.get("script-src", default)
    objects = policy.get("object-src", default)
    styles = policy.get("style-src", default)
    if scripts is None or objects is None:
        return "csp-implemented-with-unsafe-inline", -20
    if UNSAFE_SCRIPT_SOURCES & set(scripts) or {"*", "http:", "https:"} & set(objects):
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    if any(source.startswith("http:") for sources in policy.values() for source in sources):
        return "csp-implemented-with-insecure-scheme", -20
    if styles and UNSAFE_SCRIPT_SOURCES & set(styles):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_modifier(set_cookie_headers):
    if not set_cookie_headers:
        return "cookies-not-found", 0
    lowered = [header.lower() for header in set_cookie_headers]
    if not all("; secure" in header for header in lowered):
        return "cookies-without-secure-flag", -20
    if all("samesite=lax" in header or "samesite=strict" in header for header in lowered):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def referrer_modifier(header):
    private = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    values = {value.strip().lower() for value in (header or "").split(",") if value.strip()}
    if not values:
        return "referrer-policy-not-implemented", 0
    if values & {"origin", "origin-when-cross-origin", "unsafe-url"}:
        return "referrer-policy-unsafe", -5
    if values <= private | {"no-referrer-when-downgrade"} and values & private:
        return "referrer-policy-private", 5
    return "referrer-policy-no-referrer-when-downgrade", 0


def hsts_modifier(header, preloaded=False):
    match = re.search(r"max-age=(\d+)", header or "")
    if not match:
        return "hsts-not-implemented", -20
    if preloaded:
        return "hsts-preloaded", 5
    if int(match.group(1)) >= 15768000:
        return "hsts-implemented-max-age-at-least-six-months", 0
    return "hsts-implemented-max-age-less-than-six-months", -10


def sri_modifier(html):
    scripts = re.findall(r"<script\b[^>]*\bsrc=[\"']?([^\"' >]+)", html, re.IGNORECASE)
    if not scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    if all(source.startswith("/") and not source.startswith("//") for source in scripts):
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    return "sri-not-implemented-but-external-scripts-loaded-securely", -5


def xfo_modifier(headers, policy):
    if "frame-ancestors" in policy:
        return "x-frame-options-implemented-via-csp", 5
    if headers.get("X-Frame-Options", "").upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def score(response, redirects_http_to_https=True):
    headers = response.headers
    csp = headers.get("Content-Security-Policy", "")
    set_cookies = [morsel.OutputString() for morsel in response.cookies.values()]
    cors = headers.get("Access-Control-Allow-Origin")
    results = [
        csp_modifier(csp),
        cookies_modifier(set_cookies),
        ("cross-origin-resource-sharing-implemented-with-universal-access", -50)
        if cors == "*"
        else ("cross-origin-resource-sharing-not-implemented", 0),
        ("redirection-to-https", 0) if redirects_http_to_https else ("redirection-missing", -20),
        referrer_modifier(headers.get("Referrer-Policy")),
        hsts_modifier(headers.get("Strict-Transport-Security")),
        sri_modifier(response.content.decode("utf-8", "replace")),
        ("x-content-type-options-nosniff", 0)
        if headers.get("X-Content-Type-Options", "").lower() == "nosniff"
        else ("x-content-type-options-not-implemented", -5),
        xfo_modifier(headers, parse_csp(csp)),
        ("corp-implemented-with-same-origin", 0)
        if headers.get("Cross-Origin-Resource-Policy")
        else ("corp-not-implemented", 0),
    ]
    penalties = 100 + sum(value for _name, value in results if value < 0)
    bonuses = sum(value for _name, value in results if value > 0)
    total = max(0, penalties + (bonuses if penalties >= 90 else 0))
    return total, results


def grade(total):
    bands = [
        (100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
        (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"),
    ]  # fmt: skip
    return next((letter for floor, letter in bands if total >= floor), "F")
