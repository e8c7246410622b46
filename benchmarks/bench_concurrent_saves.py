"""Readers and writers at once against a live server: does anything answer 5xx?

    .venv/bin/python benchmarks/bench_concurrent_saves.py                 # SQLite, 60 s
    .venv/bin/python benchmarks/bench_concurrent_saves.py --seconds 15    # shorter
    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rm \\
        .venv/bin/python benchmarks/bench_concurrent_saves.py              # SQLite, then PostgreSQL

For each database: a fresh register (reference data, one arrangement with ``--agreements``
agreements, two administrators with API tokens) is made, the real server is started
(``ruimtemonitor serve``, DEBUG off, ``--threads`` threads) and for ``--seconds`` seconds
``--readers`` threads read pages and API records while ``--writers`` threads change the
*same* agreement over and over, half through the API (read its ``ETag``, then ``PATCH`` with
``If-Match``: 200 or 412) and half through the agreement's page as a logged-in editor (open
it, save the form: 302, or 409 with the conflict message). Never 5xx; readers only 200.

SQLite runs in a new temporary data directory. With ``DATABASE_URL`` pointing at PostgreSQL,
the database ``<name>_bench_saves`` on that server is dropped and created again (the one named
in the URL is left alone). Prints the request counts per kind and status and the number of
5xx answers; exits 1 when there was any 5xx or connection error, so it can guard a release.
The server is stopped on exit, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_web lives beside this
from bench_web import stop

HOST = "127.0.0.1"
PASSWORD = "een-lang-wachtwoord-42"

SETUP = r"""
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from rest_framework.authtoken.models import Token
from ruimtemonitor.accounts.models import Role, User
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.organisations.services import load_reference_data
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind
load_reference_data()
arrangement = Arrangement.objects.create(
    kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
    title="Ruimtelijk Arrangement Rijk - Provincie Gelderland", year=2025)
arrangement.parties.add(Organisation.objects.get(slug="provincie-gelderland"))
ids = []
for n in range(1, AGREEMENTS + 1):
    agreement = Agreement.objects.create(
        arrangement=arrangement, number=f"{n // 10 + 1}.{n % 10 + 1}",
        title=f"Afspraak {n} over water, bodem en woningbouw", types=["beleidsafspraak"])
    ids.append(agreement.pk)
tokens = []
for name in ("schrijver-1", "schrijver-2"):
    user = User.objects.create_user(name, password="een-lang-wachtwoord-42",
                                    role=Role.ADMINISTRATOR)
    tokens.append(Token.objects.create(user=user).key)
print(json.dumps({"ids": ids, "tokens": tokens}))
"""


def say(text: str = "") -> None:
    print(text, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def base_env(database_url: str | None, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUIMTEMONITOR_")}
    env.pop("DATABASE_URL", None)
    env |= {
        "DJANGO_SETTINGS_MODULE": "ruimtemonitor.config.settings",
        "DEBUG": "false",
        "RUIMTEMONITOR_ENV": "development",
        "ALLOWED_HOSTS": HOST,
        "RUIMTEMONITOR_DATA_DIR": data_dir,
        "LOG_LEVEL": "WARNING",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def fresh_postgres(url: str) -> str:
    """A URL of ``<name>_bench_saves`` on the same server, dropped and created anew."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_bench_saves"
    admin = urlunsplit(parts._replace(path="/postgres", query=""))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path="/" + name))


def prepare(env: dict[str, str], agreements: int) -> dict[str, list]:
    code = SETUP.replace("AGREEMENTS", str(agreements))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit("Setting up the register failed:\n" + result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def running_server(env: dict[str, str], threads: int, log: Path) -> Iterator[int]:
    port = free_port()
    script = Path(sys.executable).with_name("ruimtemonitor")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "ruimtemonitor.cli"]
    command = [*base, "serve", "--host", HOST, "--port", str(port), "--threads", str(threads)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise SystemExit(f"The server stopped:\n{log.read_text(errors='replace')[-3000:]}")
            with contextlib.suppress(OSError):
                connection = http.client.HTTPConnection(HOST, port, timeout=5)
                connection.request("GET", "/static/web/site.css")
                if connection.getresponse().status == 200:
                    break
            if time.monotonic() > deadline:
                raise SystemExit("The server did not answer within 90 s.")
            time.sleep(0.3)
        yield port
    finally:
        stop(process)


class Tally:
    """Counts per (kind, status), shared by the threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: collections.Counter[tuple[str, str]] = collections.Counter()

    def add(self, kind: str, status: int | str) -> None:
        with self.lock:
            self.counts[(kind, str(status))] += 1


def request(
    connection: http.client.HTTPConnection,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> http.client.HTTPResponse:
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    response.read()
    return response


def reader(port: int, paths: list[str], stop: threading.Event, tally: Tally, offset: int) -> None:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    n = offset
    while not stop.is_set():
        path = paths[n % len(paths)]
        n += 1
        kind = "read api" if path.startswith("/api/") else "read page"
        try:
            tally.add(kind, request(connection, "GET", path).status)
        except (OSError, http.client.HTTPException) as exc:
            tally.add(kind, type(exc).__name__)
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.close()


class Browser:
    """One keep-alive connection with the cookies a browser would keep (session, CSRF)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def send(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers |= {
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://{HOST}:{self.port}{path}",
            }
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode(errors="replace")
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        return response.status, text

    def field(self, page: str, name: str) -> str:
        match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
        if not match:
            raise KeyError(name)
        return match.group(1)


def api_writer(
    port: int, pk: int, token: str, *, stop: threading.Event, tally: Tally, me: int
) -> None:
    """An editor's script: read the ETag, send the change with If-Match (200 or 412)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    auth = {"Authorization": f"Token {token}", "Accept": "application/json"}
    path = f"/api/v1/afspraken/{pk}"
    n = 0
    while not stop.is_set():
        n += 1
        try:
            read = request(connection, "GET", path, headers=auth)
            tally.add("write API: GET", read.status)
            body = json.dumps({"aantekeningen": f"schrijver {me}, wijziging {n}"}).encode()
            headers = auth | {"Content-Type": "application/json", "If-Match": read.headers["ETag"]}
            tally.add("write API: PATCH", request(connection, "PATCH", path, body, headers).status)
        except (OSError, http.client.HTTPException, KeyError) as exc:
            tally.add("write API: PATCH", type(exc).__name__)
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.close()


def page_writer(
    port: int, pk: int, username: str, *, stop: threading.Event, tally: Tally, me: int
) -> None:
    """An editor in the browser: log in, open the agreement, save the form (302 or 409)."""
    browser = Browser(port)
    try:
        status, page = browser.send("GET", "/inloggen")
        form = {"username": username, "password": PASSWORD}
        form["csrfmiddlewaretoken"] = browser.field(page, "csrfmiddlewaretoken")
        status, _ = browser.send("POST", "/inloggen", form)
        tally.add("write page: login", status)
    except (OSError, http.client.HTTPException, KeyError) as exc:
        tally.add("write page: login", type(exc).__name__)
        return
    path = f"/afspraken/{pk}"
    n = 0
    while not stop.is_set():
        n += 1
        try:
            status, page = browser.send("GET", path)
            tally.add("write page: GET", status)
            form = {
                "csrfmiddlewaretoken": browser.field(page, "csrfmiddlewaretoken"),
                "afspraak-version": browser.field(page, "afspraak-version"),
                "afspraak-status": "open",
                "afspraak-notes": f"schrijver {me}, wijziging {n}",
                "afspraak-reason": "",
            }
            status, _ = browser.send("POST", f"{path}/bewerken", form)
            tally.add("write page: POST", status)
        except (OSError, http.client.HTTPException, KeyError) as exc:
            tally.add("write page: POST", type(exc).__name__)


def run(label: str, database_url: str | None, args: argparse.Namespace) -> tuple[int, int]:
    with tempfile.TemporaryDirectory(prefix="rm-bench-saves-") as data_dir:
        env = base_env(database_url, data_dir)
        say(f"\n== {label}: setting up a register of {args.agreements} agreements")
        register = prepare(env, args.agreements)
        ids, tokens = register["ids"], register["tokens"]
        paths = [
            "/afspraken",
            f"/afspraken/{ids[0]}",
            "/api/v1/afspraken",
            f"/api/v1/afspraken/{ids[0]}",
            f"/afspraken/{ids[len(ids) // 2]}",
            "/api/v1/afspraken?status=open",
        ]
        with running_server(env, args.threads, Path(data_dir) / "server.log") as port:
            stop = threading.Event()
            tally = Tally()
            threads = [
                threading.Thread(target=reader, args=(port, paths, stop, tally, i))
                for i in range(args.readers)
            ] + [
                threading.Thread(
                    target=api_writer if i % 2 == 0 else page_writer,
                    args=(port, ids[0], tokens[i % 2] if i % 2 == 0 else "schrijver-2"),
                    kwargs={"stop": stop, "tally": tally, "me": i + 1},
                )
                for i in range(args.writers)
            ]
            say(
                f"   {args.readers} readers and {args.writers} writers for {args.seconds} s "
                f"(server: {args.threads} threads) …"
            )
            began = time.monotonic()
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            stop.set()
            for thread in threads:
                thread.join(timeout=120)
            elapsed = time.monotonic() - began
            log = (Path(data_dir) / "server.log").read_text(errors="replace")
    total = sum(tally.counts.values())
    failures = sum(
        count
        for (_, status), count in tally.counts.items()
        if not status.isdigit() or status.startswith("5")
    )
    say(f"   {total} requests in {elapsed:.1f} s ({total / elapsed:.1f}/s)")
    say(f"   {'kind':<18} {'status':>8} {'count':>8}")
    for (kind, status), count in sorted(tally.counts.items()):
        say(f"   {kind:<18} {status:>8} {count:>8}")
    say(f"   5xx or connection errors: {failures}")
    if failures and "Traceback" in log:
        say("   server log (last lines):\n" + log[-2000:])
    return total, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8, help="server threads (default 8)")
    parser.add_argument("--agreements", type=int, default=50)
    parser.add_argument(
        "--only", choices=["sqlite", "postgresql"], help="run one database instead of both"
    )
    args = parser.parse_args()
    say(f"load before: {os.getloadavg()[0]:.2f} (1-minute average, {os.cpu_count()} CPUs)")
    results: dict[str, tuple[int, int]] = {}
    url = os.environ.get("DATABASE_URL", "")
    if args.only != "postgresql":
        results["SQLite"] = run("SQLite", None, args)
    if args.only != "sqlite":
        if url.startswith(("postgres://", "postgresql://")):
            results["PostgreSQL"] = run("PostgreSQL", fresh_postgres(url), args)
        else:
            say("\n== PostgreSQL: skipped (DATABASE_URL does not point at PostgreSQL)")
    say(f"\nload after: {os.getloadavg()[0]:.2f}")
    say("\nsummary")
    for label, (total, failures) in results.items():
        say(f"   {label:<11} {total:>7} requests, {failures} with 5xx or connection errors")
    return 1 if any(failures for _, failures in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
