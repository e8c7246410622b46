"""Anonymous visitors may make the server render letters, reports and exports only so often
per address; logged-in users are not limited (issue 12, item 9)."""

from __future__ import annotations

import ipaddress

import pytest
from django.test import override_settings

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.web.ratelimit import seconds_to_wait

BEHIND_PROXY = {
    "CLIENT_ADDRESS_HEADER": "HTTP_X_FORWARDED_FOR",
    "TRUSTED_PROXIES": [ipaddress.ip_network("127.0.0.1")],
}


def expensive(agreement) -> list[str]:
    return [
        "/afspraken/export.csv",
        "/afspraken/export.xlsx",
        f"/arrangementen/{agreement.arrangement_id}/voortgang?formaat=xlsx",
    ]


@override_settings(ANONYMOUS_RENDER_LIMIT=(3, 60))
def test_anonymous_renders_are_limited_per_address_with_retry_after(client, agreement) -> None:
    for url in expensive(agreement):
        assert client.get(url).status_code == 200, url
    refused = client.get("/afspraken/export.csv")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    html = refused.content.decode()
    assert "Te veel verzoeken" in html and "Probeer het over" in html
    # the other expensive addresses share the count; ordinary pages do not count at all
    assert client.get(expensive(agreement)[2]).status_code == 429
    assert client.get("/afspraken").status_code == 200


@override_settings(ANONYMOUS_RENDER_LIMIT=(1, 60))
def test_logged_in_users_are_not_limited(client, agreement, make_user) -> None:
    client.force_login(make_user("lezer", role=Role.READER))
    for _ in range(3):
        assert client.get("/afspraken/export.csv").status_code == 200


@override_settings(ANONYMOUS_RENDER_LIMIT=(1, 60), **BEHIND_PROXY)
def test_each_address_behind_the_proxy_has_its_own_count(client, agreement) -> None:
    first = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}
    second = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "192.0.2.2"}
    assert client.get("/afspraken/export.csv", **first).status_code == 200
    assert client.get("/afspraken/export.csv", **first).status_code == 429
    assert client.get("/afspraken/export.csv", **second).status_code == 200


@override_settings(ANONYMOUS_RENDER_LIMIT=None)
def test_the_limit_can_be_switched_off(client, agreement) -> None:
    for _ in range(12):
        assert client.get("/afspraken/export.csv").status_code == 200


@pytest.mark.django_db(databases=[])
def test_the_window_ends_and_counting_starts_again() -> None:
    assert seconds_to_wait("k", 2, 60, now=120.0) == 0
    assert seconds_to_wait("k", 2, 60, now=130.0) == 0
    assert seconds_to_wait("k", 2, 60, now=170.5) == 10  # 180 - 170.5, rounded up
    assert seconds_to_wait("k", 2, 60, now=180.0) == 0  # a new window
