"""The register's version: a token that changes with every committed write to what the
agreement list's facets count, so counts cached under it never outlive the data.

Database triggers change it, not Django signals, so bulk loads (``COPY``, ``bulk_create``),
``QuerySet.update()``, raw SQL and other programs are covered too:

- PostgreSQL: a statement-level trigger on each watched table notes the writing transaction
  in ``register_version_pending`` (one row per transaction, so writers never wait on each
  other); a deferred trigger on that table gives ``register_version`` a new random token when
  the transaction commits. The token therefore becomes visible together with the data.
- SQLite: row-level triggers give the token a new value at once (one writer at a time).

``install()`` (re)creates the triggers; migration 0010 and every ``migrate`` (post_migrate)
call it, because SQLite drops a table's triggers when a migration rebuilds the table.
"""

from __future__ import annotations

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper

from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.organisations.models import Area, AreaReach, Organisation
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment, RegisterVersion

VERSION_TABLE = "register_version"
PENDING_TABLE = "register_version_pending"
TRIGGER = "register_version_mark"


def watched_models() -> list[type[models.Model]]:
    """Every table the facet counts read: agreements, commitments, their links, and the
    arrangements, areas, organisations and documents the counts are named and reached by."""
    return [
        Agreement,
        Commitment,
        Agreement.areas.through,
        Agreement.parties.through,
        Agreement.departments.through,
        Arrangement,
        Arrangement.parties.through,
        Area,
        AreaReach,
        Organisation,
        Document,
        Passage,
    ]


def watched_tables() -> list[str]:
    return [model._meta.db_table for model in watched_models()]


def _postgresql(tables: list[str]) -> list[str]:
    statements = [
        f"""CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {PENDING_TABLE} ("transaction") VALUES (txid_current())
    ON CONFLICT ("transaction") DO NOTHING;
    RETURN NULL;
END $$""",
        f"""CREATE OR REPLACE FUNCTION register_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM {PENDING_TABLE} WHERE "transaction" = NEW."transaction";
    INSERT INTO {VERSION_TABLE} (id, token)
    VALUES (1, md5(random()::text || clock_timestamp()::text || txid_current()::text))
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    RETURN NULL;
END $$""",
        f"DROP TRIGGER IF EXISTS register_version_bump ON {PENDING_TABLE}",
        f"""CREATE CONSTRAINT TRIGGER register_version_bump AFTER INSERT ON {PENDING_TABLE}
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION register_version_bump()""",
    ]
    for table in tables:
        statements += [
            f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"',
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()",
        ]
    return statements


def _sqlite(tables: list[str]) -> list[str]:
    statements = []
    for table in tables:
        for event in ("insert", "update", "delete"):
            name = f"{TRIGGER}_{table}_{event}"
            statements += [
                f'DROP TRIGGER IF EXISTS "{name}"',
                f'CREATE TRIGGER "{name}" AFTER {event.upper()} ON "{table}" BEGIN '
                f"INSERT INTO {VERSION_TABLE} (id, token) VALUES (1, lower(hex(randomblob(16)))) "
                "ON CONFLICT (id) DO UPDATE SET token = excluded.token; END",
            ]
    return statements


def install(connection: BaseDatabaseWrapper) -> None:
    """Create (or re-create) the triggers and the version row; safe to run again."""
    tables = set(connection.introspection.table_names())
    if not {VERSION_TABLE, PENDING_TABLE} <= tables:
        return  # migration 0010 has not run yet
    watched = [table for table in watched_tables() if table in tables]
    if connection.vendor == "postgresql":
        statements = _postgresql(watched)
        token = "md5(random()::text || clock_timestamp()::text)"
    elif connection.vendor == "sqlite":
        statements = _sqlite(watched)
        token = "lower(hex(randomblob(16)))"
    else:  # another database: no token, so nothing is cached (``current()`` is None)
        return
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
        # A new token: data written while the triggers were absent is not trusted to a cache.
        cursor.execute(
            f"INSERT INTO {VERSION_TABLE} (id, token) VALUES (1, {token}) "
            "ON CONFLICT (id) DO UPDATE SET token = excluded.token"
        )


def uninstall(connection: BaseDatabaseWrapper) -> None:
    """Remove the triggers (reversing migration 0010)."""
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for table in watched_tables():
            if table not in tables:
                continue
            if connection.vendor == "postgresql":
                cursor.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
            elif connection.vendor == "sqlite":
                for event in ("insert", "update", "delete"):
                    cursor.execute(f'DROP TRIGGER IF EXISTS "{TRIGGER}_{table}_{event}"')
        if connection.vendor == "postgresql":
            if PENDING_TABLE in tables:
                cursor.execute(f"DROP TRIGGER IF EXISTS register_version_bump ON {PENDING_TABLE}")
            cursor.execute("DROP FUNCTION IF EXISTS register_version_bump()")
            cursor.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")


def current(using: str = "default") -> str | None:
    """The register's version token; None where no trigger keeps one (then cache nothing)."""
    return RegisterVersion.objects.using(using).filter(pk=1).values_list("token", flat=True).first()
