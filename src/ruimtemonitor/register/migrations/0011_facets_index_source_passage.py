"""PostgreSQL indexes for the facet counts (docs/performance.md), so they read what they
need from narrow indexes (index-only) instead of the wide tables:

- ``register_agreement_facets`` carries ``source_passage_id`` too (the source-document
  facet reads each agreement's passage);
- ``register_commitment_agreement_owner``: the owners of the selected agreements'
  commitments (the party facet);
- ``documents_passage_document``: each passage's document (the source-document facet).
"""

from django.db import migrations

WITH_PASSAGE = (
    "CREATE INDEX register_agreement_facets ON register_agreement (status, arrangement_id) "
    "INCLUDE (id, review_state, chapter, chapter_title, all_departments, types, source_passage_id)"
)
BEFORE = (
    "CREATE INDEX register_agreement_facets ON register_agreement (status, arrangement_id) "
    "INCLUDE (id, review_state, chapter, chapter_title, all_departments, types)"
)


OWNERS = (
    "CREATE INDEX IF NOT EXISTS register_commitment_agreement_owner "
    "ON register_commitment (agreement_id, owner_id) WHERE owner_id IS NOT NULL"
)
PASSAGE_DOCUMENT = (
    "CREATE INDEX IF NOT EXISTS documents_passage_document "
    "ON documents_passage (id) INCLUDE (document_id)"
)


def _replace(schema_editor, sql):
    schema_editor.execute("DROP INDEX IF EXISTS register_agreement_facets")
    schema_editor.execute(sql)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _replace(schema_editor, WITH_PASSAGE)
    schema_editor.execute(OWNERS)
    schema_editor.execute(PASSAGE_DOCUMENT)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _replace(schema_editor, BEFORE)
    schema_editor.execute("DROP INDEX IF EXISTS register_commitment_agreement_owner")
    schema_editor.execute("DROP INDEX IF EXISTS documents_passage_document")


class Migration(migrations.Migration):
    dependencies = [("register", "0010_register_version"), ("documents", "0003_demo_documents")]

    operations = [migrations.RunPython(forwards, backwards)]
