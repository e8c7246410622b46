"""The console script run as a user runs it: a separate process with the environment given.

Shared by the tests of the command line and of ingesting through it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONSOLE = (sys.executable, "-m", "ruimtemonitor.cli")


def run_console(
    *args: str, env: dict[str, str], cwd: Path | None = None, timeout: int = 120
) -> subprocess.CompletedProcess:
    """Run ``ruimtemonitor ARGS`` to the end, its output captured as text; never raises on a
    non-zero exit, so that a test can check it."""
    return subprocess.run(
        [*CONSOLE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def start_console(*args: str, env: dict[str, str], **popen: object) -> subprocess.Popen:
    """Start ``ruimtemonitor ARGS`` (a worker) in the background."""
    return subprocess.Popen([*CONSOLE, *args], env=env, **popen)
