"""`ruimtemonitor extract` and `ingest` as a user runs them, including the queue with workers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import uuid
from pathlib import Path

import pytest
from tests.integration.commands import run_console, start_console

from ruimtemonitor.core.extraction.service import sample_path

pytestmark = pytest.mark.slow


def cli(*args: str, env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess:
    return run_console(*args, env=env, timeout=timeout)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "RUIMTEMONITOR_", "DJANGO_"))
    }
    clean["RUIMTEMONITOR_DATA_DIR"] = str(tmp_path / "data")
    return clean


def test_extract_prints_the_contract_as_json(env: dict[str, str]) -> None:
    result = cli("extract", str(sample_path("ruimtelijk_arrangement")), env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {
        "documents",
        "agreements",
        "amounts",
        "deadlines",
        "projects",
        "parliamentary_items",
        "references",
        "parties",
        "areas",
    } <= data.keys()
    assert data["agreements"] and all(
        a["source"]["end"] > a["source"]["start"] for a in data["agreements"]
    )
    assert not Path(env["RUIMTEMONITOR_DATA_DIR"]).exists()  # no database touched


def test_extract_of_a_fake_pdf_is_one_line_and_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    fake = tmp_path / "brief.pdf"
    fake.write_text("geen pdf")
    result = cli("extract", str(fake), env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "brief.pdf" in result.stderr and "Traceback" not in result.stderr


def test_ingest_exits_non_zero_when_a_file_fails_but_stores_the_rest(
    env: dict[str, str], tmp_path: Path
) -> None:
    assert cli("init", env=env).returncode == 0
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    result = cli("ingest", str(empty), str(sample_path("mirt_brief")), env=env)
    assert result.returncode == 1
    assert "FOUT" in result.stderr and "leeg.txt" in result.stderr
    assert "1 ingelezen, 0 al bekend, 1 mislukt" in result.stderr


def _redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_available(), reason="no Redis on 127.0.0.1:6379")
def test_queued_ingest_is_run_by_a_worker(env: dict[str, str]) -> None:
    env = {
        **env,
        "RUIMTEMONITOR_BROKER_URL": "redis://127.0.0.1:6379/15",
        "RUIMTEMONITOR_QUEUE": f"test-{uuid.uuid4().hex}",
    }
    assert cli("init", env=env).returncode == 0
    worker = start_console(  # one job at a time, the default
        "worker",
        "--loglevel",
        "WARNING",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        result = cli(
            "ingest",
            "--queue",
            str(sample_path("bundle")),
            str(sample_path("mirt_brief")),
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "2 ingelezen" in result.stderr
        again = cli("ingest", "--queue", str(sample_path("bundle")), env=env, timeout=120)
        assert "0 ingelezen, 1 al bekend" in again.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_queue_without_a_broker_leaves_the_jobs_to_a_database_worker(
    env: dict[str, str],
) -> None:
    assert cli("init", env=env).returncode == 0
    queued = cli("ingest", "--queue", "--no-wait", str(sample_path("mirt_brief")), env=env)
    assert queued.returncode == 0, queued.stderr
    assert "1 bestand(en) in de wachtrij gezet." in queued.stdout
    worker = start_console(
        "worker",
        "--poll",
        "0.2",
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:  # the worker takes the waiting job, then this one
        result = cli("ingest", "--queue", str(sample_path("bundle")), env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "1 ingelezen" in result.stderr
        again = cli("ingest", "--in-process", str(sample_path("mirt_brief")), env=env)
        assert "0 ingelezen, 1 al bekend" in again.stderr  # the first job was run too
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert worker.returncode == 0  # SIGTERM: it stops after its current job


def test_an_unreachable_broker_fails_the_job_with_one_sentence(env: dict[str, str]) -> None:
    env = {**env, "RUIMTEMONITOR_BROKER_URL": "redis://127.0.0.1:1/0"}
    assert cli("init", env=env).returncode == 0
    result = cli("ingest", "--queue", "--no-wait", str(sample_path("mirt_brief")), env=env)
    assert result.returncode == 1
    assert "mirt_brief.txt: the job queue cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr
