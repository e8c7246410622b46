"""Ingestion writes the first history row of every record it creates, as simple-history would:
one "+" row per record, every tracked field as stored, the ingesting user and reason "ingest".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from simple_history.utils import bulk_create_with_history

from ruimtemonitor.core.extraction.service import sample_names, sample_path
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.models import JobStatus
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.ingestion.storing import ExtractionStore
from ruimtemonitor.projects.models import Milestone, MoneyLine, Project
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment, ParliamentaryItem

RECORDS = (
    Document,
    Arrangement,
    Agreement,
    Commitment,
    Project,
    MoneyLine,
    Milestone,
    ParliamentaryItem,
)


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    folder = tmp_path / "brieven"
    folder.mkdir()
    for name in sample_names():
        shutil.copy(sample_path(name), folder / f"{name}.txt")
    return folder


def history_rows(model: type) -> list[dict]:
    history = model.history.model
    fields = [f.attname for f in history.tracked_fields]
    meta = ["history_type", "history_user_id", "history_change_reason"]
    return list(history.objects.order_by("id", "history_id").values(*fields, *meta))


def stored_rows(model: type) -> dict[int, dict]:
    fields = [f.attname for f in model.history.model.tracked_fields]
    return {row["id"]: row for row in model.objects.values(*fields)}


def simple_history_create(self: ExtractionStore, model: type, objects: list) -> list:
    """What ingestion used before it wrote history rows itself: the reference to compare with."""
    if not objects:
        return []
    return bulk_create_with_history(
        objects, model, default_user=self.user, default_change_reason="ingest"
    )


@pytest.mark.parametrize("writer", ["ingestion", "simple-history"])
def test_every_ingested_record_has_one_creation_row_equal_to_the_stored_record(
    reference_data, samples: Path, make_user, monkeypatch, writer: str
) -> None:
    """Run with simple-history's own writer too: both must meet the same description, which
    fixes every column of the row but its id and date."""
    if writer == "simple-history":
        monkeypatch.setattr(ExtractionStore, "create", simple_history_create)
    editor = make_user("inlezer")
    summary = ingest_paths([samples], user=editor)
    assert summary.count(JobStatus.SUCCEEDED) == len(sample_names())
    for model in RECORDS:
        stored = stored_rows(model)
        rows = history_rows(model)
        assert stored, model.__name__
        # Lineage may then link a new generation's agreements to their predecessors: one
        # "~" row each, after the creation row, that only sets ``continues``.
        linked = [r for r in rows if r["history_change_reason"] == "lineage"]
        rows = [r for r in rows if r["history_change_reason"] != "lineage"]
        assert all(r["history_type"] == "~" for r in linked), model.__name__
        assert len(rows) == len(stored), model.__name__
        continued = {r["id"]: r["continues_id"] for r in linked}
        for row in rows:
            assert row.pop("history_type") == "+"
            assert row.pop("history_user_id") == editor.pk
            assert row.pop("history_change_reason") == "ingest"
            if row["id"] in continued:
                assert row["continues_id"] is None
                row["continues_id"] = continued[row["id"]]
            assert row == stored[row["id"]], model.__name__


def test_without_a_user_the_creation_rows_have_none(reference_data, samples: Path) -> None:
    ingest_paths([samples / "mirt_brief.txt"])
    for model in (Document, Project, MoneyLine):
        rows = model.history.model.objects.all()
        assert rows.exists()
        assert {(r.history_user_id, r.history_change_reason) for r in rows} == {(None, "ingest")}
