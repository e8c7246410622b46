"""Ingest throughput into PostgreSQL: in-process, then queued with 1 and 2 Celery workers.

Generates N distinct documents from the shipped samples (each gets its own
kenmerk line, so every file has its own content hash), ingests them into a fresh
throwaway database per run, and prints documents per second and peak memory.

    .venv/bin/python benchmarks/bench_ingest.py [--documents 1000] [--workers 1 2]

Needs PostgreSQL (default postgresql://postgres@127.0.0.1:5432) and, for the worker
runs, Redis (default redis://127.0.0.1:6379/14). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from ruimtemonitor.core.extraction.service import sample_names, sample_path

PROVINCES = (
    "Groningen",
    "Fryslân",
    "Drenthe",
    "Overijssel",
    "Flevoland",
    "Gelderland",
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Zeeland",
    "Noord-Brabant",
    "Limburg",
)


def generate(folder: Path, count: int) -> int:
    """Distinct letters: each sample moved to another province and year (2000, 2001, …), so
    arrangements form generations per province, as a national corpus of many years would."""
    texts = [sample_path(name).read_text(encoding="utf-8") for name in sample_names()]
    total = 0
    for i in range(count):
        province = PROVINCES[(i // len(texts)) % len(PROVINCES)]
        year = 2000 + i // (len(texts) * len(PROVINCES))
        body = texts[i % len(texts)].replace("Zeeland", province).replace("2025", str(year))
        text = body.replace("\n", f"\nKenmerk BENCH-{i:06d}\n", 1)
        path = folder / f"doc-{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def peak_rss_mb(pids: list[int]) -> float:
    """Sum of the peak resident memory (VmHWM) of the given processes and their children."""
    family = set(pids)
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) in family:
            family.add(int(status.parent.name))
    total_kb = 0
    for pid in family:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmHWM:\s+(\d+) kB", text)
        total_kb += int(match.group(1)) if match else 0
    return total_kb / 1024


class Database:
    def __init__(self, server_url: str) -> None:
        self.server_url = server_url.rstrip("/")
        self.name = f"rm_bench_{uuid.uuid4().hex[:10]}"

    def __enter__(self) -> str:
        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        return f"{self.server_url}/{self.name}"

    def __exit__(self, *exc: object) -> None:
        with psycopg.connect(f"{self.server_url}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def cli(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruimtemonitor.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        **kwargs,
    )


def count_finished(database_url: str) -> int:
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM ingestion_job WHERE status IN ('succeeded','skipped','failed')"
        ).fetchone()
    return int(row[0])


def mean_job_ms(database_url: str) -> float:
    """Mean time a job spends from start to finish on its worker (extraction + storing)."""
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            "SELECT avg(extract(epoch FROM finished_at - started_at)) FROM ingestion_job"
        ).fetchone()
    return float(row[0] or 0) * 1000


def count_failed(database_url: str) -> int:
    with psycopg.connect(database_url) as conn:
        errors = conn.execute("SELECT error FROM ingestion_job WHERE status='failed'").fetchall()
    for (error,) in errors[:3]:
        print(f"  failed: {error[:300]}", file=sys.stderr)
    return len(errors)


def run(
    docs: Path, n: int, server: str, broker: str | None, workers: int
) -> tuple[float, float, float, int]:
    with Database(server) as database_url, tempfile.TemporaryDirectory() as data_dir:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RUIMTEMONITOR_")}
        env |= {
            "DATABASE_URL": database_url,
            "RUIMTEMONITOR_DATA_DIR": data_dir,
            "LOG_LEVEL": "WARNING",
            "DEBUG": "false",  # as in production: Django keeps no log of every query
        }
        cli(env, "init")
        if broker is None:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "ruimtemonitor.cli", "ingest", "--in-process", str(docs)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            peak = 0.0
            while proc.poll() is None:
                peak = max(peak, peak_rss_mb([proc.pid]))
                time.sleep(0.2)
            elapsed = time.perf_counter() - start
            return elapsed, peak, mean_job_ms(database_url), count_failed(database_url)
        env |= {
            "RUIMTEMONITOR_BROKER_URL": broker,
            "RUIMTEMONITOR_QUEUE": f"bench-{uuid.uuid4().hex}",
        }
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "ruimtemonitor.cli",
                    "worker",
                    "--concurrency",
                    "1",
                    "--loglevel",
                    "WARNING",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]
        try:
            time.sleep(3)  # let the workers connect before the clock starts
            start = time.perf_counter()
            cli(env, "ingest", "--queue", "--no-wait", str(docs))
            peak = 0.0
            while count_finished(database_url) < n:
                peak = max(peak, peak_rss_mb([p.pid for p in procs]))
                time.sleep(0.25)
            elapsed = time.perf_counter() - start
            return elapsed, peak, mean_job_ms(database_url), count_failed(database_url)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/14")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        size = generate(docs, args.documents)
        print(
            f"{args.documents} documents, {size / 1e6:.1f} MB, "
            f"generated from {len(sample_names())} samples"
        )
        print(f"machine: {os.cpu_count()} CPUs; database: PostgreSQL; broker: {args.broker}")
        header = ("mode", "seconds", "docs/s", "vs in-process", "ms/job", "peak MB", "failed")
        print(f"{header[0]:<24}" + "".join(f"{h:>14}" for h in header[1:]))
        base_rate = 0.0
        for workers in [0, *args.workers]:
            broker = args.broker if workers else None
            elapsed, peak, job_ms, failed = run(
                docs, args.documents, args.postgres, broker, workers
            )
            rate = args.documents / elapsed
            base_rate = base_rate or rate
            label = f"queue, {workers} worker(s)" if workers else "in-process (baseline)"
            figures = (
                f"{elapsed:.1f}",
                f"{rate:.1f}",
                f"{rate / base_rate:.2f}x",
                f"{job_ms:.0f}",
                f"{peak:.0f}",
                str(failed),
            )
            print(f"{label:<24}" + "".join(f"{f:>14}" for f in figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
