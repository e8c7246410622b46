"""`ruimtemonitor worker`: a Celery worker that runs queued ingestion jobs."""

from __future__ import annotations

import argparse

from ruimtemonitor.commands._django import setup_django
from ruimtemonitor.config.parsers import ConfigurationError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run queued ingestion jobs (needs RUIMTEMONITOR_BROKER_URL)",
        description="Start a worker; run as many as you like, on as many machines as share the "
        "database, the data directory and the broker.",
    )
    parser.add_argument("--concurrency", type=int, default=1, help="parallel jobs (default 1)")
    parser.add_argument("--loglevel", default="INFO")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings

    if not settings.BROKER_URL:
        raise ConfigurationError(
            "RUIMTEMONITOR_BROKER_URL must be set to run a worker, e.g. redis://127.0.0.1:6379/0."
        )
    from ruimtemonitor.config.celery import app

    # One job at a time needs no child process: the "solo" pool runs jobs in this process and
    # saves handing every job to a child. For more at once, start more workers (on more
    # machines), or use --concurrency N for a prefork pool of N processes.
    pool = "solo" if args.concurrency == 1 else "prefork"
    app.worker_main(
        [
            "worker",
            f"--concurrency={args.concurrency}",
            f"--loglevel={args.loglevel}",
            f"--pool={pool}",
        ]
    )
    return 0
