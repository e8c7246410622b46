"""The console script, run as a user runs it: a separate process with its own environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.integration.commands import run_console

from ruimtemonitor import __version__
from ruimtemonitor.core.reference import areas, organisations


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "RUIMTEMONITOR_ENV", "DJANGO_SETTINGS_MODULE"}
    }
    full_env.update(env or {})
    return run_console(*args, env=full_env, cwd=cwd)


def test_version_and_help_list_the_commands() -> None:
    assert run_cli("--version").stdout.strip() == f"ruimtemonitor {__version__}"
    help_text = run_cli("--help").stdout
    for command in ("init", "serve", "manage", "organisations"):
        assert command in help_text


def test_malformed_database_url_stops_with_one_sentence(tmp_path: Path) -> None:
    result = run_cli(
        "init",
        env={"DATABASE_URL": "postgresql://u@h:port/db", "RUIMTEMONITOR_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "ruimtemonitor: configuration error: DATABASE_URL 'postgresql://u@h:port/db' "
        "has a port that is not a number."
    ]


def test_a_broker_without_the_broker_extra_says_which_extra_to_install(tmp_path: Path) -> None:
    """Celery is optional: with a broker configured and Celery absent, the worker stops with
    the install command, not an ImportError."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "RUIMTEMONITOR_ENV", "DJANGO_SETTINGS_MODULE"}
    }
    env |= {"RUIMTEMONITOR_BROKER_URL": "redis://127.0.0.1:1/0"}
    env |= {"RUIMTEMONITOR_DATA_DIR": str(tmp_path)}
    without_celery = (
        "import sys; sys.modules['celery'] = None; from ruimtemonitor.cli import main; "
        "sys.exit(main(['worker']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", without_celery],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "pip install 'ruimtemonitor[broker]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_without_secret_key_stops_with_one_sentence(tmp_path: Path) -> None:
    result = run_cli(
        "init",
        env={
            "RUIMTEMONITOR_ENV": "production",
            "ALLOWED_HOSTS": "rm.example.nl",
            "RUIMTEMONITOR_DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "ruimtemonitor: configuration error: SECRET_KEY must be set in production"
    )


@pytest.mark.slow
def test_init_twice_creates_the_database_and_reference_data(tmp_path: Path) -> None:
    env = {
        "RUIMTEMONITOR_DATA_DIR": str(tmp_path),
        "RUIMTEMONITOR_ADMIN_PASSWORD": "een-lang-wachtwoord-42",
    }
    first = run_cli("init", "--demo", "--admin", "beheer", env=env)
    assert first.returncode == 0, first.stderr
    shipped = len(organisations()) + len(areas())
    assert f"{shipped} nieuw" in first.stdout and "Beheerder 'beheer' aangemaakt." in first.stdout
    assert "Voorbeeldbrieven (verzonnen, als voorbeeld gemarkeerd): 4 ingelezen" in first.stdout
    letters = Path(__file__).parent.parent / "data" / "lineage"
    second = run_cli("init", "--demo", "--admin", "beheer", "--letters", str(letters), env=env)
    assert second.returncode == 0, second.stderr
    assert f"0 nieuw, 0 bijgewerkt, {shipped} ongewijzigd" in second.stdout
    # Real letters given: only they are read, the samples are not added to them.
    assert "Brieven: 2 ingelezen, 0 al aanwezig." in second.stdout
    assert "bevat ook 4 voorbeeldbrieven van een eerdere keer" in second.stdout
    assert (tmp_path / "ruimtemonitor.sqlite3").is_file()
    assert (tmp_path / "secret_key").is_file()


def test_serve_with_processes_forks_servers_that_share_the_port(tmp_path: Path) -> None:
    """``serve --processes 2``: two servers answer on one port; stopping the parent stops
    them all."""
    import signal
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | {"RUIMTEMONITOR_DATA_DIR": str(tmp_path), "ALLOWED_HOSTS": "127.0.0.1"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "ruimtemonitor.cli", "serve", "--port", str(port)),
            *("--processes", "2", "--threads", "2", "--no-worker"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/web/site.css") as r:
                    assert r.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "the servers did not answer"
                time.sleep(0.5)
        children = subprocess.run(
            ["pgrep", "-P", str(process.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        assert len(children) == 2
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    time.sleep(1)
    for child in children:
        assert (
            not Path(f"/proc/{child}").exists()
            or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
        )
