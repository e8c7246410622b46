"""Indexes for the agreement list, its facets and the deadline lists (docs/performance.md).

- ``register_arrangement_year_id``: the list's default order starts with the arrangement's
  year and id, so the first page is read arrangement by arrangement (an incremental sort of a
  few hundred rows) instead of sorting every agreement.
- ``register_agreement_facets`` (PostgreSQL): a narrow copy of the columns the filters and
  facet counts read, so they scan a few MB of index instead of the wide table, whose rows
  carry the search text (index-only scans once VACUUM has run).
- ``register_agreement_updated_id``: the "recently changed" order.
- ``register_commitment_deadline``: commitments by deadline, as the dashboard lists them and
  the deadline filters select them; on PostgreSQL it carries status and review state too.

They are written as SQL, like migration 0004, so the models' state stays as it is; every
statement is safe to repeat.
"""

from django.db import migrations

COMMON = [
    (
        "register_arrangement_year_id",
        "CREATE INDEX IF NOT EXISTS register_arrangement_year_id "
        "ON register_arrangement (year, id)",
    ),
    (
        "register_agreement_updated_id",
        "CREATE INDEX IF NOT EXISTS register_agreement_updated_id "
        "ON register_agreement (updated_at, id)",
    ),
]
POSTGRESQL = [
    (
        "register_agreement_facets",
        "CREATE INDEX IF NOT EXISTS register_agreement_facets "
        "ON register_agreement (status, arrangement_id) "
        "INCLUDE (id, review_state, chapter, chapter_title, all_departments, types)",
    ),
    (
        "register_commitment_deadline",
        "CREATE INDEX IF NOT EXISTS register_commitment_deadline "
        'ON register_commitment (deadline_end, agreement_id, "position", id) '
        "INCLUDE (status, review_state)",
    ),
]
OTHER = [
    (
        "register_commitment_deadline",
        "CREATE INDEX IF NOT EXISTS register_commitment_deadline "
        'ON register_commitment (deadline_end, agreement_id, "position", id)',
    ),
]


def _indexes(vendor):
    return COMMON + (POSTGRESQL if vendor == "postgresql" else OTHER)


def create_indexes(apps, schema_editor):
    for _, sql in _indexes(schema_editor.connection.vendor):
        schema_editor.execute(sql)


def drop_indexes(apps, schema_editor):
    for name, _ in _indexes(schema_editor.connection.vendor):
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("register", "0006_status_reports")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
