"""The `ruimtemonitor` console script: parses arguments and hands each subcommand to a service.

Subcommands live in ``ruimtemonitor.commands``; each module offers ``register(subparsers)``
and sets ``func`` to a handler that takes the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ruimtemonitor import __version__
from ruimtemonitor.config.parsers import ConfigurationError

COMMAND_MODULES = (
    "init",
    "serve",
    "extract",
    "ingest",
    "worker",
    "funding",
    "organisations",
    "digests",
    "report",
    "sources",
    "backup",
    "manage",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ruimtemonitor",
        description="Ruimtemonitor: the register of what the Rijk and the regions agree in "
        "spatial planning.",
    )
    parser.add_argument("--version", action="version", version=f"ruimtemonitor {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"ruimtemonitor.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"ruimtemonitor.commands.{name}":
                raise
            continue  # an optional command whose module is not part of this build
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 0
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    if getattr(args, "accepts_extra", False):
        args.extra = extra
    try:
        return int(args.func(args) or 0)
    except ConfigurationError as exc:
        print(f"ruimtemonitor: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ruimtemonitor: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
