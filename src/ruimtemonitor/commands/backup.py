"""`ruimtemonitor backup FILE` and `ruimtemonitor restore FILE`: the whole installation in one
archive (database, uploaded files, the generated secret key); see docs/operations.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruimtemonitor.commands._arguments import command
from ruimtemonitor.commands._django import setup_django

TEXTS = {
    "backup": "write the database, uploaded files and secret key to one archive",
    "backup:description": "Copy every table (history included), the media folder and the "
    "generated secret key into FILE (.tar.gz). Safe while the site runs: the tables are read in "
    "one transaction.",
    "restore": "replace the database, uploaded files and secret key by a backup's",
    "restore:description": "Apply the migrations, then replace every table's rows, the media "
    "folder and the data directory's secret key by those in FILE. Stop the server and workers "
    "first.",
    "--replace": "overwrite a database that already holds data (otherwise refused)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    command(subparsers, "backup", handle_backup, TEXTS).add_argument("file", type=Path)
    restore = command(subparsers, "restore", handle_restore, TEXTS)
    restore.add_argument("file", type=Path)
    restore.add_argument("--replace", action="store_true", help=TEXTS["--replace"])


def handle_backup(args: argparse.Namespace) -> int:
    setup_django()
    from ruimtemonitor.backup import BackupError, backup

    try:
        summary = backup(args.file)
    except (BackupError, OSError) as exc:
        print(f"ruimtemonitor: backup failed: {exc}", file=sys.stderr)
        return 1
    key = "with the secret key" if summary.secret_key else "without the secret key (it is set "
    key += "" if summary.secret_key else "in the environment: keep SECRET_KEY safe yourself)"
    print(
        f"{args.file}: {summary.rows:,} rows in {summary.tables} tables, "
        f"{summary.files:,} files, {key}."
    )
    return 0


def handle_restore(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from ruimtemonitor.backup import (
        BackupError,
        _key_fingerprint,
        has_data,
        read_manifest,
        restore,
    )

    try:
        manifest = read_manifest(args.file)
        call_command("migrate", interactive=False, verbosity=0)
        if has_data() and not args.replace:
            print(
                "ruimtemonitor: the database already holds data; pass --replace to overwrite it "
                "with the backup.",
                file=sys.stderr,
            )
            return 2
        summary = restore(args.file)
    except (BackupError, OSError) as exc:
        print(f"ruimtemonitor: restore failed: {exc}", file=sys.stderr)
        return 1
    print(
        f"{args.file}: restored {summary.rows:,} rows in {summary.tables} tables and "
        f"{summary.files:,} files (backup of {manifest['created']})."
    )
    if manifest.get("secret_key") == "environment" and manifest.get(
        "secret_key_fingerprint"
    ) != _key_fingerprint(settings.SECRET_KEY):
        print(
            "Note: SECRET_KEY differs from the backed-up installation's; logged-in sessions "
            "and password-reset links of before do not work.",
            file=sys.stderr,
        )
    if summary.secret_key:
        print("The secret key was put back in the data directory; restart the server.")
    return 0
