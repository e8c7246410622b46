"""`ruimtemonitor sources sync tweedekamer|bekendmakingen`: follow the official sources.

Run it from cron (see docs/sources.md); with a broker configured, Celery beat runs the same
sync every night. Exit status: 0 when the sync finished, 1 when a response could not be used
(the message names the address; everything stored before it is kept and the next run
continues from there), 2 for a usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys

from ruimtemonitor.commands._arguments import actions, command, iso_date, repeatable
from ruimtemonitor.commands._django import setup_django

SOURCES = ("tweedekamer", "bekendmakingen")
BAR_WIDTH = 20
TEXTS = {
    "sources": "follow the Tweede Kamer and the official publications",
    "sync": "read what is new at a source and store it",
    "sync:description": "Reads every record changed since the last run (or since --since), "
    "stores new and changed ones with their history, links motions and commitments to the "
    "register by Kamerstuk id and ingests new letters. See docs/sources.md.",
    "--since": "read changes from this date on",
    "--dossier": "a Kamerstuk dossier to follow (repeatable; default "
    "RUIMTEMONITOR_SOURCES_DOSSIERS)",
    "--dry-run": "read and count everything; store nothing",
}


def _dossier(text: str) -> str:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"a dossier is a number such as 36600, not {text!r}")
    return text.strip()


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = command(actions(command(subparsers, "sources", None, TEXTS)), "sync", handle_sync, TEXTS)
    sync.add_argument("source", choices=SOURCES)
    sync.add_argument("--since", type=iso_date, metavar="DATE", help=TEXTS["--since"])
    repeatable(sync, "--dossier", TEXTS["--dossier"], metavar="N", kind=_dossier)
    sync.add_argument("--dry-run", action="store_true", help=TEXTS["--dry-run"])


def handle_sync(args: argparse.Namespace) -> int:
    setup_django()
    from ruimtemonitor.sources.services import sync_source

    interactive = sys.stderr.isatty()
    totals: dict[str, int | None] = {}

    def progress(stream: str, run: object, total: int | None) -> None:
        """A bar when the service says how many records there are (SRU), else the counts."""
        if total is not None:
            totals.setdefault(stream, total)
        known = totals.get(stream)
        bar = ""
        if known:
            filled = min(BAR_WIDTH, BAR_WIDTH * run.fetched // known)
            bar = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] "
        line = (
            f"{bar}{args.source} {stream}: {run.fetched} read"
            + (f" of {known}" if known else "")
            + f", {run.created} new, {run.changed} changed, {run.deleted} deleted"
        )
        if interactive:
            sys.stderr.write("\r" + line[:110].ljust(110))
            sys.stderr.flush()
        else:
            print(line, file=sys.stderr)

    report = sync_source(
        args.source,
        since=args.since,
        dossiers=args.dossier,
        dry_run=args.dry_run,
        progress=progress,
    )
    if interactive:
        sys.stderr.write("\n")
    run = report.run
    prefix = "dry run, nothing stored: " if args.dry_run else ""
    print(
        f"{prefix}{args.source}: {run.fetched} records read, {run.created} new, "
        f"{run.changed} changed, {run.deleted} deleted at the source, {run.unchanged} unchanged; "
        f"{run.linked} linked to the register, {run.proposals} proposals for review, "
        f"{run.letters} letters {'to fetch' if args.dry_run else 'ingested'}; "
        f"{run.requests} requests"
    )
    for name in report.new:
        print(f"  new: {name}")
    for note in filter(None, run.notes.splitlines()):
        print(f"  note: {note}")
    if not report.ok:
        print(f"ruimtemonitor sources: {run.error_url}: {run.error}", file=sys.stderr)
        return 1
    return 0
