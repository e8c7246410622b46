"""Ingest throughput into PostgreSQL: in-process, then queued with 1 and 2 Celery workers.

Generates N distinct documents from the shipped samples (each gets its own
kenmerk line, so every file has its own content hash), ingests them into a fresh
throwaway database per run, and prints documents per second and peak memory.

    .venv/bin/python benchmarks/bench_ingest.py [--documents 1000] [--workers 1 2]
    .venv/bin/python benchmarks/bench_ingest.py --workers 2 --no-in-process \\
        --compare /tmp/baseline/src --rounds 3 --statements 100

``--compare SRC`` runs every mode also with the code in another checkout's ``src``
folder (e.g. a ``git worktree`` of the previous commit), alternating the two in the same
time window, and prints the ratio of the medians: on a shared machine the absolute
figures move with the load, the ratio much less. ``--statements N`` measures, in one
process, what a job costs on average over N documents: SQL statements, time waiting for
the database and the rest (Python, extraction included); those hardly depend on load.

Needs PostgreSQL (default postgresql://postgres@127.0.0.1:5432) and, for the worker
runs, Redis (default redis://127.0.0.1:6379/14). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import statistics
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
WARM_UP = 5  # jobs run before counting: the first ones fill caches a worker keeps


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


def count_finished(conn: psycopg.Connection) -> int:
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


def first_start(database_url: str) -> float:
    """When the first job started (seconds since the epoch): how long workers sat idle."""
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            "SELECT extract(epoch FROM min(started_at)) FROM ingestion_job"
        ).fetchone()
    return float(row[0] or 0)


def count_failed(database_url: str) -> int:
    with psycopg.connect(database_url) as conn:
        errors = conn.execute("SELECT error FROM ingestion_job WHERE status='failed'").fetchall()
    for (error,) in errors[:3]:
        print(f"  failed: {error[:300]}", file=sys.stderr)
    return len(errors)


def base_env(
    database_url: str, data_dir: str, src: str | None, options: str = ""
) -> dict[str, str]:
    """The environment of every child process; ``src`` puts another checkout's code first,
    ``options`` are connection options (``server_side_binding=true``) for DATABASE_URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUIMTEMONITOR_")}
    env |= {
        "DATABASE_URL": f"{database_url}?{options}" if options else database_url,
        "RUIMTEMONITOR_DATA_DIR": data_dir,
        "LOG_LEVEL": "WARNING",
        "DEBUG": "false",  # as in production: Django keeps no log of every query
    }
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    return env


def run(
    docs: Path,
    n: int,
    server: str,
    broker: str | None,
    workers: int,
    src: str | None = None,
    options: str = "",
) -> dict[str, float]:
    with (
        Database(server) as database_url,
        tempfile.TemporaryDirectory() as data_dir,
        contextlib.ExitStack() as stack,  # the workers' stderr, read when one stops early
    ):
        env = base_env(database_url, data_dir, src, options)
        cli(env, "init")
        if broker is None:
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            began_at = time.time()
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
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = used.ru_utime + used.ru_stime - children.ru_utime - children.ru_stime
            return _figures(database_url, elapsed, peak, began_at) | {"cpu_ms": cpu / n * 1000}
        env |= {
            "RUIMTEMONITOR_BROKER_URL": broker,
            "RUIMTEMONITOR_QUEUE": f"bench-{uuid.uuid4().hex}",
        }
        logs = [stack.enter_context(tempfile.TemporaryFile()) for _ in range(workers)]
        procs = [
            subprocess.Popen(
                # one job at a time each (the default): the workers are the parallelism
                [sys.executable, "-m", "ruimtemonitor.cli", "worker", "--loglevel", "WARNING"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            for log in logs
        ]
        try:
            time.sleep(3)  # let the workers connect before the clock starts
            cpu_before = sum(process_cpu_s(p.pid) for p in procs)
            began_at = time.time()
            start = time.perf_counter()
            cli(env, "ingest", "--queue", "--no-wait", str(docs))
            peak = 0.0
            with psycopg.connect(database_url, autocommit=True) as conn:  # one, not one a poll
                while count_finished(conn) < n:
                    if any(proc.poll() is not None for proc in procs):
                        raise RuntimeError(f"a worker stopped early:\n{_tail(logs)}")
                    peak = max(peak, peak_rss_mb([p.pid for p in procs]))
                    time.sleep(0.25)
                elapsed = time.perf_counter() - start
                backends = [
                    pid
                    for (pid,) in conn.execute(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()"
                    ).fetchall()
                ]
                db_cpu = sum(process_cpu_s(pid) for pid in backends)
            cpu = sum(process_cpu_s(p.pid) for p in procs) - cpu_before
            return _figures(database_url, elapsed, peak, began_at) | {
                "cpu_ms": cpu / n * 1000,
                "db_cpu_ms": db_cpu / n * 1000,
            }
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(timeout=30)
            drop_queue(broker, env["RUIMTEMONITOR_QUEUE"])


def drop_queue(broker: str, queue: str) -> None:
    """Remove the run's queue and the bindings kombu keeps for it (each run has its own)."""
    import redis

    client = redis.Redis.from_url(broker)
    for key in client.scan_iter(f"*{queue}*"):
        client.delete(key)
    client.close()


def _tail(logs: list) -> str:
    """The last lines the workers wrote to stderr."""
    lines = []
    for log in logs:
        log.seek(0)
        lines += log.read().decode(errors="replace").splitlines()[-15:]
    return "\n".join(lines)


def _figures(database_url: str, elapsed: float, peak: float, began_at: float) -> dict[str, float]:
    return {
        "seconds": elapsed,
        "peak_mb": peak,
        "job_ms": mean_job_ms(database_url),
        "first_job_s": first_start(database_url) - began_at,
        "failed": count_failed(database_url),
    }


def process_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process on this machine has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_statements(n: int) -> None:
    """(In a child process with DATABASE_URL set.) Run N generated jobs here, after a few to
    warm up, and print per job: statements, wall time waiting for the database, the rest of
    the wall time, and CPU time of this process and of its PostgreSQL backend (which, unlike
    wall time, hardly changes when others load the machine), as one JSON line."""
    from ruimtemonitor.commands._django import setup_django

    setup_django()
    from django.db import connection

    from ruimtemonitor.ingestion.models import Job
    from ruimtemonitor.ingestion.services import run_job, submit_file

    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), n + WARM_UP)
        jobs = [submit_file(path) for path in sorted(Path(folder).iterdir())]
    for job in jobs[:WARM_UP]:
        run_job(job.pk)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    counted = {"statements": 0, "db_s": 0.0}

    def timed(execute, sql, params, many, context):
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            counted["db_s"] += time.perf_counter() - began
            counted["statements"] += 1

    with connection.execute_wrapper(timed):
        began, cpu, db_cpu = time.perf_counter(), time.process_time(), process_cpu_s(backend)
        for job in jobs[WARM_UP:]:
            run_job(job.pk)
        total = time.perf_counter() - began
        cpu, db_cpu = time.process_time() - cpu, process_cpu_s(backend) - db_cpu
    failed = Job.objects.filter(status="failed").count()
    print(
        json.dumps(
            {
                "statements": counted["statements"] / n,
                "db_ms": counted["db_s"] / n * 1000,
                "other_ms": (total - counted["db_s"]) / n * 1000,
                "cpu_ms": cpu / n * 1000,
                "db_cpu_ms": db_cpu / n * 1000,
                "failed": failed,
            }
        )
    )


def statements_run(n: int, server: str, src: str | None, options: str = "") -> dict[str, float]:
    with Database(server) as database_url, tempfile.TemporaryDirectory() as data_dir:
        env = base_env(database_url, data_dir, src, options)
        cli(env, "init")
        done = subprocess.run(
            [sys.executable, __file__, "--measure-statements", str(n)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-in-process", action="store_true", help="skip the in-process run")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/14")
    parser.add_argument(
        "--options", default="", help="connection options for DATABASE_URL, e.g. a=1&b=2"
    )
    parser.add_argument(
        "--compare",
        metavar="SRC",
        help="also run every mode with the code in this src folder, alternating with this one",
    )
    parser.add_argument("--rounds", type=int, default=1, help="runs per mode (and per code)")
    parser.add_argument(
        "--statements",
        type=int,
        default=0,
        metavar="N",
        help="also measure statements and time per job over N documents, in one process",
    )
    parser.add_argument("--measure-statements", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_statements:
        measure_statements(args.measure_statements)
        return 0
    codes: list[tuple[str, str | None]] = [("this", None)]
    if args.compare:
        codes.append(("compared", str(Path(args.compare).resolve())))
    print(f"machine: {os.cpu_count()} CPUs; database: PostgreSQL; broker: {args.broker}")
    if args.compare:
        print(f"compared with the code in {codes[1][1]}, alternating")
    if args.statements:
        columns = (
            ("statements", "statements"),
            ("db_ms", "db wait ms"),
            ("other_ms", "rest ms"),
            ("cpu_ms", "CPU ms"),
            ("db_cpu_ms", "PG CPU ms"),
        )
        print(f"\nper job, in one process, over {args.statements} documents:")
        print(f"{'code':<14}" + "".join(f"{title:>12}" for _, title in columns))
        costs: dict[str, list[dict[str, float]]] = {}
        for round_ in range(args.rounds):
            for label, src in codes if round_ % 2 == 0 else codes[::-1]:
                found = statements_run(args.statements, args.postgres, src, args.options)
                costs.setdefault(label, []).append(found)
                print(
                    f"{label:<14}"
                    + "".join(f"{found[key]:>12.1f}" for key, _ in columns)
                    + (f"  ({found['failed']} failed)" if found["failed"] else "")
                )
                sys.stdout.flush()
        if args.rounds > 1:  # the least is the cost with the least interference from others
            for label, found in costs.items():
                for name, pick in (("median", statistics.median), ("least", min)):
                    print(
                        f"{label + ' ' + name:<14}"
                        + "".join(f"{pick(f[key] for f in found):>12.1f}" for key, _ in columns)
                    )
    modes = ([] if args.no_in_process else [0]) + [w for w in args.workers if w > 0]
    if not modes:
        return 0
    rates: dict[tuple[int, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        size = generate(docs, args.documents)
        print(
            f"\n{args.documents} documents, {size / 1e6:.1f} MB, "
            f"generated from {len(sample_names())} samples"
        )
        header = (
            "mode",
            "code",
            "seconds",
            "docs/s",
            "ms/job",
            "first job s",
            "CPU ms/job",
            "PG ms/job",
            "peak MB",
            "failed",
        )
        print(f"{header[0]:<24}{header[1]:<10}" + "".join(f"{h:>12}" for h in header[2:]))
        for round_ in range(args.rounds):
            for workers in modes:
                # Alternate which code goes first, so neither always meets the same load.
                order = codes if round_ % 2 == 0 else codes[::-1]
                for label, src in order:
                    broker = args.broker if workers else None
                    found = run(
                        docs, args.documents, args.postgres, broker, workers, src, args.options
                    )
                    rate = args.documents / found["seconds"]
                    rates.setdefault((workers, label), []).append(rate)
                    mode = f"queue, {workers} worker(s)" if workers else "in-process"
                    figures = (
                        f"{found['seconds']:.1f}",
                        f"{rate:.1f}",
                        f"{found['job_ms']:.0f}",
                        f"{found['first_job_s']:.1f}",
                        f"{found['cpu_ms']:.1f}" if "cpu_ms" in found else "-",
                        f"{found['db_cpu_ms']:.1f}" if "db_cpu_ms" in found else "-",
                        f"{found['peak_mb']:.0f}",
                        str(found["failed"]),
                    )
                    print(f"{mode:<24}{label:<10}" + "".join(f"{f:>12}" for f in figures))
                    sys.stdout.flush()
    print("\nmedian docs/s" + (" and ratio this/compared" if args.compare else ""))
    for workers in modes:
        mode = f"queue, {workers} worker(s)" if workers else "in-process"
        this = statistics.median(rates[(workers, "this")])
        line = f"{mode:<24}{this:>8.1f}"
        if args.compare:
            other = statistics.median(rates[(workers, "compared")])
            line += f"{other:>8.1f}{this / other:>8.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
