"""The visitor's network address, used only as a rate-limit and lockout key in the cache.

X-Forwarded-For is a list anyone can start: each proxy appends the address it received the
request from. Only the entries written by proxies we run (or pay for) can be believed, so the
trusted proxies are named in the environment, by number (TRUSTED_PROXY_COUNT) or by address
range (TRUSTED_PROXY_RANGES). With neither, the header is ignored and the address is the one
the connection came from (REMOTE_ADDR).
"""

import ipaddress

from django.conf import settings

# What is returned when the connection has no usable address at all (a Unix socket): one
# shared key, which fails safe for rate limits, and is a valid address for django-ratelimit.
NO_ADDRESS = "0.0.0.0"


def parse_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def trusted_networks():
    return [ipaddress.ip_network(cidr, strict=False) for cidr in settings.TRUSTED_PROXY_RANGES]


def client_address(request):
    """The address of whoever reached the outermost trusted proxy, as a string."""
    remote = parse_address(request.META.get("REMOTE_ADDR") or "")
    if remote is None:
        return NO_ADDRESS
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop for hop in forwarded.split(",") if hop.strip()]
    if settings.TRUSTED_PROXY_RANGES:
        return str(address_past_trusted_ranges(remote, hops, trusted_networks()))
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0 and len(hops) >= count:
        # Each of the `count` proxies appended one entry: the outermost one's is the visitor.
        # Fewer entries than proxies means the request went round a proxy: trust none.
        return str(parse_address(hops[-count]) or remote)
    return str(remote)


def address_past_trusted_ranges(remote, hops, networks):
    """Walk from the connection back through X-Forwarded-For while each address is one of our
    proxies; the first that is not is the visitor. An entry that is not an address was not
    written by a proxy of ours, so the proxy that passed it on is as far as we can see."""
    address = remote
    for hop in reversed(hops):
        if not any(address in network for network in networks):
            return address
        previous = parse_address(hop)
        if previous is None:
            return address
        address = previous
    return address
