"""Fill the search column for existing agreements; on PostgreSQL, index it for full-text search."""

from django.db import migrations

INDEXES = [
    (
        "register_agreement_search_gin",
        "CREATE INDEX IF NOT EXISTS register_agreement_search_gin ON register_agreement "
        "USING gin (to_tsvector('dutch'::regconfig, COALESCE(search_document, '')))",
    ),
    (
        "register_agreement_types_gin",
        "CREATE INDEX IF NOT EXISTS register_agreement_types_gin ON register_agreement "
        "USING gin (types jsonb_path_ops)",
    ),
]


def fill_search_documents(apps, schema_editor):
    Agreement = apps.get_model("register", "Agreement")
    Commitment = apps.get_model("register", "Commitment")
    texts = {}
    for agreement_id, text in Commitment.objects.order_by("agreement_id", "position", "pk").values_list(
        "agreement_id", "text"
    ):
        texts.setdefault(agreement_id, []).append(text)
    for agreement in Agreement.objects.only("number", "title", "chapter_title").iterator():
        parts = [agreement.number, agreement.title, agreement.chapter_title, *texts.get(agreement.pk, [])]
        Agreement.objects.filter(pk=agreement.pk).update(search_document="\n".join(p for p in parts if p))


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for _, sql in INDEXES:
            schema_editor.execute(sql)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _ in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("register", "0003_versions_and_search")]

    operations = [
        migrations.RunPython(fill_search_documents, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
