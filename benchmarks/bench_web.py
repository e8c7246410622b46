"""Latency of the agreement list, full-text search and the API on a register of national size.

    .venv/bin/python benchmarks/bench_web.py --agreements 100000 --commitments 300000
    .venv/bin/python benchmarks/bench_web.py --reuse            # keep the generated database
    .venv/bin/python benchmarks/bench_web.py --reuse --requests 60 --no-compare
    .venv/bin/python benchmarks/bench_web.py --reuse --facets-baseline 252744d  # old engine too

1. Generates the register into a fresh PostgreSQL database (``generate_register.py``;
   ``--reuse`` keeps one that already holds the same numbers of records).
2. In this process, with Django's test client: SQL queries per request (the facet panels
   computed, cache off), time in the database; the facet counts alone, computed (cold) and
   from the cache (warm), and with ``--facets-baseline`` the engine of that git revision
   in the same minutes; the slowest queries with their ``EXPLAIN (ANALYZE, BUFFERS)``
   summary, whether the full-text search uses the GIN index
   ``register_agreement_search_vector_gin``, and (unless ``--no-compare``) each index and query
   formulation against its baseline, measured now in the same database (an index is
   dropped inside a transaction that is rolled back).
3. Starts the real server (``ruimtemonitor serve``, DEBUG off) on a free port, warms it up
   and sends ``--requests`` requests per address from ``--concurrency`` threads with
   keep-alive connections, in ``--rounds`` alternating rounds, then prints median, p95 and
   p99 latency and requests per second, and PASS/FAIL at the 95th percentile: the list, the
   search and the API against ``--target-ms`` (150), the facet panels against
   ``--facet-target-ms`` (300). The facet panel the list loads with a second request
   (``/afspraken/facetten``, for the selection of (a) and of (b)) is measured as its own
   address: first from the cache (warm: the warm-up computed it), then, with a second
   server started with ``RUIMTEMONITOR_FACET_CACHE=false``, computed on every request
   (cold: what a selection met for the first time, or the first request after a write,
   costs). A static file is measured alongside as the floor of the server on this machine
   at this moment.

The machine's load (``uptime``) is printed before and after: on a shared machine the
absolute figures move with it, the ratios measured in the same run much less. Prints
figures; asserts nothing. The server is stopped on exit, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import math
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

# This checkout's sources (``SRC``) are measured, here and in the servers, whatever package
# the virtualenv was installed from.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generator lives beside this
import generate_register

SRC = Path(__file__).resolve().parents[1] / "src"

HOST = "127.0.0.1"
GIN_INDEX = "register_agreement_search_vector_gin"


@dataclass(frozen=True)
class Target:
    key: str
    path: str
    goal: str = ""  # "rows" (--target-ms) or "facets" (--facet-target-ms); "" not judged


TARGETS = (
    Target("a", "/afspraken?provincie=provincie-gelderland&status=open", "rows"),
    Target("b", "/afspraken?zoek=drinkwater", "rows"),
    Target("c", "/api/v1/afspraken?provincie=provincie-gelderland&status=open", "rows"),
    Target("d", "/api/v1/afspraken?zoek=drinkwater", "rows"),
    # The facet panel of (a) and (b), fetched by facets.js after the list has arrived.
    Target("e", "/afspraken/facetten?provincie=provincie-gelderland&status=open", "facets"),
    Target("f", "/afspraken/facetten?zoek=drinkwater", "facets"),
)
FLOOR = Target("floor", "/static/web/site.css")
#: Every address with nothing kept per selection (the server runs with the cache off): the
#: lists and the API count their totals, the facet panels are counted (from the facet index,
#: kept per register version, unless ``--no-facet-index``).
COLD = tuple(Target(f"{target.key}-cold", target.path, target.goal) for target in TARGETS)


def say(text: str = "") -> None:
    print(text, flush=True)


def load_line() -> str:
    """What ``uptime`` says, with the clock in UTC (Django sets the process's time zone)."""
    clock = f"{dt.datetime.now(dt.UTC):%H:%M:%S} UTC"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        said = subprocess.run(["uptime"], capture_output=True, text=True, timeout=5).stdout
        return f"{clock} {said.strip().split(' ', 1)[-1]}"
    one, five, fifteen = os.getloadavg()
    return f"{clock} load average: {one:.2f}, {five:.2f}, {fifteen:.2f}"


# -- in-process measurements ---------------------------------------------------------------


@dataclass
class Query:
    sql: str
    params: Any
    seconds: float


@dataclass
class Capture:
    path: str
    status: int
    seconds: float
    queries: list[Query] = field(default_factory=list)

    @property
    def db_seconds(self) -> float:
        return sum(q.seconds for q in self.queries)


def capture(client: Any, path: str) -> Capture:
    """One request through Django in this process, with every SQL statement and its time."""
    from django.db import connection

    found: list[Query] = []

    def record(execute: Callable, sql: str, params: Any, many: bool, context: Any) -> Any:
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            found.append(Query(sql, params, time.perf_counter() - began))

    began = time.perf_counter()
    with connection.execute_wrapper(record):
        response = client.get(path)
    return Capture(path, response.status_code, time.perf_counter() - began, found)


def explain(sql: str, params: Any) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        return [row[0] for row in cursor.fetchall()]


def execution_ms(plan: list[str]) -> float:
    for line in plan:
        match = re.search(r"Execution Time: ([0-9.]+) ms", line)
        if match:
            return float(match.group(1))
    return math.nan


def plan_summary(plan: list[str]) -> str:
    """Execution time and what the plan reads: indexes, sequential scans, sorts on disk."""
    text = "\n".join(plan)
    indexes = sorted(set(re.findall(r"(?:Index Only Scan|Index Scan|Bitmap Index Scan)"
                                    r"(?: Backward)? (?:using|on) (\w+)", text)))  # fmt: skip
    scans = sorted(set(re.findall(r"Seq Scan on (\w+)", text)))
    parts = [f"{execution_ms(plan):.1f} ms"]
    if indexes:
        parts.append("indexes " + ", ".join(indexes))
    if "Index Only Scan" in text:
        parts.append("index-only")
    if scans:
        parts.append("seq scan " + ", ".join(scans))
    if "external merge" in text:
        parts.append("SORT ON DISK")
    return "; ".join(parts)


def short(sql: str, width: int = 70) -> str:
    sql = re.sub(r'"(\w+)"\."(\w+)"', r"\2", " ".join(sql.split()))
    sql = re.sub(r"SELECT .*? FROM", "SELECT … FROM", sql, count=1) if len(sql) > width else sql
    return sql if len(sql) <= width else sql[: width - 1] + "…"


def in_process(detail_pk: int, top: int, baseline: str | None) -> dict[str, Capture]:
    """Queries per request and the slowest queries' plans, for the targets and other pages.

    The facet panels are computed here on every request (``FACET_CACHE`` off), so their
    queries and time are those of a selection met for the first time."""
    from django.conf import settings
    from django.test import Client

    settings.FACET_CACHE = False

    client = Client(HTTP_HOST=HOST)
    pages = [
        *TARGETS,
        Target("list", "/afspraken", False),
        Target("detail", f"/afspraken/{detail_pk}", False),
        Target("home", "/", False),
        Target("docs", "/documenten", False),
        Target("projects", "/projecten", False),
    ]
    captures: dict[str, Capture] = {}
    say("\nIn this process (Django test client), after one warm-up request each; facet panels")
    say("computed on every request (cache off):")
    say(f"{'':7}{'address':<62}{'status':>7}{'queries':>8}{'total ms':>10}{'in DB ms':>10}")
    for target in pages:
        client.get(target.path)
        found = capture(client, target.path)
        captures[target.key] = found
        say(
            f"{target.key:<7}{target.path:<62}{found.status:>7}{len(found.queries):>8}"
            f"{found.seconds * 1000:>10.0f}{found.db_seconds * 1000:>10.0f}"
        )
    facet_timings(baseline)
    say(f"\nThe {top} slowest queries of each, EXPLAIN (ANALYZE, BUFFERS):")
    for target in TARGETS:
        found = captures[target.key]
        say(f"{target.key}: {target.path}")
        for query in sorted(found.queries, key=lambda q: -q.seconds)[:top]:
            plan = explain(query.sql, query.params)
            say(f"   {query.seconds * 1000:7.1f} ms  {short(query.sql)}")
            say(f"              plan: {plan_summary(plan)}")
    for key in ("b", "d"):
        searches = [
            q for q in captures[key].queries if "to_tsvector" in q.sql or "search_vector" in q.sql
        ]
        if searches:
            plans = [explain(q.sql, q.params) for q in searches]
            uses = sum(GIN_INDEX in "\n".join(plan) for plan in plans)
            say(f"full-text search in {key}: {uses} of {len(plans)} queries use {GIN_INDEX}")
    say("the search expression matches the index: " + ("yes" if gin_usable() else "NO"))
    return captures


def baseline_facets(revision: str) -> Any:
    """``register/facets.py`` as it was at ``revision`` (git), loaded beside the current one,
    so both count the same register in the same minutes."""
    import importlib.util

    source = subprocess.run(
        ["git", "show", f"{revision}:src/ruimtemonitor/register/facets.py"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent,
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="rm-facets-")) / "facets_baseline.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("facets_baseline", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def least_ms(run: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append((time.perf_counter() - began) * 1000)
    return min(times)


def facet_timings(baseline: str | None) -> None:
    """The facet counts alone: from the facet index (cold: a selection not seen before, the
    index of this register version already built), counted in SQL (the index off), from
    the cache (warm), and with the engine of ``baseline`` (git revision), least of 3 runs
    each; the time to build the index; and whether the engines give the same panel."""
    from django.conf import settings
    from django.core.cache import cache
    from django.http import QueryDict

    from ruimtemonitor.register import facet_index, version
    from ruimtemonitor.register.facets import build_facets, facets_for

    before = baseline_facets(baseline) if baseline else None
    selections = [(t.key, t.path.partition("?")[2]) for t in TARGETS[4:]] + [("plain", "")]
    say(f"\nFacet counts alone, least of 3 runs (load {os.getloadavg()[0]:.2f}):")
    token = version.current()
    built = least_ms(lambda: facet_index.build(token or ""), runs=2)
    say(f"building the facet index (register version {token}): {built:.0f} ms")
    header = f"{'':7}{'selection':<44}{'index ms':>9}{'SQL ms':>8}{'warm ms':>9}"
    say(header + (f"{'before ms':>11}{'before/index':>13}" if before else ""))
    for key, text in selections:
        query = QueryDict(text)
        build_facets(query)  # builds the index once
        cold = least_ms(lambda query=query: build_facets(query))
        settings.FACET_INDEX = False
        in_sql = least_ms(lambda query=query: build_facets(query))
        sql_panel = _panel(build_facets(query))
        settings.FACET_INDEX = True
        same = _panel(build_facets(query)) == sql_panel
        settings.FACET_CACHE = True
        cache.clear()
        facets_for(query)
        warm = least_ms(lambda query=query: facets_for(query))
        settings.FACET_CACHE = False
        line = f"{key:<7}{text or '(none)':<44}{cold:>9.0f}{in_sql:>8.0f}{warm:>9.1f}"
        line += "  same panel" if same else "  PANELS DIFFER"
        if before:
            before.build_facets(query)
            was = least_ms(lambda query=query: before.build_facets(query))
            line += f"{was:>11.0f}{was / cold:>12.1f}×"
            same = _panel(before.build_facets(query)) == sql_panel
            line += "  same panel" if same else "  PANELS DIFFER"
        say(line)


def _panel(facets: list) -> list[tuple]:
    """What a reader sees of a panel: per facet its values, labels, counts and choices."""
    return [
        (f.param, f.label, [(v.value, v.label, v.count, v.active) for v in f.values])
        for f in facets
    ]


def gin_usable() -> bool:
    """Whether PostgreSQL can answer ``matching()`` from the GIN index at all: with sequential
    scans switched off, a plan without the index means the expressions differ."""
    from django.db import connection, transaction

    from ruimtemonitor.register.models import Agreement
    from ruimtemonitor.register.search import matching

    sql, params = (
        matching(Agreement.objects.all(), "drinkwater").values("pk").query.sql_with_params()
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return GIN_INDEX in plan


# -- the same query with and without an index or formulation ----------------------------------


def best_ms(conn: psycopg.Connection, sql: str, runs: int) -> float:
    """The least execution time of ``runs`` EXPLAIN ANALYZE runs: the least disturbed one."""
    times = []
    for _ in range(runs):
        rows = conn.execute("EXPLAIN (ANALYZE) " + sql).fetchall()
        times.append(execution_ms([row[0] for row in rows]))
    return min(times)


def without_index_ms(conn: psycopg.Connection, index: str, sql: str, runs: int) -> float:
    """The same query with the index dropped in a transaction that is rolled back."""
    with conn.transaction(force_rollback=True):
        conn.execute(f'DROP INDEX "{index}"')
        return best_ms(conn, sql, runs)


def first(found: Capture, test: Callable[[str], bool]) -> Query | None:
    return next((q for q in found.queries if test(q.sql)), None)


def compare(database_url: str, captures: dict[str, Capture], runs: int) -> None:
    """Each index (migrations 0004, 0007) and query rewrite against its baseline, now."""
    from django.db import connection
    from django.db.models import Exists, OuterRef, Q
    from django.test import Client

    from ruimtemonitor.register.models import Agreement

    client = Client(HTTP_HOST=HOST)
    extra = {
        "plain": capture(client, "/api/v1/afspraken"),
        "changed": capture(client, "/api/v1/afspraken?sorteer=-gewijzigd"),
        "due": capture(client, "/api/v1/afspraken?deadlineVan=2027-01-01&deadlineTot=2027-03-31"),
    }
    literal = connection.ops.compose_sql

    def sql_of(query: Query | None) -> str | None:
        return literal(query.sql, query.params) if query else None

    def is_count(sql: str) -> bool:
        return sql.startswith("SELECT COUNT(*)")

    def is_page(sql: str) -> bool:
        return " LIMIT " in sql and "ORDER BY" in sql

    def overdue(sql: str) -> bool:
        return "register_commitment" in sql and "ORDER BY" in sql and "deadline_end" in sql

    cases = [
        ("GIN full-text index, search count (d)", GIN_INDEX, first(captures["d"], is_count)),
        ("GIN full-text index, search page (d)", GIN_INDEX, first(captures["d"], is_page)),
        ("arrangement (year, id), first page (/api/v1/afspraken)", "register_arrangement_year_id",
         first(extra["plain"], is_page)),
        ("facets covering index, count (c)", "register_agreement_facets",
         first(captures["c"], is_count)),
        ("facets covering index, status facet (e)", "register_agreement_facets",
         first(captures["e"], lambda s: "GROUP BY" in s and "status" in s.split("FROM")[0])),
        ("updated_at index, ?sorteer=-gewijzigd", "register_agreement_updated_id",
         first(extra["changed"], is_page)),
        ("commitment deadline index, deadline filter count", "register_commitment_deadline",
         first(extra["due"], is_count)),
        ("commitment deadline index, dashboard deadline list", "register_commitment_deadline",
         first(captures["home"], overdue)),
    ]  # fmt: skip
    say(f"\nIndexes against their absence (least of {runs} EXPLAIN ANALYZE runs each):")
    say(f"{'':54}{'with ms':>10}{'without ms':>12}{'ratio':>8}")
    with psycopg.connect(database_url, autocommit=True) as conn:
        for label, index, query in cases:
            sql = sql_of(query)
            if sql is None:
                say(f"{label:<54}{'(query not found)':>30}")
                continue
            with_ms = best_ms(conn, sql, runs)
            without = without_index_ms(conn, index, sql, runs)
            say(f"{label:<54}{with_ms:>10.1f}{without:>12.1f}{without / with_ms:>7.1f}×")

        # The filter and search formulations before this change, built here as they were,
        # on the API's queryset (the list page reads its rows the same way).
        from django.contrib.postgres.search import SearchQuery

        from ruimtemonitor.api.views import agreements as api_agreements
        from ruimtemonitor.register.filters import AgreementFilter
        from ruimtemonitor.register.search import SEARCH_CONFIG, search_vector

        slug = "provincie-gelderland"
        through = Agreement.areas.through.objects.filter(agreement_id=OuterRef("pk"))
        before_condition = (
            Q(arrangement__area__slug=slug)
            | Q(arrangement__area__parent__slug=slug)
            | Exists(through.filter(Q(area__slug=slug) | Q(area__parent__slug=slug)))
        )
        before_area = api_agreements().filter(before_condition, status="open")
        now_area = AgreementFilter(
            data={"provincie": slug, "status": "open"}, queryset=api_agreements()
        ).qs
        words = SearchQuery("drinkwater", config=SEARCH_CONFIG, search_type="websearch")
        before_search = api_agreements().annotate(_search=search_vector()).filter(_search=words)
        now_search = AgreementFilter(data={"zoek": "drinkwater"}, queryset=api_agreements()).qs
        order = ["arrangement__year", "arrangement_id", "chapter", "number", "pk"]

        def page(queryset: Any) -> str:
            sql, params = queryset.order_by(*order)[:20].query.sql_with_params()
            return literal(sql, params)

        def count(queryset: Any) -> str:
            sql, params = queryset.order_by().values("pk").query.sql_with_params()
            return literal(f"SELECT COUNT(*) FROM ({sql}) counted", params)

        rewrites = [
            ("area filter: joins + EXISTS → IN subqueries, count (c)",
             count(before_area), count(now_area)),
            ("area filter: joins + EXISTS → IN subqueries, page (c)",
             page(before_area), page(now_area)),
            ("search: annotate → alias (vector not selected), page (d)",
             page(before_search), page(now_search)),
        ]  # fmt: skip

        # The facet CTE inlined (NOT MATERIALIZED) against the materialised form it replaced.
        facet = max(
            (q for q in captures["e"].queries if q.sql.startswith("WITH filtered_ids")),
            key=lambda q: q.seconds,
            default=None,
        )
        if facet is not None:
            now_sql = literal(facet.sql, facet.params)
            before_sql = now_sql.replace(
                "WITH filtered_ids (id) AS NOT MATERIALIZED (", "WITH filtered_ids (id) AS (", 1
            )
            if before_sql != now_sql:
                rewrites.append(("facet CTE NOT MATERIALIZED, slowest facet of (e)",
                                 before_sql, now_sql))  # fmt: skip
        say(f"\nQuery formulations against the previous ones (least of {runs} runs each):")
        say(f"{'':54}{'now ms':>10}{'before ms':>12}{'ratio':>8}")
        for label, before_sql, now_sql in rewrites:
            now_ms = best_ms(conn, now_sql, runs)
            before_ms = best_ms(conn, before_sql, runs)
            say(f"{label:<54}{now_ms:>10.1f}{before_ms:>12.1f}{before_ms / now_ms:>7.1f}×")


# -- the server and the load ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def server_command(port: int, threads: int, processes: int = 1) -> list[str]:
    script = Path(sys.executable).with_name("ruimtemonitor")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "ruimtemonitor.cli"]
    command = [*base, "serve", "--host", HOST, "--port", str(port), "--threads", str(threads)]
    return command + (["--processes", str(processes)] if processes > 1 else [])


def server_env(database_url: str, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUIMTEMONITOR_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env | {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")])),
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "RUIMTEMONITOR_ENV": "development",
        "ALLOWED_HOSTS": HOST,
        "RUIMTEMONITOR_DATA_DIR": data_dir,
        "LOG_LEVEL": "WARNING",
    }


@contextlib.contextmanager
def running_server(
    database_url: str,
    threads: int,
    port: int | None,
    extra: dict[str, str] | None = None,
    processes: int = 1,
) -> Iterator[int]:
    """The real server in its own process group; stopped on every way out of the block."""
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="rm-bench-web-") as data_dir:
        (Path(data_dir) / "static").mkdir()
        log = Path(data_dir) / "server.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                server_command(port, threads, processes),
                env=server_env(database_url, data_dir) | (extra or {}),
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            deadline = time.monotonic() + 90
            while True:
                if process.poll() is not None:
                    raise SystemExit(
                        f"The server stopped with exit code {process.returncode}:\n"
                        + log.read_text(errors="replace")[-3000:]
                    )
                try:
                    status, _body = get(HOST, port, FLOOR.path, timeout=5)
                    if status == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("The server did not answer within 90 s:\n" + log.read_text())
                time.sleep(0.3)
            say(
                f"\nserver: pid {process.pid}, http://{HOST}:{port}/, {processes} process(es) "
                f"of {threads} threads"
            )
            yield port
        finally:
            stop(process)


def stop(process: subprocess.Popen) -> None:
    """Stop the server's process group: politely, then firmly."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def get(host: str, port: int, path: str, timeout: float = 60) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0


def load(port: int, path: str, requests: int, concurrency: int, result: Result) -> None:
    """``requests`` GETs from ``concurrency`` threads, each on one keep-alive connection."""
    counter = iter(range(requests))
    lock = threading.Lock()

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=120)
        try:
            while True:
                with lock:
                    if next(counter, None) is None:
                        return
                began = time.perf_counter()
                try:
                    connection.request("GET", path)
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                except (OSError, http.client.HTTPException) as exc:
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=120)
                    status, error = 0, f"{type(exc).__name__}: {exc}"
                else:
                    error = f"HTTP {status}" if status != 200 else ""
                elapsed = time.perf_counter() - began
                with lock:
                    if error:
                        result.errors.append(error)
                    else:
                        result.latencies.append(elapsed)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.wall += time.perf_counter() - began


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def load_test(
    args: argparse.Namespace,
    targets: list[Target],
    title: str,
    extra: dict[str, str] | None = None,
) -> bool:
    """``targets`` under load against one server (with ``extra`` in its environment)."""
    results = {target.key: Result() for target in targets}
    say(f"\n{title}")
    environment = (extra or {}) | (
        {"RUIMTEMONITOR_FACET_INDEX": "false"} if args.no_facet_index else {}
    )
    with running_server(
        args.database_url, args.threads, args.port, environment, args.processes
    ) as port:
        say(f"warming up: {args.warmup} requests per address")
        for target in targets:
            for _ in range(args.warmup):
                status, _body = get(HOST, port, target.path)
                if status != 200:
                    raise SystemExit(f"{target.path} answered {status} while warming up")
        per_round = [args.requests // args.rounds] * args.rounds
        per_round[-1] += args.requests - sum(per_round)
        say(
            f"measuring: {args.requests} requests per address, {args.concurrency} concurrent, "
            f"in {args.rounds} rounds that take the addresses in turn; {load_line()}"
        )
        for round_, count in enumerate(per_round, start=1):
            order = targets if round_ % 2 else targets[::-1]
            for target in order:
                load(port, target.path, count, args.concurrency, results[target.key])
            say(f"  round {round_} of {args.rounds} done; {load_line()}")
    floor = results[FLOOR.key]
    floor_median = statistics.median(floor.latencies) if floor.latencies else math.nan
    say(
        f"\n{'':7}{'address':<62}{'ok':>5}{'errors':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'req/s':>8}{'p50/floor':>10}"
    )
    limits = {"rows": args.target_ms, "facets": args.facet_target_ms}
    passed = True
    for target in targets:
        result = results[target.key]
        if not result.latencies:
            say(f"{target.key:<7}{target.path:<62}  no successful requests: {result.errors[:1]}")
            passed = passed and not target.goal
            continue
        median = statistics.median(result.latencies) * 1000
        p95 = percentile(result.latencies, 0.95) * 1000
        p99 = percentile(result.latencies, 0.99) * 1000
        rate = len(result.latencies) / result.wall if result.wall else math.nan
        verdict = ""
        if target.goal:
            limit = limits[target.goal]
            ok = p95 < limit and not result.errors
            passed = passed and ok
            verdict = f"  {'PASS' if ok else 'FAIL'} (p95 < {limit:.0f} ms)"
        say(
            f"{target.key:<7}{target.path:<62}{len(result.latencies):>5}{len(result.errors):>7}"
            f"{median:>9.1f}{p95:>9.1f}{p99:>9.1f}{rate:>8.1f}"
            f"{median / (floor_median * 1000):>9.0f}×{verdict}"
        )
        if result.errors:
            say(f"      first error: {result.errors[0]}")
    say("(req/s at the given concurrency; floor = a static file served by the same server)")
    return passed


# -- main ---------------------------------------------------------------------------------------


def prepare_database(args: argparse.Namespace) -> None:
    generate_register.check_server(args.database_url)
    wanted = (args.agreements, args.commitments)
    found = generate_register.existing_counts(args.database_url) if args.reuse else None
    if found == wanted:
        say(f"reusing {args.database_url.rsplit('/', 1)[-1]}: {found[0]:,} agreements, "
            f"{found[1]:,} commitments")  # fmt: skip
        generate_register.setup_django(args.database_url)
        generate_register.prepare(args.database_url, progress=say)  # new migrations, if any
        with psycopg.connect(args.database_url, autocommit=True) as conn:
            conn.execute("VACUUM (ANALYZE)")
        return
    if args.reuse:
        say(f"--reuse: the database holds {found or 'nothing usable'}, not {wanted}; generating")
    generate_register.build(
        args.database_url, args.agreements, args.commitments, seed=args.seed, progress=say
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=300_000)
    parser.add_argument("--database-url", default=generate_register.DEFAULT_DATABASE_URL)
    parser.add_argument("--reuse", action="store_true", help="keep a database of the same size")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--requests", type=int, default=300, help="per address")
    parser.add_argument("--concurrency", type=int, default=2, help="client threads")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=10, help="requests per address first")
    parser.add_argument("--threads", type=int, default=8, help="server threads")
    parser.add_argument("--processes", type=int, default=1, help="server processes (serve)")
    parser.add_argument(
        "--no-facet-index", action="store_true", help="the servers count facets in SQL"
    )
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--target-ms", type=float, default=150.0, help="list and API, p95")
    parser.add_argument("--facet-target-ms", type=float, default=300.0, help="facet panel, p95")
    parser.add_argument(
        "--facets-baseline",
        metavar="REVISION",
        help="also time the facet counts of this git revision's register/facets.py",
    )
    parser.add_argument("--no-cold", action="store_true", help="skip the cache-off load test")
    parser.add_argument("--top", type=int, default=3, help="slowest queries explained per page")
    parser.add_argument("--runs", type=int, default=3, help="EXPLAIN runs per comparison")
    parser.add_argument("--no-compare", action="store_true", help="skip the index comparisons")
    parser.add_argument("--no-load", action="store_true", help="skip the server load test")
    args = parser.parse_args()
    if args.requests < args.rounds or args.concurrency < 1:
        parser.error("give at least one request per round and one client thread")

    def interrupted(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    say(f"bench_web {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {os.cpu_count()} CPUs")
    say(f"before: {load_line()}")
    data_dir = tempfile.mkdtemp(prefix="rm-bench-web-")  # this process's settings
    Path(data_dir, "static").mkdir()
    os.environ["RUIMTEMONITOR_DATA_DIR"] = data_dir
    os.environ["ALLOWED_HOSTS"] = HOST
    try:
        prepare_database(args)
        from ruimtemonitor.register.models import Agreement

        detail_pk = Agreement.objects.order_by("pk").values_list("pk", flat=True)[
            Agreement.objects.count() // 2
        ]
        captures = in_process(detail_pk, args.top, args.facets_baseline)
        if not args.no_compare:
            compare(args.database_url, captures, args.runs)
        from django.db import connection

        connection.close()
        passed = True
        if not args.no_load:
            passed = load_test(
                args,
                [*TARGETS, FLOOR],
                "Load test 1: facet panels from the cache (warm; the warm-up computes them once)",
            )
            if not args.no_cold:
                cold = load_test(
                    args,
                    [*COLD, FLOOR],
                    "Load test 2: nothing kept per selection (cold: RUIMTEMONITOR_FACET_CACHE="
                    "false, as for a selection not seen before): totals counted, facet panels "
                    "counted on every request",
                    {"RUIMTEMONITOR_FACET_CACHE": "false"},
                )
                passed = passed and cold
    except KeyboardInterrupt:
        say("\ninterrupted; the server is stopped")
        return 130
    say(f"after: {load_line()}")
    if not args.no_load:
        say("targets: " + ("PASS" if passed else "FAIL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
