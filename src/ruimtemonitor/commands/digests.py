"""`ruimtemonitor digests send`: send the alert digests that are due (for cron).

The one command for digests (the work is ``alerts.mailing.send_due_digests``): each period
of each subscription is sent once, also when runs overlap; a digest that failed is retried
on the next run, and the exit status is 1 while any failed. A moment given with ``--now``
without an offset is Dutch time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ruimtemonitor.commands._django import setup_django

FREQUENCIES = ("daily", "weekly")


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date or date and time: {text!r}") from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("digests", help="send the e-mail digests of alerts")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send",
        help="send the digests that are due",
        description="Daily digests cover up to today's midnight, weekly ones up to Monday "
        "midnight; each is sent when its period has ended and not before. See docs/alerts.md.",
    )
    send.add_argument(
        "--frequency", choices=FREQUENCIES, help="only this frequency (default: both, when due)"
    )
    send.add_argument(
        "--dry-run", action="store_true", help="print what would be sent; send and record nothing"
    )
    send.add_argument(
        "--now",
        type=_moment,
        metavar="ISO-DATETIME",
        help="act as if it were this moment (Dutch time unless an offset is given)",
    )
    send.set_defaults(func=handle_send)


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
