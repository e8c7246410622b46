"""`ruimtemonitor organisations import FILE`: municipalities, regions and others from CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruimtemonitor.commands._django import setup_django


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("organisations", help="import organisations from a CSV file")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    importer = actions.add_parser(
        "import",
        help="import municipalities, regions and other parties",
        description="Columns: soort, naam, afkorting, cbs_code, aliassen (separated by |), "
        "provincie. Every problem is listed; nothing is stored unless the whole file is valid.",
    )
    importer.add_argument("file", type=Path)
    importer.set_defaults(func=handle_import)


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
