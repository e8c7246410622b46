"""`ruimtemonitor backup` / `restore`: every table and history row, the files and the key
come back exactly as they were (run with DATABASE_URL for PostgreSQL)."""

from __future__ import annotations

import hashlib
import tarfile
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.backup import BackupError, backup, database_tables, restore
from ruimtemonitor.cli import main
from ruimtemonitor.common.editing import save_edit
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.models import Job
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import Agreement

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, read with plain SQL (not through the backup's own code)."""
    rows = {}
    with connection.cursor() as cursor:
        for model in database_tables():
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT * FROM {table} ORDER BY {pk}")
            rows[model._meta.db_table] = [tuple(row) for row in cursor.fetchall()]
    return rows


def files(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def data_dir(tmp_path: Path):
    folder = tmp_path / "data"
    (folder / "media").mkdir(parents=True)
    (folder / "secret_key").write_text("de-sleutel-van-deze-installatie-1234567890\n")
    with override_settings(
        DATA_DIR=folder,
        MEDIA_ROOT=folder / "media",
        SECRET_KEY="de-sleutel-van-deze-installatie-1234567890",
    ):
        yield folder


def test_a_backup_restores_every_table_history_row_file_and_the_key(
    data_dir: Path, tmp_path: Path, sample_folder: Path, reference_data, make_user
) -> None:
    editor = make_user("redacteur", role=Role.ADMINISTRATOR)
    ingest_paths([sample_folder], user=editor)
    agreement = Agreement.objects.filter(departments__isnull=False).first()
    save_edit(agreement, {"status": "lopend"}, version=agreement.version, user=editor, reason="x")
    before = snapshot()
    media_before = files(data_dir / "media")
    assert media_before and before["register_historicalagreement_departments"]
    assert sum(len(rows) for rows in before.values()) > 500

    archive = tmp_path / "backup.tar.gz"
    summary = backup(archive)
    assert summary.rows == sum(len(rows) for rows in before.values())
    assert summary.secret_key and oct(archive.stat().st_mode & 0o777) == "0o600"

    # Then things happen: records deleted and added, a file lost, the key replaced.
    Agreement.objects.all().delete()
    Document.objects.filter(parent=None).first().delete()
    make_user("nieuw")
    next(iter((data_dir / "media").rglob("*.txt"))).unlink()
    (data_dir / "media" / "vreemd.txt").write_text("hoort er niet bij")
    (data_dir / "secret_key").write_text("een-andere-sleutel\n")
    assert snapshot() != before

    restored = restore(archive)
    assert restored.rows == summary.rows
    after = snapshot()
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table
    assert files(data_dir / "media") == media_before
    assert (data_dir / "secret_key").read_text() == "de-sleutel-van-deze-installatie-1234567890\n"
    # The sequences continue after the restored ids.
    job = Job.objects.create(source_name="daarna.txt")
    assert job.pk > max(row[0] for row in before["ingestion_job"])


def test_restore_refuses_a_backup_of_other_migrations(data_dir: Path, tmp_path: Path, db) -> None:
    archive = tmp_path / "backup.tar.gz"
    backup(archive)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('ingestion', '9999_later', CURRENT_TIMESTAMP)"
        )
    with pytest.raises(BackupError, match=r"other migrations.*only here: ingestion\.9999_later"):
        restore(archive)


def test_the_commands_refuse_to_overwrite_data_without_replace(
    data_dir: Path, tmp_path: Path, reference_data, capsys
) -> None:
    archive = tmp_path / "backup.tar.gz"
    assert main(["backup", str(archive)]) == 0
    assert "with the secret key" in capsys.readouterr().out
    assert main(["restore", str(archive)]) == 2  # reference data is there
    assert "--replace" in capsys.readouterr().err
    assert main(["restore", "--replace", str(archive)]) == 0
    not_a_backup = tmp_path / "iets.tar.gz"
    with tarfile.open(not_a_backup, "w:gz"):
        pass
    assert main(["restore", "--replace", str(not_a_backup)]) == 1
    assert "is not a Ruimtemonitor backup" in capsys.readouterr().err
