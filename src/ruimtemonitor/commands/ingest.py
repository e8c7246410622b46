"""`ruimtemonitor ingest PATH…`: bring letters into the register, one job per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruimtemonitor.commands._arguments import command
from ruimtemonitor.commands._django import setup_django
from ruimtemonitor.commands._progress import ProgressLine

TEXTS = {
    "ingest": "ingest PDF, DOCX, HTML or text files (or folders of them) into the register",
    "ingest:description": "Extract every file and store its documents, passages and proposed "
    "records. Each file is stored in one transaction; a file already ingested is skipped. With "
    "RUIMTEMONITOR_BROKER_URL set (or with --queue), files are queued for `ruimtemonitor "
    "worker` processes.",
    "--queue": "queue for `ruimtemonitor worker` processes (through the broker, or in the "
    "database without one)",
    "--in": "run here even when a broker is configured",
    "--no-wait": "with --queue: return once the jobs are queued",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(subparsers, "ingest", handle, TEXTS)
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--queue", dest="queue", action="store_true", help=TEXTS["--queue"])
    mode.add_argument("--in-process", dest="queue", action="store_false", help=TEXTS["--in"])
    parser.add_argument("--no-wait", action="store_true", help=TEXTS["--no-wait"])
    parser.set_defaults(queue=None)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from ruimtemonitor.ingestion.models import JobStatus
    from ruimtemonitor.ingestion.services import (
        collect_files,
        ingest_paths,
        queue_enabled,
        wait_for,
    )

    if args.queue and not queue_enabled() and not args.no_wait:
        print(
            "Zonder RUIMTEMONITOR_BROKER_URL wachten de bestanden in de database op een "
            "`ruimtemonitor worker` (of die naast `ruimtemonitor serve`).",
            file=sys.stderr,
        )
    files, _ = collect_files(args.paths)
    progress = ProgressLine(len(files))

    def report(job) -> None:
        if job.is_finished:
            return
        progress.show(f"{job.source_name}: stap {job.steps_done}/{job.steps_total}")

    summary = ingest_paths(args.paths, queue=args.queue, progress=report)
    for problem in summary.problems:
        print(f"ruimtemonitor: {problem}", file=sys.stderr)
    queued = [job for job in summary.jobs if not job.is_finished]
    for job in summary.jobs:
        if job.is_finished:
            progress.finish_item(_describe(job))
    if queued:
        if args.no_wait:
            print(f"{len(queued)} bestand(en) in de wachtrij gezet.")
            return 1 if summary.count(JobStatus.FAILED) or summary.problems else 0
        for job in wait_for(queued):
            progress.finish_item(_describe(job))
        for job in summary.jobs:
            job.refresh_from_db()
    failed = summary.count(JobStatus.FAILED)
    done, known = summary.count(JobStatus.SUCCEEDED), summary.count(JobStatus.SKIPPED)
    print(f"Klaar: {done} ingelezen, {known} al bekend, {failed} mislukt.", file=sys.stderr)
    return 1 if failed or summary.problems else 0


def _describe(job) -> str:
    from ruimtemonitor.ingestion.models import JobStatus

    if job.status == JobStatus.FAILED:
        return f"FOUT  {job.error}"
    if job.status == JobStatus.SKIPPED:
        return f"al bekend  {job.source_name} (document {job.document_id})"
    return f"ok    {job.source_name} -> document {job.document_id}"
