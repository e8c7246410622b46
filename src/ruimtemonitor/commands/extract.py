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
    from ruimtemonitor.config.parsers import read_extraction_limits, read_isolation_limits
    from ruimtemonitor.core.extraction.service import ExtractionError, Limits, extract_isolated

    max_mb, timeout_s = read_extraction_limits(os.environ)
    more = read_isolation_limits(os.environ)
    mb = 1024 * 1024
    limits = Limits(
        max_bytes=max_mb * mb,
        timeout_s=float(timeout_s),
        memory_bytes=more["extract_memory_mb"] * mb,
        max_unpacked_bytes=more["max_unpacked_mb"] * mb,
        max_entries=more["max_zip_entries"],
    )
    try:  # in a limited child, like every ingest: a hostile file cannot take this process down
        extraction = extract_isolated(args.path, limits, name=str(args.path))
    except ExtractionError as exc:
        print(f"ruimtemonitor: {exc}", file=sys.stderr)
        return 2
    json.dump(extraction.to_json(), sys.stdout, ensure_ascii=False, indent=args.indent or None)
    sys.stdout.write("\n")
    return 0
