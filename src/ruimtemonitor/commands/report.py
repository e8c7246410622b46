"""`ruimtemonitor report raadsinformatiebrief|raadsvoorstel --regio NAME --overleg "BOL 2025"`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ruimtemonitor.commands._django import setup_django

FORMATS = ("md", "html", "docx", "pdf")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="write a draft letter from the register")
    letters = parser.add_subparsers(title="letters", metavar="LETTER", required=True)
    for kind, text in (
        ("raadsinformatiebrief", "what a BO agreed that touches a region, for its councils"),
        ("raadsvoorstel", "the council proposal that forwards the raadsinformatiebrief"),
    ):
        letter = letters.add_parser(kind, help=text, description=text)
        letter.add_argument("--regio", required=True, help="region, municipality or area name")
        letter.add_argument("--overleg", required=True, help='e.g. "BOL 2025" or "BO MIRT 2025"')
        letter.add_argument("--format", choices=FORMATS, default="md")
        letter.add_argument("--out", type=Path, help="file to write (default: standard output)")
        letter.add_argument(
            "--date", type=dt.date.fromisoformat, help="date of the letter (default: today)"
        )
        letter.set_defaults(func=handle, kind=kind)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from ruimtemonitor.reports.facts import ReportError
    from ruimtemonitor.reports.rendering import RenderError, render
    from ruimtemonitor.reports.services import draft

    try:
        letter = draft(args.kind, args.regio, args.overleg, today=args.date)
        content = render(letter, args.format)
    except (ReportError, RenderError) as exc:
        print(f"ruimtemonitor report: {exc}", file=sys.stderr)
        return 2
    for note in letter.notes:  # for whoever finishes the draft; never inside the letter
        print(f"ruimtemonitor report: na te lopen: {note}", file=sys.stderr)
    if args.out is None:
        if args.format in {"docx", "pdf"} and sys.stdout.isatty():
            print("ruimtemonitor report: give --out FILE for docx and pdf.", file=sys.stderr)
            return 2
        sys.stdout.buffer.write(content)
        return 0
    partial = args.out.with_name(args.out.name + ".part")
    try:
        partial.write_bytes(content)
        partial.replace(args.out)  # never a half-written letter under the real name
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"ruimtemonitor report: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    sources, notes = len(letter.citations), len(letter.notes)
    print(
        f"{args.out}: {sources} {'bron' if sources == 1 else 'bronnen'}, "
        f"{notes} {'punt' if notes == 1 else 'punten'} om na te lopen"
    )
    return 0
