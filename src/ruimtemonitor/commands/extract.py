"""`ruimtemonitor extract PATH`: the extraction of one file as JSON, without a database."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print what extraction finds in one file, as JSON (touches no database)",
        description="The output follows the JSON Schema in docs/extraction.md.",
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--format", choices=["json"], default="json")
    parser.add_argument("--indent", type=int, default=2, help="JSON indentation (0: one line)")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from ruimtemonitor.config.parsers import read_extraction_limits
    from ruimtemonitor.core.extraction.service import ExtractionError, extract_file

    max_mb, timeout_s = read_extraction_limits(os.environ)
    try:
        extraction = extract_file(args.path, max_bytes=max_mb * 1024 * 1024, timeout_s=timeout_s)
    except ExtractionError as exc:
        print(f"ruimtemonitor: {exc}", file=sys.stderr)
        return 2
    json.dump(extraction.to_json(), sys.stdout, ensure_ascii=False, indent=args.indent or None)
    sys.stdout.write("\n")
    return 0
