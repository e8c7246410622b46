"""The "created" history rows of records inserted in bulk, written by the database.

simple-history builds one historical instance per record in Python; ingestion inserts
thousands of records per file, so these INSERT … SELECT statements copy the stored rows
into the history tables instead (the same rows, with date, user, reason and type "+").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models import Model
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_model_for_model

__all__ = [
    "add_to_first_history_m2m",
    "create_with_history",
    "history_model",
    "write_first_history",
    "write_first_history_m2m",
]

_HISTORY_SQL: dict[tuple[type[Model], str], str] = {}
_HISTORY_BATCH = 500
_HISTORY_MODELS: dict[type[Model], type[Model]] = {}


def history_model(model: type[Model]) -> type[Model]:
    """The historical model, looked up once: ``Model.history`` builds a manager class on
    every access."""
    if model not in _HISTORY_MODELS:
        _HISTORY_MODELS[model] = get_history_model_for_model(model)
    return _HISTORY_MODELS[model]


def write_first_history(
    model: type[Model], pks: Sequence[int], *, user: object | None, reason: str
) -> None:
    """The "created" history rows of records just inserted, copied from the stored rows by the
    database: the same row ``bulk_create_with_history`` writes (every tracked field, the date,
    user, reason and type "+"), without building a historical instance per record in Python.
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = history_model(model)
    params = [
        history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection),
        getattr(user, "pk", None),
        reason,
        "+",
    ]
    for first in range(0, len(pks), _HISTORY_BATCH):
        batch = list(pks[first : first + _HISTORY_BATCH])
        key = (model, connection.vendor)
        if key not in _HISTORY_SQL:
            quote = connection.ops.quote_name
            fields = history.tracked_fields
            _HISTORY_SQL[key] = (
                "INSERT INTO {history} ({targets}, {date}, {user}, {reason}, {type}) "
                "SELECT {sources}, %s, %s, %s, %s FROM {table} WHERE {pk} IN ({{ids}}) "
                "ORDER BY {pk}"
            ).format(
                history=quote(history._meta.db_table),
                targets=", ".join(quote(history._meta.get_field(f.name).column) for f in fields),
                date=quote(history._meta.get_field("history_date").column),
                user=quote(history._meta.get_field("history_user").column),
                reason=quote(history._meta.get_field("history_change_reason").column),
                type=quote(history._meta.get_field("history_type").column),
                sources=", ".join(quote(f.column) for f in fields),
                table=quote(model._meta.db_table),
                pk=quote(model._meta.pk.column),
            )
        sql = _HISTORY_SQL[key].format(ids=", ".join(["%s"] * len(batch)))
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *batch])


_HISTORY_M2M_SQL: dict[tuple[type[Model], str, str], str] = {}


def write_first_history_m2m(model: type[Model], pks: Sequence[int]) -> None:
    """The many-to-many part of the "created" history rows, once the relations are stored:
    for every tracked many-to-many field, a copy of each through row tied to the record's "+"
    row, as simple-history writes them (``create_historical_record_m2ms``). Without it the
    first edit after ingestion shows the departments as if that person had added them."""
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = history_model(model)
    for field in history._history_m2m_fields:
        key = (model, field.name, connection.vendor)
        if key not in _HISTORY_M2M_SQL:
            _HISTORY_M2M_SQL[key] = _history_m2m_sql(model, history, field)
        for first in range(0, len(pks), _HISTORY_BATCH):
            batch = list(pks[first : first + _HISTORY_BATCH])
            sql = _HISTORY_M2M_SQL[key].format(ids=", ".join(["%s"] * len(batch)))
            with connection.cursor() as cursor:
                cursor.execute(sql, batch)


def add_to_first_history_m2m(model: type[Model], field_name: str, pks: Sequence[int]) -> None:
    """Relations of one field added after the "created" history rows were written (the area
    links found from the mentions, later in the same job): copied into the "+" row of each
    record that has no later history yet, once. Without it the first edit shows the areas as
    if that person had added them."""
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = history_model(model)
    field = next((f for f in history._history_m2m_fields if f.name == field_name), None)
    if field is None:
        return
    quote = connection.ops.quote_name
    base = _history_m2m_sql(model, history, field)
    m2m_history = apps.get_model(history._meta.app_label, f"{history.__name__}_{field.name}")
    through = field.remote_field.through
    target_column = next(
        f.column
        for f in through._meta.concrete_fields
        if f.is_relation and f.related_model is not model
    )
    record = quote(history._meta.get_field(model._meta.pk.name).column)
    extra = (
        " AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.{history_id} = h.{history_pk}"
        " AND x.{related} = t.{related})"
        " AND NOT EXISTS (SELECT 1 FROM {history} later WHERE later.{record} = h.{record}"
        " AND later.{history_pk} > h.{history_pk})"
    ).format(
        target=quote(m2m_history._meta.db_table),
        history_id=quote(m2m_history._meta.get_field("history").column),
        history_pk=quote(history._meta.pk.column),
        related=quote(target_column),
        history=quote(history._meta.db_table),
        record=record,
    )
    sql = base.replace(" ORDER BY ", extra + " ORDER BY ", 1)
    for first in range(0, len(pks), _HISTORY_BATCH):
        batch = list(pks[first : first + _HISTORY_BATCH])
        with connection.cursor() as cursor:
            cursor.execute(sql.format(ids=", ".join(["%s"] * len(batch))), batch)


def _history_m2m_sql(model: type[Model], history: type[Model], field: Any) -> str:
    """INSERT … SELECT copying a field's through rows of new records into its history table."""
    quote = connection.ops.quote_name
    m2m_history = apps.get_model(history._meta.app_label, f"{history.__name__}_{field.name}")
    through = field.remote_field.through
    columns = [f.column for f in through._meta.concrete_fields]
    source = next(
        f.column
        for f in through._meta.concrete_fields
        if f.is_relation and f.related_model is model
    )
    return (
        "INSERT INTO {target} ({targets}, {history_id}) "
        "SELECT {sources}, h.{history_pk} FROM {through} t "
        "JOIN {history} h ON h.{record_pk} = t.{source} AND h.{type} = '+' "
        "WHERE t.{source} IN ({{ids}}) ORDER BY t.{through_pk}"
    ).format(
        target=quote(m2m_history._meta.db_table),
        targets=", ".join(quote(c) for c in columns),  # same columns as the through table
        history_id=quote(m2m_history._meta.get_field("history").column),
        sources=", ".join(f"t.{quote(c)}" for c in columns),
        history_pk=quote(history._meta.pk.column),
        through=quote(through._meta.db_table),
        history=quote(history._meta.db_table),
        record_pk=quote(history._meta.get_field(model._meta.pk.name).column),
        type=quote(history._meta.get_field("history_type").column),
        source=quote(source),
        through_pk=quote(through._meta.pk.column),
    )


def create_with_history(model: type[Model], objects: list, *, user: object | None) -> list:
    """Insert new records with their first history row, in bulk (ingest is the author)."""
    if not objects:
        return []
    if not connection.features.can_return_rows_from_bulk_insert:
        return bulk_create_with_history(
            objects, model, default_user=user, default_change_reason="ingest"
        )
    created = model._default_manager.bulk_create(objects)
    author = user or history_model(model).get_default_history_user(created[0])
    write_first_history(model, [obj.pk for obj in created], user=author, reason="ingest")
    return created
