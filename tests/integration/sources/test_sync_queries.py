"""The sync's database work per page stays the same however many pages and records there are."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ruimtemonitor.core.sources.testing import motion
from ruimtemonitor.sources.services import sync_source

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def add(server, first: int, count: int) -> None:
    for i in range(first, first + count):
        server.data.motions.append(
            motion(
                f"m-{i:05d}",
                dossier=36600,
                suffix="A",
                number=i,
                modified=f"2025-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
            )
        )


def sync(**options: object) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert sync_source("tweedekamer", **options).ok
    return [query["sql"] for query in captured]


def test_queries_per_page_do_not_grow(server) -> None:
    add(server, 0, 30)  # ten pages of three
    ten_pages = len(sync())
    add(server, 30, 60)  # twenty pages more, which the next run reads
    twenty_pages = len(sync())
    per_page = (twenty_pages - ten_pages) / 10
    # A page of new records: the look-up, the records and their history rows in bulk, the
    # position, and the savepoint around it.
    assert per_page <= 7, (ten_pages, twenty_pages)

    everything = sync(since=dt.date(2024, 12, 31))  # 30 pages, all unchanged
    writes = [sql for sql in everything if sql.lstrip().upper().startswith(WRITES)]
    assert all("sources_syncrun" in sql for sql in writes)  # only the run's own row
    # Per page: the look-up and the transaction around it; plus a fixed few per run.
    assert len(everything) <= 30 * 3 + 15, len(everything)
