"""`ruimtemonitor digests send`: send the alert digests that are due (for cron).

The one command for digests (the work is ``alerts.mailing.send_due_digests``): each period
of each subscription is sent once, also when runs overlap; a digest that failed is retried
on the next run, and the exit status is 1 while any failed. A moment given with ``--now``
without an offset is Dutch time.
"""

from __future__ import annotations

import argparse
import sys

from ruimtemonitor.commands._arguments import actions, command, iso_moment
from ruimtemonitor.commands._django import setup_django

FREQUENCIES = ("daily", "weekly")
TEXTS = {
    "digests": "send the e-mail digests of alerts",
    "send": "send the digests that are due",
    "send:description": "Daily digests cover up to today's midnight, weekly ones up to Monday "
    "midnight; each is sent when its period has ended and not before. See docs/alerts.md.",
    "--frequency": "only this frequency (default: both, when due)",
    "--dry-run": "print what would be sent; send and record nothing",
    "--now": "act as if it were this moment (Dutch time unless an offset is given)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    send = command(actions(command(subparsers, "digests", None, TEXTS)), "send", handle_send, TEXTS)
    send.add_argument("--frequency", choices=FREQUENCIES, help=TEXTS["--frequency"])
    send.add_argument("--dry-run", action="store_true", help=TEXTS["--dry-run"])
    send.add_argument("--now", type=iso_moment, metavar="ISO-DATETIME", help=TEXTS["--now"])


def handle_send(args: argparse.Namespace) -> int:
    setup_django()
    from django.utils import timezone

    from ruimtemonitor.alerts.mailing import send_due_digests

    now = args.now
    if now is not None and timezone.is_naive(now):
        now = timezone.make_aware(now)
    frequencies = [args.frequency] if args.frequency else None
    report = send_due_digests(now, frequencies, dry_run=args.dry_run, write=print)
    print(report.summary())
    if not report.ok:
        print(
            f"ruimtemonitor digests: {report.failed} digest(s) failed; retried on the next run",
            file=sys.stderr,
        )
        return 1
    return 0
