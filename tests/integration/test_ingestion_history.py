"""Ingestion writes the first history row of every record it creates, as simple-history would:
one "+" row per record, every tracked field as stored, the ingesting user and reason "ingest".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from simple_history.utils import bulk_create_with_history

from ruimtemonitor.core.extraction.service import sample_names
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
    reference_data, sample_folder: Path, make_user, monkeypatch, writer: str
) -> None:
    """Run with simple-history's own writer too: both must meet the same description, which
    fixes every column of the row but its id and date."""
    if writer == "simple-history":
        monkeypatch.setattr(ExtractionStore, "create", simple_history_create)
    editor = make_user("inlezer")
    summary = ingest_paths([sample_folder], user=editor)
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


def test_without_a_user_the_creation_rows_have_none(reference_data, sample_folder: Path) -> None:
    ingest_paths([sample_folder / "mirt_brief.txt"])
    for model in (Document, Project, MoneyLine):
        rows = model.history.model.objects.all()
        assert rows.exists()
        assert {(r.history_user_id, r.history_change_reason) for r in rows} == {(None, "ingest")}


def m2m_history(model: type, field: str) -> type:
    from django.apps import apps

    history = model.history.model
    return apps.get_model(history._meta.app_label, f"{history.__name__}_{field}")


def test_the_creation_rows_carry_the_many_to_many_relations_as_stored(
    reference_data, sample_folder: Path
) -> None:
    """As simple-history's ``create_historical_record_m2ms`` writes them: one row per
    through row, with the through row's own id, tied to the record's "+" history row."""
    ingest_paths([sample_folder])
    checked = 0
    for model in (Arrangement, Agreement):
        for field in model.history.model._history_m2m_fields:
            through = field.remote_field.through
            source = next(
                f.attname for f in through._meta.concrete_fields if f.related_model is model
            )
            target = next(
                f.attname
                for f in through._meta.concrete_fields
                if f.is_relation and f.attname != source
            )
            stored = set(through.objects.values_list("id", source, target))
            creation = {
                row.history_id: row.id
                for row in model.history.model.objects.filter(history_type="+")
            }
            copied = m2m_history(model, field.name).objects.filter(history_id__in=creation)
            rows = {(r.id, getattr(r, source), getattr(r, target)) for r in copied}
            assert all(creation[r.history_id] == getattr(r, source) for r in copied)
            assert rows == stored, (model.__name__, field.name)
            checked += len(rows)
    assert checked > 10  # departments and arrangement parties were there to check


def test_the_first_edit_after_ingestion_changes_only_what_the_editor_changed(
    reference_data, sample_folder: Path, make_user
) -> None:
    """Regression: the history showed "Departementen – → IenW, LVVN, VRO" for the first person
    to edit an ingested agreement, because the creation row had no departments."""
    from ruimtemonitor.accounts.models import Role
    from ruimtemonitor.common.editing import save_edit

    ingest_paths([sample_folder / "ruimtelijk_arrangement.txt"])
    agreement = Agreement.objects.filter(departments__isnull=False).order_by("pk").first()
    assert agreement is not None and agreement.departments.count() >= 2
    editor = make_user("beheerder", role=Role.ADMINISTRATOR)
    save_edit(agreement, {"status": "lopend"}, version=agreement.version, user=editor)
    created, edited = agreement.history.order_by("history_id")
    assert (created.history_type, edited.history_type) == ("+", "~")
    delta = edited.diff_against(created)
    changed = {change.field for change in delta.changes}
    assert changed == {"status", "review_state"}
    assert "departments" in {f.name for f in Agreement.history.model._history_m2m_fields}
