"""Which query strings the page cache keeps: only those a page understands, as it understood
them.

Every distinct query string would otherwise be a new entry (about 18 KB), and anyone could
fill the shared cache with `?x=1`, `?x=2`, … A page says which parameters it read and the
values it made of them (`uses_query_parameters`); a response is stored only when the request
carried exactly those, with those values (in any order). Anything else — a parameter no page
reads, an unknown filter value, `?page=01` — is answered as usual but not stored, so the cache
holds at most one entry per real variant of a page: each filter value the page knows, each
page of results, each (rate-limited) search.
"""

from urllib.parse import urlencode

_DECLARED = "_page_cache_variant"


def request_variant(request):
    """The request's query parameters as sorted (name, value) pairs: the order a link gives
    them in does not make another entry."""
    return tuple(sorted((name, value) for name, values in request.GET.lists() for value in values))


def variant_query_string(request):
    return urlencode(request_variant(request))


def uses_query_parameters(request, **parameters):
    """Say that the response depends on these parameters, with these (cleaned) values: a value
    or a list of values. Parameters the request did not carry are left out."""
    declared = getattr(request, _DECLARED, None)
    if declared is None:
        declared = {}
        setattr(request, _DECLARED, declared)
    for name, value in parameters.items():
        if name not in request.GET:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        declared[name] = [str(item) for item in values]


def is_a_known_variant(request, ignoring=()):
    """Whether the response to this request may be stored: no query string, or exactly the
    parameters and values the page said it used (leaving out the names in `ignoring`)."""
    if not request.GET:
        return True
    declared = getattr(request, _DECLARED, None)
    if declared is None:
        return False
    used = tuple(
        sorted(
            (name, value)
            for name, values in declared.items()
            if name not in ignoring
            for value in values
        )
    )
    given = tuple(pair for pair in request_variant(request) if pair[0] not in ignoring)
    return used == given
