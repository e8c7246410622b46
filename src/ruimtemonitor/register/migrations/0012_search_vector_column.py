"""PostgreSQL: the full-text vector of each agreement stored in a generated column with its
own GIN index, instead of an index on the expression (migration 0004).

With the expression index, a search page that walks the agreements in list order computed
``to_tsvector`` again for every row it tested (docs/performance.md); the stored column is
computed once per write, by the database. The column is not a model field (Django never
writes it) and does not exist on SQLite, where this migration does nothing.
"""

from django.db import migrations

COLUMN = (
    "ALTER TABLE register_agreement ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, COALESCE(search_document, ''))) STORED"
)
INDEX = (
    "CREATE INDEX IF NOT EXISTS register_agreement_search_vector_gin "
    "ON register_agreement USING gin (search_vector)"
)
EXPRESSION_INDEX = (
    "CREATE INDEX IF NOT EXISTS register_agreement_search_gin ON register_agreement "
    "USING gin (to_tsvector('dutch'::regconfig, COALESCE(search_document, '')))"
)


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(COLUMN)
        schema_editor.execute(INDEX)
        schema_editor.execute("DROP INDEX IF EXISTS register_agreement_search_gin")


def drop_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(EXPRESSION_INDEX)
        schema_editor.execute("DROP INDEX IF EXISTS register_agreement_search_vector_gin")
        schema_editor.execute("ALTER TABLE register_agreement DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("register", "0011_facets_index_source_passage")]

    operations = [migrations.RunPython(add_column, drop_column)]
