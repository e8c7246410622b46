"""A local stand-in for both services, and the settings that point the connectors at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ruimtemonitor.core.sources.testing import FixtureServer


@pytest.fixture
def server(settings) -> Iterator[FixtureServer]:
    """Small pages (so paging is exercised), no pauses between requests, short retries."""
    with FixtureServer(page_size=3) as fixture:
        settings.SOURCES = {
            **settings.SOURCES,
            "dossiers": ["36600"],
            "timeout_s": 1.0,
            "retries": 2,
            "backoff_s": 0.01,
            "requests_per_second": 0,
            "user_agent": "Ruimtemonitor-test/1.0",
            "tweedekamer": {
                "base_url": fixture.odata_url,
                "document_kinds": ["Brief regering"],
                "ministries": [],
                "filter": "",
            },
            "bekendmakingen": {"base_url": fixture.sru_url, "cql": ""},
        }
        yield fixture
