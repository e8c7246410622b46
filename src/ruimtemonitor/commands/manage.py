"""`ruimtemonitor manage …`: Django's management commands, for maintenance and development."""

from __future__ import annotations

import argparse

from ruimtemonitor.commands._django import setup_django


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "manage",
        help="run a Django management command (migrate, createsuperuser, shell, …)",
        add_help=False,
    )
    parser.set_defaults(func=handle, accepts_extra=True)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ruimtemonitor manage", *args.extra])
    return 0
