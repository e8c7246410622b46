"""`ruimtemonitor init`: create or upgrade the database, load reference data, add an admin."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ruimtemonitor.commands._arguments import command
from ruimtemonitor.commands._django import setup_django

TEXTS = {
    "init": "create or upgrade the database and load the reference data",
    "init:description": "Apply database migrations, load the reference data (ministries, "
    "provinces, the 342 municipalities, regions, NOVEX areas) and optionally create an "
    "administrator. Safe to run again.",
    "--admin": "create this administrator if absent; the password comes from "
    "RUIMTEMONITOR_ADMIN_PASSWORD or is asked for",
    "--admin-email": "e-mail address of the administrator",
    "--demo": "also ingest letters to try the register on: those given with --letters, or "
    "else the made-up sample letters that ship with Ruimtemonitor (marked as samples)",
    "--letters": "with --demo: ingest these letters (files or folders), e.g. a folder of real "
    "BO letters, instead of the sample letters",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(subparsers, "init", handle, TEXTS)
    parser.add_argument("--admin", metavar="USERNAME", help=TEXTS["--admin"])
    parser.add_argument("--admin-email", default="", help=TEXTS["--admin-email"])
    parser.add_argument("--demo", action="store_true", help=TEXTS["--demo"])
    parser.add_argument(
        "--letters", nargs="+", type=Path, default=[], metavar="PATH", help=TEXTS["--letters"]
    )


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command

    from ruimtemonitor.organisations.services import load_reference_data

    print("Database bijwerken …", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    report = load_reference_data()
    print(
        f"Referentiegegevens: {report.created} nieuw, {report.updated} bijgewerkt, "
        f"{report.unchanged} ongewijzigd.",
        flush=True,
    )
    status = _load_demo(args.letters) if args.demo else 0
    _link_areas()
    if args.admin:
        status = max(status, _ensure_admin(args.admin, args.admin_email))
    return status


def _load_demo(letters: list[Path]) -> int:
    """Real letters when given, else the shipped samples (made up, flagged as demo): samples
    are never mixed into a register of real letters. Known content is skipped."""
    from ruimtemonitor.core.extraction.service import sample_names, sample_path
    from ruimtemonitor.ingestion.models import JobStatus
    from ruimtemonitor.ingestion.services import ingest_paths

    paths = list(letters) or [sample_path(name) for name in sample_names()]
    summary = ingest_paths(paths, queue=False)
    label = "Brieven" if letters else "Voorbeeldbrieven (verzonnen, als voorbeeld gemarkeerd)"
    print(
        f"{label}: {summary.count(JobStatus.SUCCEEDED)} ingelezen, "
        f"{summary.count(JobStatus.SKIPPED)} al aanwezig.",
        flush=True,
    )
    for job in summary.jobs:
        if job.status == JobStatus.FAILED:
            print(f"ruimtemonitor: {job.error}", file=sys.stderr)
    if letters:
        from ruimtemonitor.documents.models import Document

        samples = Document.objects.filter(parent=None, is_demo=True).count()
        if samples:  # read by an earlier run without letters
            print(
                f"Het register bevat ook {samples} voorbeeldbrieven van een eerdere keer; ze "
                "blijven als voorbeeld gemarkeerd en tellen niet mee.",
                flush=True,
            )
    return 0 if summary.ok else 1


def _link_areas() -> None:
    """Registers ingested before areas were linked get their links (idempotent, adds only)."""
    from ruimtemonitor.documents.models import Document
    from ruimtemonitor.register.involvement import link_named_areas

    for document in Document.objects.filter(parent=None).only("pk", "parent_id"):
        link_named_areas(document)


def _ensure_admin(username: str, email: str) -> int:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from ruimtemonitor.common.permissions import Role

    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        print(f"Beheerder {username!r} bestaat al.")
        return 0
    password = os.environ.get("RUIMTEMONITOR_ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            print(
                "ruimtemonitor: set RUIMTEMONITOR_ADMIN_PASSWORD to create an administrator "
                "without a terminal.",
                file=sys.stderr,
            )
            return 2
        password = getpass.getpass(f"Wachtwoord voor {username}: ")
    try:
        validate_password(password)
    except ValidationError as exc:
        print("ruimtemonitor: password rejected: " + " ".join(exc.messages), file=sys.stderr)
        return 2
    user_model.objects.create_superuser(
        username=username, email=email, password=password, role=Role.ADMINISTRATOR
    )
    print(f"Beheerder {username!r} aangemaakt.")
    return 0
