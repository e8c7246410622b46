"""Backup and restore: the database, the uploaded files and the secret key in one archive.

``dumpdata``/``loaddata`` go through the models, and fail on history tables (a historical row
that points at a record deleted since) and rewrite timestamps (``auto_now``). This copies
every table as it is instead, row for row and column for column, whatever the database
engine: a backup made on SQLite restores on PostgreSQL and the other way round, as long as
both run the same migrations.

The archive (``.tar.gz``) holds ``manifest.json`` (version, migrations, row counts),
``database/<table>.jsonl`` (a header line with the columns, then one JSON array per row),
``media/…`` (the uploaded and ingested files) and ``secret_key`` (the generated key in the
data directory, when the key is not given by the environment).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import io
import json
import shutil
import tarfile
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils.duration import duration_iso_string

from ruimtemonitor import __version__

__all__ = ["FORMAT", "BackupError", "BackupSummary", "backup", "database_tables", "restore"]

FORMAT = 1
_BATCH = 1000


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why in one sentence."""


@dataclass(frozen=True)
class BackupSummary:
    tables: int
    rows: int
    files: int
    secret_key: bool


def database_tables() -> list[type[models.Model]]:
    """Every model that owns a table: the apps' models, their through tables, the history
    tables and those of Django's own apps, in a stable order. Not the register version's
    tables: database triggers write them (``register.version``), also while a restore loads
    the other tables, and a restored register gets a new version anyway."""
    from ruimtemonitor.register.version import PENDING_TABLE, VERSION_TABLE

    seen: dict[str, type[models.Model]] = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.db_table in seen:
            continue
        if meta.db_table in {VERSION_TABLE, PENDING_TABLE}:
            continue
        seen[meta.db_table] = model
    return [seen[table] for table in sorted(seen)]


def _columns(model: type[models.Model]) -> list[models.Field]:
    return list(model._meta.local_concrete_fields)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_iso_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _rows(model: type[models.Model]) -> Iterator[list[Any]]:
    names = [field.attname for field in _columns(model)]
    query = model._base_manager.order_by(model._meta.pk.attname).values_list(*names)
    for row in query.iterator(chunk_size=_BATCH):
        yield [_encode(value) for value in row]


def _migrations() -> list[list[str]]:
    recorder = MigrationRecorder(connection)
    return sorted([app, name] for app, name in recorder.applied_migrations())


def _key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def backup(target: Path) -> BackupSummary:
    """Write the archive to ``target`` (the database is read in one transaction, so the copy
    is consistent while the site keeps running)."""
    target = Path(target)
    media_root = Path(settings.MEDIA_ROOT)
    key_file = Path(settings.DATA_DIR) / "secret_key"
    key_from_file = key_file.is_file() and key_file.read_text("ascii").strip() == (
        settings.SECRET_KEY
    )
    counts: dict[str, int] = {}
    files = 0
    partial = target.with_name(target.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="ruimtemonitor-backup-") as scratch:
        with transaction.atomic():  # one snapshot of every table
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            dumps = []
            for model in database_tables():
                path = Path(scratch) / f"{model._meta.db_table}.jsonl"
                count = 0
                with path.open("w", encoding="utf-8") as out:
                    header = {
                        "table": model._meta.db_table,
                        "model": model._meta.label,
                        "columns": [field.column for field in _columns(model)],
                    }
                    out.write(json.dumps(header) + "\n")
                    for row in _rows(model):
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
                        count += 1
                counts[model._meta.db_table] = count
                dumps.append(path)
            migrations = _migrations()
        manifest = {
            "format": FORMAT,
            "ruimtemonitor": __version__,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "database": connection.vendor,
            "migrations": migrations,
            "tables": counts,
            "secret_key": "file" if key_from_file else "environment",
            "secret_key_fingerprint": _key_fingerprint(settings.SECRET_KEY),
        }
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            for path in dumps:
                archive.add(path, arcname=f"database/{path.name}")
            if media_root.is_dir():
                for path in sorted(media_root.rglob("*")):
                    if path.is_file() and not path.is_symlink():
                        archive.add(path, arcname=f"media/{path.relative_to(media_root)}")
                        files += 1
            if key_from_file:
                archive.add(key_file, arcname="secret_key")
    partial.chmod(0o600)  # it holds password hashes and the signing key
    partial.replace(target)
    return BackupSummary(
        tables=len(counts), rows=sum(counts.values()), files=files, secret_key=key_from_file
    )


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def read_manifest(source: Path) -> dict[str, Any]:
    try:
        with tarfile.open(source, "r:gz") as archive:
            member = archive.extractfile("manifest.json")
            if member is None:
                raise KeyError("manifest.json")
            manifest = json.loads(member.read())
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{source} is not a Ruimtemonitor backup ({error}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} has backup format {manifest.get('format')}, not {FORMAT}.")
    return manifest


def has_data() -> bool:
    """Whether the database holds anything a person or ingestion made (Django's own content
    types and permissions, which ``migrate`` writes, do not count)."""
    skip = {"contenttypes", "auth"}
    return any(
        model._base_manager.exists()
        for model in database_tables()
        if model._meta.app_label not in skip
    )


def restore(source: Path) -> BackupSummary:
    """Replace the database's content, the media folder and the data directory's key by the
    archive's. The database must run the same migrations as the one backed up."""
    source = Path(source)
    manifest = read_manifest(source)
    ours = _migrations()
    theirs = sorted(list(pair) for pair in manifest["migrations"])
    if ours != theirs:
        missing = [f"{a}.{n}" for a, n in theirs if [a, n] not in ours][:3]
        extra = [f"{a}.{n}" for a, n in ours if [a, n] not in theirs][:3]
        raise BackupError(
            "the backup was made with other migrations than this database has "
            f"(only in the backup: {', '.join(missing) or 'none'}; only here: "
            f"{', '.join(extra) or 'none'}); restore it with Ruimtemonitor "
            f"{manifest.get('ruimtemonitor')}, then upgrade."
        )
    tables = {model._meta.db_table: model for model in database_tables()}
    unknown = sorted(set(manifest["tables"]) - set(tables))
    if unknown:
        raise BackupError(f"the backup has tables this version does not know: {unknown[:3]}.")
    rows = 0
    files = 0
    with tarfile.open(source, "r:gz") as archive:
        with transaction.atomic():
            # Foreign keys are checked at commit: tables load in any order.
            connection.ops.execute_sql_flush(
                connection.ops.sql_flush(no_style(), list(tables), reset_sequences=True)
            )
            for table, expected in manifest["tables"].items():
                member = archive.extractfile(f"database/{table}.jsonl")
                if member is None:
                    raise BackupError(f"the backup lacks the rows of table {table}.")
                loaded = _load_table(tables[table], io.TextIOWrapper(member, encoding="utf-8"))
                if loaded != expected:
                    raise BackupError(
                        f"table {table} has {loaded} rows in the backup, not {expected}."
                    )
                rows += loaded
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), list(tables.values())):
                    cursor.execute(sql)
        files = _restore_files(archive)
    return BackupSummary(
        tables=len(manifest["tables"]),
        rows=rows,
        files=files,
        secret_key=manifest.get("secret_key") == "file",
    )


def _load_table(model: type[models.Model], lines: io.TextIOWrapper) -> int:
    header = json.loads(lines.readline())
    by_column = {field.column: field for field in _columns(model)}
    if set(header["columns"]) != set(by_column):
        raise BackupError(f"the columns of table {header['table']} differ from this version's.")
    fields = [by_column[column] for column in header["columns"]]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    count = 0
    batch: list[list[Any]] = []
    with connection.cursor() as cursor:
        for line in lines:
            values = json.loads(line)
            batch.append(
                [_prepare(field, value) for field, value in zip(fields, values, strict=True)]
            )
            if len(batch) >= _BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _prepare(field: models.Field, value: Any) -> Any:
    """A value as the database column takes it, through the field's own conversion."""
    if value is None:
        return None
    if not isinstance(field, models.JSONField):
        value = field.to_python(value)
    return field.get_db_prep_save(value, connection)


def _restore_files(archive: tarfile.TarFile) -> int:
    """Replace the media folder by the archive's; put back the data directory's key."""
    media_root = Path(settings.MEDIA_ROOT)
    data_dir = Path(settings.DATA_DIR)
    with tempfile.TemporaryDirectory(prefix="media-", dir=data_dir) as scratch:
        members = [m for m in archive.getmembers() if m.name.startswith("media/") and m.isfile()]
        archive.extractall(scratch, members=members, filter="data")
        extracted = Path(scratch) / "media"
        if media_root.exists():
            shutil.rmtree(media_root)
        if extracted.exists():
            extracted.replace(media_root)
        else:
            media_root.mkdir(parents=True)
    try:
        key = archive.extractfile("secret_key")
    except KeyError:
        key = None
    if key is not None:
        key_file = data_dir / "secret_key"
        key_file.write_bytes(key.read())
        key_file.chmod(0o600)
    return len(members)
