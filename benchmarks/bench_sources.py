"""Benchmark the source sync: records per second from the local stand-in, and memory over time.

Usage: python benchmarks/bench_sources.py [--motions 5000] [--commitments 5000]
       [--page-size 250] [--database-url postgresql://postgres@127.0.0.1:5432/rm_src_bench]

The stand-in server (``core.sources.testing``) runs in a child process, so its work and its
memory are not counted; requests are not paced (``requests_per_second`` 0), since the point
is the cost of reading and storing. Three runs: the first sync (everything new), the next
(nothing new: it continues where the first stopped), and a re-read of everything with
``--since`` (all unchanged). The resident memory of this process is sampled every
~1,000 records: flat means it does not grow with the number of records. Prints figures; not
a test. A PostgreSQL database named in --database-url is dropped and created afresh.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from pathlib import Path


def serve(motions: int, commitments: int, page_size: int, ready: multiprocessing.Queue) -> None:
    """(Child process.) Generate the records and serve them until terminated."""
    from ruimtemonitor.core.sources.testing import FixtureServer, commitment, motion

    server = FixtureServer(page_size=page_size)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for i in range(motions):
        moment = (start + dt.timedelta(minutes=i)).isoformat()
        decision = "Aangenomen." if i % 3 == 0 else ""
        server.data.motions.append(
            motion(
                f"m-{i:06d}",
                dossier=36600,
                suffix="A",
                number=i + 1,
                modified=moment,
                decision=decision,
                title=f"Motie {i} over woningbouw en bereikbaarheid",
            )
        )
    for i in range(commitments):
        moment = (start + dt.timedelta(minutes=i)).isoformat()
        server.data.commitments.append(
            commitment(
                f"t-{i:06d}",
                text=f"De minister informeert de Kamer over project {i}.",
                modified=moment,
                status="Voldaan" if i % 4 == 0 else "Openstaand",
            )
        )
    with server:
        ready.put(server.url)
        while True:
            time.sleep(3600)


def rss_mb() -> float:
    with Path("/proc/self/statm").open() as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def prepare_database(url: str | None, folder: str) -> None:
    os.environ["RUIMTEMONITOR_DATA_DIR"] = folder
    os.environ["DEBUG"] = "false"  # DEBUG keeps every query in memory
    os.environ["ALLOWED_HOSTS"] = "localhost"
    os.environ["DJANGO_SETTINGS_MODULE"] = "ruimtemonitor.config.settings"
    if url and url.startswith("postgres"):
        import psycopg

        base, name = url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = url
    else:
        os.environ.pop("DATABASE_URL", None)  # SQLite in the temporary data directory


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--motions", type=int, default=5000)
    parser.add_argument("--commitments", type=int, default=5000)
    parser.add_argument("--page-size", type=int, default=250)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    ready: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(
        target=serve, args=(args.motions, args.commitments, args.page_size, ready), daemon=True
    )
    child.start()
    url = ready.get(timeout=120)
    folder = tempfile.mkdtemp(prefix="bench-sources-")
    prepare_database(args.database_url, folder)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from ruimtemonitor.sources.models import SourceRecord
    from ruimtemonitor.sources.services import sync_source

    call_command("migrate", verbosity=0)
    settings.SOURCES = {
        **settings.SOURCES,
        "dossiers": ["36600"],
        "requests_per_second": 0,
        "tweedekamer": {
            "base_url": url + "/OData/v4/2.0/",
            "document_kinds": ["Brief regering"],
            "ministries": [],
        },
    }
    total = args.motions + args.commitments
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        f"database: {connection.vendor}; {args.motions:,} motions + {args.commitments:,} "
        f"commitments, pages of {args.page_size}"
    )

    def run(label: str, **options: object) -> None:
        samples: list[tuple[int, float, float]] = []
        began = time.perf_counter()
        next_sample = 0

        def progress(stream: str, sync_run: object, _total: int | None) -> None:
            nonlocal next_sample
            if sync_run.fetched >= next_sample:
                samples.append((sync_run.fetched, time.perf_counter() - began, rss_mb()))
                next_sample = sync_run.fetched + 1000

        before = rss_mb()
        report = sync_source("tweedekamer", progress=progress, **options)
        seconds = time.perf_counter() - began
        sync_run = report.run
        assert report.ok, sync_run.error
        rate = sync_run.fetched / seconds if seconds else 0.0
        print(
            f"\n{label}: {sync_run.fetched:,} records read in {seconds:.1f} s = "
            f"{rate:,.0f} records/s; {sync_run.created:,} new, {sync_run.changed:,} changed, "
            f"{sync_run.unchanged:,} unchanged; {sync_run.requests} requests"
        )
        if len(samples) > 1:
            print("  records   seconds   resident MB")
            for fetched, at, mb in samples:
                print(f"  {fetched:>7,}   {at:>7.1f}   {mb:>8.1f}")
            first_mb = samples[1][2]
            print(
                f"  memory: {before:.1f} MB before, {first_mb:.1f} MB after ~1,000 records, "
                f"{samples[-1][2]:.1f} MB at the end (growth after the first 1,000: "
                f"{samples[-1][2] - first_mb:+.1f} MB)"
            )

    run("first sync (all new)")
    assert SourceRecord.objects.count() == total, SourceRecord.objects.count()
    run("second sync (continues where the first stopped)")
    run("re-read of everything (--since, all unchanged)", since=dt.date(2024, 12, 31))
    child.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
