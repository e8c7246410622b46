"""Test tiers follow the folders: tests/unit, tests/integration, tests/browser get their marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).parent
# ../shared/corpus beside the checkout, or wherever RUIMTEMONITOR_CORPUS_DIR points.
CORPUS_DIR = Path(
    os.environ.get("RUIMTEMONITOR_CORPUS_DIR") or TESTS_DIR.parent.parent / "shared" / "corpus"
).resolve()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        tier = Path(item.fspath).relative_to(TESTS_DIR).parts[0]
        if tier in {"unit", "integration", "browser"}:
            item.add_marker(getattr(pytest.mark, tier))
        if item.get_closest_marker("corpus") and not CORPUS_DIR.is_dir():
            item.add_marker(pytest.mark.skip(reason=f"corpus not present at {CORPUS_DIR}"))


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"corpus not present at {CORPUS_DIR}")
    return CORPUS_DIR


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """On SQLite, test in a file rather than in memory: the browser tests' server threads
    and background ingestion then wait for each other's writes (SQLite's busy timeout)
    instead of failing with "table is locked", as an in-memory shared cache does."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")
