"""Which address a request comes from, seen through trusted proxies."""

import ipaddress

import pytest
from django.test import RequestFactory, override_settings

from ruimtemonitor.config.proxies import client_address

BEHIND_PROXY = {
    "CLIENT_ADDRESS_HEADER": "HTTP_X_FORWARDED_FOR",
    "TRUSTED_PROXIES": [ipaddress.ip_network("127.0.0.1"), ipaddress.ip_network("10.0.0.0/8")],
}


def request(remote: str, forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


@override_settings(CLIENT_ADDRESS_HEADER="", TRUSTED_PROXIES=[])
def test_without_a_configured_header_the_peer_is_the_client() -> None:
    assert client_address(request("127.0.0.1", "192.0.2.1")) == "127.0.0.1"


@override_settings(**BEHIND_PROXY)
@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("127.0.0.1", "192.0.2.1", "192.0.2.1"),
        # what the client wrote itself stands left of what the proxy appended
        ("127.0.0.1", "203.0.113.9, 192.0.2.1", "192.0.2.1"),
        # two proxies in a row: skip both
        ("127.0.0.1", "192.0.2.1, 10.1.2.3", "192.0.2.1"),
        ("::ffff:127.0.0.1", "192.0.2.1", "192.0.2.1"),
        ("127.0.0.1", "2001:db8::1", "2001:db8::1"),
        # a peer that is no trusted proxy: its header is not believed
        ("198.51.100.4", "192.0.2.1", "198.51.100.4"),
        # nonsense from a proxy, or no header: the proxy itself
        ("127.0.0.1", "unknown", "127.0.0.1"),
        ("127.0.0.1", None, "127.0.0.1"),
        # only proxies: the left-most
        ("127.0.0.1", "10.0.0.5, 10.0.0.6", "10.0.0.5"),
    ],
)
def test_the_first_untrusted_address_from_the_right_is_the_client(
    remote: str, forwarded: str | None, expected: str
) -> None:
    assert client_address(request(remote, forwarded)) == expected
