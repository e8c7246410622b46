"""``manage.py send_digests``: send the alert digests that are due; safe to run from cron."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ruimtemonitor.alerts.mailing import send_due_digests
from ruimtemonitor.alerts.models import Frequency


def parse_now(text: str) -> dt.datetime:
    """An ISO date or date and time; without an offset it is read as Dutch time."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"--now expects an ISO date or date and time, not {text!r}") from exc
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class Command(BaseCommand):
    help = (
        "Send the alert digests that are due (daily and weekly, or one of them). Each period "
        "is sent once, also when runs overlap; failed digests are retried on the next run."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--frequency",
            choices=Frequency.values,
            help="only this frequency (default: both, each when due)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="print what would be sent; send and record nothing",
        )
        parser.add_argument(
            "--now",
            metavar="ISO-DATETIME",
            help="act as if it were this moment (catching up, tests); default: the clock",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = parse_now(options["now"]) if options["now"] else None
        frequencies = [options["frequency"]] if options["frequency"] else None
        report = send_due_digests(
            now, frequencies, dry_run=options["dry_run"], write=self.stdout.write
        )
        self.stdout.write(report.summary())
        if not report.ok:
            raise CommandError(
                f"{report.failed} digest(s) failed; they are retried on the next run.",
                returncode=1,
            )
