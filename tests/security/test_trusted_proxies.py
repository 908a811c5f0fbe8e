"""The visitor's address comes only from proxies named as trusted, and lockouts cannot be aimed.

Without a trusted proxy X-Forwarded-For is ignored (anyone can write it); with a count or
address ranges of proxies, the address is the one the outermost trusted proxy saw. Lockouts go
by account, so five bad sign-ins through a shared edge address lock that account only.
"""

from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings

import pytest
from django_ratelimit.core import _get_ip as ratelimit_address

from ishr_site.security.client_address import client_address
from tests.security.production import production_settings

PASSWORD = "correct horse battery staple"
EDGE = "198.51.100.20"  # a CDN edge: every visitor behind it shares this address
PROXY = "10.0.0.5"


def request_from(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/en/", REMOTE_ADDR=remote, **headers)


@override_settings(TRUSTED_PROXY_COUNT=0, TRUSTED_PROXY_RANGES=[])
def test_without_a_trusted_proxy_x_forwarded_for_is_ignored():
    spoofed = request_from("203.0.113.7", "192.0.2.99, 192.0.2.100")
    assert client_address(spoofed) == "203.0.113.7"
    assert ratelimit_address(spoofed) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXY_RANGES=[])
def test_with_one_trusted_proxy_the_hop_it_appended_is_the_address():
    request = request_from(PROXY, "192.0.2.99, 203.0.113.7")
    assert client_address(request) == "203.0.113.7"  # the client's own claim is skipped
    assert ratelimit_address(request) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=2, TRUSTED_PROXY_RANGES=[])
def test_with_two_trusted_proxies_the_outer_ones_hop_is_the_address():
    assert client_address(request_from(PROXY, "192.0.2.99, 203.0.113.7, 10.0.0.9")) == (
        "203.0.113.7"
    )
    # Fewer hops than proxies: the request skipped a proxy, nothing in the header is trusted.
    assert client_address(request_from("203.0.113.8", "192.0.2.99")) == "203.0.113.8"


@override_settings(TRUSTED_PROXY_COUNT=0, TRUSTED_PROXY_RANGES=["10.0.0.0/8", "2001:db8::/32"])
def test_trusted_ranges_are_skipped_from_the_right():
    request = request_from(PROXY, "192.0.2.99, 203.0.113.7, 2001:db8::1, 10.1.1.1")
    assert client_address(request) == "203.0.113.7"
    # A request that does not come from a trusted proxy: its header counts for nothing.
    assert client_address(request_from("203.0.113.8", "192.0.2.99")) == "203.0.113.8"


@pytest.mark.parametrize(
    "forwarded", ["not-an-address", "", " , ", "999.1.1.1", "x" * 5000, "203.0.113.7\x00"]
)
@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXY_RANGES=["10.0.0.0/8"])
def test_a_malformed_header_gives_a_usable_address(forwarded):
    address = client_address(request_from(PROXY, forwarded))
    assert address == PROXY
    assert ratelimit_address(request_from(PROXY, forwarded)) == PROXY


def test_production_reads_the_trusted_proxies_from_the_environment():
    values = production_settings(TRUSTED_PROXY_COUNT="2", TRUSTED_PROXY_RANGES="10.0.0.0/8")
    assert values["TRUSTED_PROXY_COUNT"] == 2
    assert values["TRUSTED_PROXY_RANGES"] == ["10.0.0.0/8"]
    direct = production_settings(TRUST_X_FORWARDED_PROTO="false")
    assert direct["TRUSTED_PROXY_COUNT"] == 0 and direct["TRUSTED_PROXY_RANGES"] == []


def test_a_bad_proxy_range_stops_the_start_with_a_clear_message():
    from tests.security.production import run_manage

    result = run_manage("check", TRUSTED_PROXY_RANGES="10.0.0.0/33")
    assert result.returncode != 0
    assert "TRUSTED_PROXY_RANGES" in result.stderr


@pytest.fixture
def two_staff(db):
    model = get_user_model()
    return (
        model.objects.create_superuser("attacked", "attacked@example.org", PASSWORD),
        model.objects.create_superuser("colleague", "colleague@example.org", PASSWORD),
    )


def sign_in_through_the_edge(client, username, password):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=EDGE,
    )


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXY_RANGES=[])
def test_bad_sign_ins_through_a_shared_edge_lock_only_the_account_tried(two_staff, client):
    for attempt in range(5):
        sign_in_through_the_edge(client, "attacked", f"guess-{attempt}")
    # The colleague behind the same edge still signs in.
    colleague = sign_in_through_the_edge(client, "colleague", PASSWORD)
    assert colleague.status_code == 302 and colleague.headers["Location"] == "/admin/"
    client.post("/admin/logout/")
    # The account tried is locked, even with the right password and from anywhere else.
    assert sign_in_through_the_edge(client, "attacked", PASSWORD).status_code == 429
    elsewhere = client.post(
        "/admin/login/",
        {"username": "attacked", "password": PASSWORD},
        REMOTE_ADDR="192.0.2.50",
    )
    assert elsewhere.status_code == 429
