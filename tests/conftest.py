"""Test tiers follow the folders: tests/unit, tests/integration, tests/browser get their marker."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

TESTS_DIR = Path(__file__).parent
# ../shared/corpus beside the checkout, or wherever RUIMTEMONITOR_CORPUS_DIR points.
CORPUS_DIR = Path(
    os.environ.get("RUIMTEMONITOR_CORPUS_DIR") or TESTS_DIR.parent.parent / "shared" / "corpus"
).resolve()
CORPUS_BUNDLE = "000_2625f7667a8edade.txt"  # the real bundle most corpus tests read


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        tier = Path(item.fspath).relative_to(TESTS_DIR).parts[0]
        if tier in {"unit", "integration", "browser"}:
            item.add_marker(getattr(pytest.mark, tier))
        if item.get_closest_marker("corpus") and not CORPUS_DIR.is_dir():
            item.add_marker(pytest.mark.skip(reason=f"corpus not present at {CORPUS_DIR}"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus folder; the test is skipped when it is absent."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"corpus not present at {CORPUS_DIR}")
    return CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_location() -> Path:
    """Where the corpus is looked for, present or not (for tests that fall back without it)."""
    return CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_text(corpus_dir: Path) -> str:
    """The text of the real bundle of BO letters, read once (skipped without the corpus)."""
    path = corpus_dir / CORPUS_BUNDLE
    if not path.is_file():
        pytest.skip(f"corpus not present at {path}")
    return path.read_text(encoding="utf-8")


def schema_errors(instance: object, schema: dict[str, Any]) -> list[str]:
    """Every place where ``instance`` breaks ``schema`` (JSON Schema, by ``jsonschema``), as
    "$.path: message"; empty when it is valid. The schema itself is checked first."""
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return [f"{e.json_path}: {e.message}" for e in validator(schema).iter_errors(instance)]


@pytest.fixture(name="schema_errors", scope="session")
def schema_errors_fixture() -> Callable[[object, dict[str, Any]], list[str]]:
    return schema_errors


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
