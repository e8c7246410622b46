"""The server sets aside what start-up loaded, so a full garbage collection inside a request
walks only what requests made, and such collections come less often (``config.memory``)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from ruimtemonitor.config.memory import FULL_AFTER, tune_collector

SRC = Path(__file__).resolve().parents[2] / "src"


def test_tune_collector_sets_aside_the_loaded_application() -> None:
    thresholds = gc.get_threshold()
    try:
        frozen = tune_collector()
        # Frozen objects are still freed by reference counting, so the count can only fall
        # after the call (another thread dropping a loaded object is enough): by a few, not more.
        assert 0 <= frozen - gc.get_freeze_count() < 1_000
        assert frozen > 10_000  # Django, the URL configuration and every view module
        assert "ruimtemonitor.web.views.agreements.listing" in sys.modules
        assert "ruimtemonitor.api.views" in sys.modules
        # Left outside: only what was made after it; a full collection walks those alone.
        assert len(gc.get_objects()) < frozen
        assert gc.get_threshold() == (thresholds[0], thresholds[1], FULL_AFTER)
    finally:
        gc.unfreeze()  # the test process goes on as before
        gc.set_threshold(*thresholds)


def test_the_wsgi_application_is_frozen_once_loaded(tmp_path: Path) -> None:
    """A WSGI server that imports ``config.wsgi`` gets the frozen process (``serve`` does)."""
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
        "RUIMTEMONITOR_DATA_DIR": str(tmp_path),
        "DEBUG": "false",
        "RUIMTEMONITOR_ENV": "development",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc, ruimtemonitor.config.wsgi as w; "
            "print(gc.get_freeze_count(), gc.get_threshold()[2])",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert found.returncode == 0, found.stderr[-2000:]
    frozen, full_after = found.stdout.split()[-2:]
    assert int(frozen) > 10_000
    assert int(full_after) == FULL_AFTER
