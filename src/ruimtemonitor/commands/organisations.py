"""`ruimtemonitor organisations import FILE`: municipalities, regions and others from CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruimtemonitor.commands._arguments import actions, command
from ruimtemonitor.commands._django import setup_django

TEXTS = {
    "organisations": "import organisations from a CSV file",
    "import": "import municipalities, regions and other parties",
    "import:description": "Columns: soort, naam, afkorting, cbs_code, aliassen (separated by |), "
    "provincie. Every problem is listed; nothing is stored unless the whole file is valid.",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``organisations import``."""
    group = actions(command(subparsers, "organisations", None, TEXTS))
    command(group, "import", handle_import, TEXTS).add_argument("file", type=Path)


def handle_import(args: argparse.Namespace) -> int:
    setup_django()
    from ruimtemonitor.organisations.services import (
        OrganisationImportError,
        import_organisations_csv,
    )

    try:
        report = import_organisations_csv(args.file)
    except OrganisationImportError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{report.created} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd.")
    return 0
