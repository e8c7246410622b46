"""The register version: a token the facet cache is keyed by, changed by database triggers on
every write to what the facets count (``register.version``)."""

from django.db import migrations, models


def install(apps, schema_editor):
    from ruimtemonitor.register import version

    version.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from ruimtemonitor.register import version

    version.uninstall(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("register", "0009_status_report_review_state_default_from_sourced_record"),
        ("organisations", "0003_novex_second_type"),
        ("documents", "0003_demo_documents"),
    ]

    operations = [
        migrations.CreateModel(
            name="RegisterVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=64, verbose_name="token")),
            ],
            options={"verbose_name": "register version", "db_table": "register_version"},
        ),
        migrations.CreateModel(
            name="PendingVersionChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("transaction", models.BigIntegerField(unique=True, verbose_name="transaction")),
            ],
            options={
                "verbose_name": "pending register version change",
                "db_table": "register_version_pending",
            },
        ),
        migrations.RunPython(install, uninstall, elidable=False),
    ]
