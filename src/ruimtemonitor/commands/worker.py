"""`ruimtemonitor worker`: runs queued ingestion jobs: a Celery worker with a broker, else a
runner that takes jobs from the database (the queue that survives restarts)."""

from __future__ import annotations

import argparse
import logging

from ruimtemonitor.commands._django import setup_django
from ruimtemonitor.config.parsers import ConfigurationError, require_celery


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run queued ingestion jobs (from the broker, or from the database without one)",
        description="Start a worker; run as many as you like, on as many machines as share the "
        "database, the data directory and the broker.",
    )
    parser.add_argument("--concurrency", type=int, default=1, help="parallel jobs (default 1)")
    parser.add_argument("--loglevel", default="INFO")
    parser.add_argument(
        "--poll",
        type=float,
        default=1.0,
        help="without a broker: seconds between looks for new jobs (default 1)",
    )
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings

    from ruimtemonitor.ingestion.runner import (
        purge_rejected,
        recover_jobs,
        resend_waiting_jobs,
        run_forever,
    )

    try:  # jobs a stopped worker left running: queued again (and sent) or failed
        recover_jobs()
        resend_waiting_jobs()  # with a broker: messages a restarted broker may have lost
        purge_rejected()
    except Exception:  # e.g. a database not migrated yet: the runner tries again every minute
        logging.getLogger(__name__).exception("recovering jobs at start failed")
    if not settings.BROKER_URL:
        if args.concurrency != 1:
            raise ConfigurationError(
                "--concurrency needs RUIMTEMONITOR_BROKER_URL; without a broker, start more "
                "workers instead."
            )
        _run_database_queue(args.poll, run_forever)
        return 0
    require_celery()  # a broker without Celery installed: say which extra to install
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


def _run_database_queue(poll_s: float, run_forever: object) -> None:
    """Run jobs from the database until SIGTERM or Ctrl+C; the running job finishes first."""
    import signal
    import threading

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    stop = threading.Event()

    def request_stop(_signum: int, _frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    run_forever(poll_s=poll_s, stop=stop)  # type: ignore[operator]
