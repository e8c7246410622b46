"""The polite client: retries with back-off, time-outs, pace, User-Agent, one error type."""

from __future__ import annotations

import httpx
import pytest

from ruimtemonitor.core.sources.http import ClientSettings, PoliteClient, SourceError


def client(handler, **options) -> tuple[PoliteClient, list[float]]:
    pauses: list[float] = []
    settings = ClientSettings(base_url="https://example.test/api/", **options)
    return PoliteClient(
        settings, sleep=pauses.append, transport=httpx.MockTransport(handler)
    ), pauses


def test_5xx_is_retried_with_growing_pauses() -> None:
    answers = iter([503, 502, 200])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(next(answers), json={"value": []})

    polite, pauses = client(handler, backoff_s=0.5, requests_per_second=0)
    assert polite.get("Zaak").status_code == 200
    assert len(seen) == 3 and pauses == [0.5, 1.0]
    assert seen[0].headers["User-Agent"].startswith("Ruimtemonitor/")


def test_retries_run_out_with_the_address_and_the_count() -> None:
    polite, _pauses = client(lambda r: httpx.Response(503), retries=2, requests_per_second=0)
    with pytest.raises(SourceError) as error:
        polite.get("Zaak", params={"$top": "1"})
    assert error.value.url == "https://example.test/api/Zaak?%24top=1"
    assert error.value.problem == "the service answered 503 after 3 attempts"


def test_a_4xx_is_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(404)

    polite, _pauses = client(handler, requests_per_second=0)
    with pytest.raises(SourceError, match="answered 404"):
        polite.get("Onbekend")
    assert len(calls) == 1


def test_a_time_out_is_retried() -> None:
    attempts = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, text="ok")

    polite, pauses = client(handler, requests_per_second=0, backoff_s=2)
    assert polite.get("Zaak").text == "ok"
    assert pauses == [2]


def test_requests_are_paced() -> None:
    polite, pauses = client(lambda r: httpx.Response(200), requests_per_second=4)
    for _ in range(3):
        polite.get("Zaak")
    assert len(pauses) == 2 and all(0.2 < pause <= 0.25 for pause in pauses)


def test_links_away_from_the_service_are_refused() -> None:
    polite, _pauses = client(lambda r: httpx.Response(200), requests_per_second=0)
    assert polite.url("Zaak?$skip=250") == "https://example.test/api/Zaak?$skip=250"
    with pytest.raises(SourceError, match="refusing to follow"):
        polite.get("https://elsewhere.test/steal")


def test_a_response_over_the_size_limit_is_refused() -> None:
    polite, _pauses = client(
        lambda r: httpx.Response(200, content=b"x" * 100), requests_per_second=0, max_bytes=10
    )
    with pytest.raises(SourceError, match="larger than the limit"):
        polite.get("Document(1)/resource")


def test_a_retry_after_is_honoured_up_to_a_limit() -> None:
    answers = iter(
        [
            httpx.Response(503, headers={"Retry-After": "7"}),
            httpx.Response(503, headers={"Retry-After": "9999"}),
            httpx.Response(200),
        ]
    )
    polite, pauses = client(lambda r: next(answers), requests_per_second=0, backoff_s=1)
    assert polite.get("Zaak").status_code == 200
    assert pauses == [7.0, 120.0]
