"""Hostile files against the limits: a DOCX zip bomb, a 49 MB text, and uploads to a server.

Usage::

    .venv/bin/python benchmarks/bench_hostile_files.py [--timeout 30] [--skip-server]

Generates its files in a temporary folder (nothing big is committed) and prints, for each:

1. a 2.4 MB DOCX that unpacks to about 1 GB, through ``ruimtemonitor extract`` and
   ``ruimtemonitor ingest``: outcome, wall time and peak memory of the command and its
   children (goal: refused in under 10 s, under 500 MB);
2. a 49 MB text of letter-like paragraphs, with ``RUIMTEMONITOR_EXTRACT_TIMEOUT`` set to
   ``--timeout``: extracted or refused, and within the limit (goal: wall time at most the
   limit plus start-up);
3. ``ruimtemonitor serve`` with its job runner on a fresh SQLite register: an editor uploads
   the bomb, the 49 MB text and the four sample letters; the resident memory of the server
   process before, at its peak and after (goal: never more than 100 MB above the start).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ruimtemonitor.core.extraction.samples import (  # noqa: E402
    minimal_docx,
    sample_names,
    sample_path,
)

HOST = "127.0.0.1"
MB = 1024 * 1024


def say(text: str = "") -> None:
    print(text, flush=True)


def make_bomb(path: Path, unpacked_mb: int = 1024) -> Path:
    """A DOCX of about 2.4 MB whose parts unpack to about ``unpacked_mb`` MB."""
    minimal_docx(path, padding_mb=unpacked_mb)
    with zipfile.ZipFile(path, "a") as archive:
        # Incompressible filler: the size an attacker's real bomb had.
        archive.writestr("word/media/image2.bin", os.urandom(int(1.4 * MB)), zipfile.ZIP_STORED)
    return path


def make_long_text(path: Path, megabytes: int = 49) -> Path:
    """Letter-like text: the sample letters, numbered on, until the size is reached."""
    letters = [sample_path(name).read_text("utf-8") for name in sample_names()]
    with path.open("w", encoding="utf-8") as out:
        written, n = 0, 0
        while written < megabytes * MB:
            chunk = letters[n % len(letters)].replace("1.1", f"{n}.1") + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            n += 1
    return path


def command() -> list[str]:
    script = Path(sys.executable).with_name("ruimtemonitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ruimtemonitor.cli"]


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUIMTEMONITOR_")}
    env.pop("DATABASE_URL", None)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env | {"RUIMTEMONITOR_DATA_DIR": str(data_dir), "LOG_LEVEL": "WARNING", **extra}


def measured(args: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """(exit code, wall seconds, peak MB of the command and every process it waited for,
    last line of its output). Each measurement runs in a fresh child of this script, so
    ``RUSAGE_CHILDREN`` there holds this command's tree only."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.monotonic()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "w = time.monotonic() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "out = (p.stderr.strip() or p.stdout.strip()).splitlines()[-1:] or ['']\n"
        "print(json.dumps([p.returncode, w, peak, out[0]]))\n"
    )
    import json

    done = subprocess.run(
        [sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True, check=True
    )
    code, wall, peak, last = json.loads(done.stdout)
    return code, wall, peak, last


def short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cli_runs(folder: Path, bomb: Path, text: Path, timeout_s: int) -> None:
    data_dir = folder / "cli-data"
    data_dir.mkdir()
    env = environment(data_dir, RUIMTEMONITOR_EXTRACT_TIMEOUT=str(timeout_s))
    subprocess.run([*command(), "init"], env=env, check=True, capture_output=True)
    say(f"{'run':<34} {'exit':>4} {'seconds':>8} {'peak MB':>8}  outcome")
    for label, args, goal in (
        ("extract: DOCX bomb", ["extract", str(bomb)], "refused < 10 s, < 500 MB"),
        ("ingest: DOCX bomb", ["ingest", str(bomb)], "refused < 10 s, < 500 MB"),
        ("extract: 49 MB text", ["extract", "--indent", "0", str(text)], f"<= {timeout_s} s"),
        ("ingest: 49 MB text", ["ingest", str(text)], f"<= {timeout_s} s"),
    ):
        code, wall, peak, last = measured([*command(), *args], env)
        outcome = "extracted" if code == 0 and label.startswith("extract") else short(last, 90)
        say(f"{label:<34} {code:>4} {wall:>8.1f} {peak:>8.0f}  {outcome}")
        say(f"{'':<34} goal: {goal}")


# -- the server ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of one process, from /proc."""
    status = Path(f"/proc/{pid}/status").read_text()
    current = int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024
    peak = int(re.search(r"VmHWM:\s+(\d+)", status)[1]) / 1024
    return current, peak


@contextlib.contextmanager
def server(data_dir: Path, timeout_s: int) -> Iterator[tuple[subprocess.Popen, int]]:
    env = environment(
        data_dir,
        RUIMTEMONITOR_EXTRACT_TIMEOUT=str(timeout_s),
        RUIMTEMONITOR_ADMIN_PASSWORD="een-lang-wachtwoord-42",
        DEBUG="false",
    )
    subprocess.run(
        [*command(), "init", "--admin", "beheerder"], env=env, check=True, capture_output=True
    )
    port = free_port()
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [*command(), "serve", "--host", HOST, "--port", str(port), "--threads", "4"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        import requests

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"http://{HOST}:{port}/", timeout=2).status_code == 200:
                    break
            time.sleep(0.3)
        yield process, port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def server_run(folder: Path, uploads: list[Path], timeout_s: int) -> None:
    import requests

    data_dir = folder / "server-data"
    data_dir.mkdir()
    with server(data_dir, timeout_s) as (process, port):
        base = f"http://{HOST}:{port}"
        session = requests.Session()
        session.get(f"{base}/inloggen")
        login = session.post(
            f"{base}/inloggen",
            data={
                "username": "beheerder",
                "password": "een-lang-wachtwoord-42",
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
            },
            headers={"Referer": f"{base}/inloggen"},
        )
        login.raise_for_status()
        session.get(f"{base}/")  # warm the pages once before the baseline
        start, _ = rss_mb(process.pid)
        say(f"server pid {process.pid}: {start:.0f} MB resident after start and one page")
        say(f"{'upload':<30} {'MB':>6} {'answer s':>9} {'job status':<12} {'RSS MB':>7}")
        for path in uploads:
            began = time.monotonic()
            page = session.get(f"{base}/documenten/uploaden")
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]
            with path.open("rb") as stream:
                answer = session.post(
                    f"{base}/documenten/uploaden",
                    data={"csrfmiddlewaretoken": token},
                    files={"bestanden": (path.name, stream)},
                    headers={"Referer": f"{base}/documenten/uploaden"},
                    allow_redirects=False,
                )
            answered = time.monotonic() - began
            status = "?"
            location = answer.headers.get("Location", "")
            if answer.status_code == 302 and "/taken/" in location:
                for _ in range(int(timeout_s * 2 + 60)):
                    data = session.get(f"{base}{location}/status").json()
                    status = data["status"]
                    if data["finished"]:
                        break
                    time.sleep(0.5)
            now, _ = rss_mb(process.pid)
            size = path.stat().st_size / MB
            say(f"{path.name:<30} {size:>6.1f} {answered:>9.2f} {status:<12} {now:>7.0f}")
        end, peak = rss_mb(process.pid)
        say(
            f"server process: {start:.0f} MB at start, peak {peak:.0f} MB, {end:.0f} MB after; "
            f"growth {end - start:+.0f} MB, peak over start {peak - start:+.0f} MB "
            "(goal: at most 100 MB)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=int, default=30, help="RUIMTEMONITOR_EXTRACT_TIMEOUT")
    parser.add_argument("--skip-server", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rm-hostile-"))
    try:
        began = time.monotonic()
        bomb = make_bomb(folder / "bom.docx")
        text = make_long_text(folder / "lang.txt")
        say(
            f"files: {bomb.name} {bomb.stat().st_size / MB:.1f} MB (unpacks to "
            f"{sum(i.file_size for i in zipfile.ZipFile(bomb).infolist()) / MB:,.0f} MB), "
            f"{text.name} {text.stat().st_size / MB:.1f} MB; made in "
            f"{time.monotonic() - began:.1f} s; limit {args.timeout} s; "
            f"load {os.getloadavg()[0]:.2f}"
        )
        say()
        cli_runs(folder, bomb, text, args.timeout)
        if not args.skip_server:
            say()
            letters = folder / "brieven"
            letters.mkdir()
            samples = [shutil.copy(sample_path(n), letters / f"{n}.txt") for n in sample_names()]
            server_run(folder, [bomb, text, *map(Path, samples)], args.timeout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
