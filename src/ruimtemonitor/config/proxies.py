"""The client's address behind a reverse proxy, for login lockouts and rate limits.

A proxy's header is believed only when the request comes from a configured trusted proxy,
and an ``X-Forwarded-For`` list is read from the right: the first address that is not a
trusted proxy is the client. Anything to its left was written by the client and may be
forged.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

__all__ = ["client_address"]


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _is_trusted_proxy(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address in network for network in settings.TRUSTED_PROXIES)


def client_address(request: HttpRequest) -> str:
    """The address the request came from, seen through the trusted proxies."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = settings.CLIENT_ADDRESS_HEADER
    peer = _address(remote)
    if not header or peer is None or not _is_trusted_proxy(peer):
        return remote
    hops = [hop for hop in request.META.get(header, "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:  # a trusted proxy passed on something that is no address
            return remote
        if not _is_trusted_proxy(address):
            return str(address)
    # only proxies in the chain: the left-most is as close to the client as we can tell
    first = _address(hops[0]) if hops else None
    return str(first) if first else remote
