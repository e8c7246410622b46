"""What every subcommand declares the same way: its parser, its handler and typed values.

Help texts live in a ``TEXTS`` table at the top of each command module (the command's name
for its one-line help, ``NAME:description`` for the longer text, an option's flag for its
help), so the argument declarations stay one line each and read as a list.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Mapping

Handler = Callable[[argparse.Namespace], int]


def command(
    subparsers: argparse._SubParsersAction,
    name: str,
    handler: Handler | None,
    texts: Mapping[str, str],
    **options: object,
) -> argparse.ArgumentParser:
    """A subcommand with its help from ``texts``; ``handler`` None for a group of actions."""
    parser = subparsers.add_parser(
        name, help=texts[name], description=texts.get(f"{name}:description"), **options
    )
    if handler is not None:
        parser.set_defaults(func=handler)
    return parser


def actions(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The required ACTION of a command such as ``funding`` or ``sources``."""
    return parser.add_subparsers(title="actions", metavar="ACTION", required=True)


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc


def iso_moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date or date and time: {text!r}") from exc


def repeatable(
    parser: argparse.ArgumentParser,
    flag: str,
    help: str,
    *,
    metavar: str = "NAME=VALUE",
    kind: Callable[[str], object] = str,
) -> None:
    """An option that may be given more than once; its values arrive as a list."""
    parser.add_argument(flag, action="append", default=[], metavar=metavar, type=kind, help=help)
