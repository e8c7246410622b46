"""The job runner: queued jobs are run by worker processes, never by the web server.

Without a broker, ``ruimtemonitor worker`` (and the one ``ruimtemonitor serve`` starts beside
itself) polls the Job table: the table *is* the queue, so a job survives any restart. With
``RUIMTEMONITOR_BROKER_URL`` Celery delivers the job ids instead. Either way a worker first
recovers jobs left *running* by a worker that is gone (queued again, or failed with a reason
after ``MAX_ATTEMPTS``) and removes the bytes of refused files after the days they are kept.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from ruimtemonitor.core.extraction.service import start_reader
from ruimtemonitor.ingestion.models import Job, JobStatus
from ruimtemonitor.ingestion.services import (
    _finish,
    discard_stored_file,
    dispatch_job,
    queue_enabled,
    run_job,
)

__all__ = [
    "MAX_ATTEMPTS",
    "STALE_GRACE_S",
    "purge_rejected",
    "recover_jobs",
    "resend_waiting_jobs",
    "run_forever",
    "run_pending",
]

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 2
# A job on another machine is taken for dead when it has run this much longer than the
# extraction limit allows (storing a letter takes well under a second).
STALE_GRACE_S = 900
MAINTENANCE_EVERY_S = 60.0


def _alive(worker: str, now: datetime, started_at: datetime | None) -> bool:
    """Whether the worker that claimed a job may still be running it."""
    host, _, pid = worker.rpartition(":")
    if host == socket.gethostname()[:100] and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    limit = timedelta(seconds=settings.EXTRACT_TIMEOUT_S + STALE_GRACE_S)
    return started_at is not None and now - started_at < limit


def recover_jobs(now: datetime | None = None) -> list[Job]:
    """Queue again (or fail, after ``MAX_ATTEMPTS``) the jobs whose worker is gone."""
    now = now or timezone.now()
    recovered = []
    for job in Job.objects.filter(status=JobStatus.RUNNING).defer("log"):
        if _alive(job.worker, now, job.started_at):
            continue
        claimed = Job.objects.filter(
            pk=job.pk, status=JobStatus.RUNNING, worker=job.worker, attempts=job.attempts
        )
        job.refresh_from_db()
        gone = job.worker or "an unknown worker"
        if job.attempts < MAX_ATTEMPTS:
            job.append_log("the worker running this job stopped; queued again")
            if claimed.update(status=JobStatus.QUEUED, log=job.log, worker="", started_at=None):
                job.refresh_from_db()
                log.warning("job %s: worker %s stopped; queued again", job.pk, gone)
                dispatch_job(job)
                recovered.append(job)
        elif claimed.exists():
            log.warning("job %s: worker %s stopped again; failed", job.pk, gone)
            _finish(
                job,
                JobStatus.FAILED,
                f"{job.source_name}: the worker stopped while processing this file "
                f"{job.attempts} times; it was not tried again.",
            )
            recovered.append(job)
    return recovered


def resend_waiting_jobs(older_than_s: float = 600, now: datetime | None = None) -> int:
    """With a broker: send jobs that have waited long again, in case their message was lost
    (a broker restarted without persistence). A second message is harmless: the job is claimed
    once, the other message finds it taken."""
    if not queue_enabled():
        return 0
    cutoff = (now or timezone.now()) - timedelta(seconds=older_than_s)
    waiting = list(Job.objects.filter(status=JobStatus.QUEUED, created_at__lte=cutoff))
    for job in waiting:
        dispatch_job(job)
    if waiting:
        log.warning(
            "sent %d job(s) that waited longer than %.0f s again", len(waiting), older_than_s
        )
    return len(waiting)


def purge_rejected(now: datetime | None = None) -> int:
    """Remove the bytes of refused and duplicate files kept longer than the configured days."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.KEEP_REJECTED_DAYS)
    removed = 0
    for job in (
        Job.objects.filter(status__in=[JobStatus.FAILED, JobStatus.SKIPPED])
        .filter(finished_at__lte=cutoff)
        .exclude(stored_file="")
    ):
        discard_stored_file(job)
        job.save(update_fields=["stored_file", "log"])
        removed += 1
    return removed


def run_pending(limit: int | None = None) -> int:
    """Run queued jobs, oldest first, until none is left (or ``limit`` were taken); returns how
    many were taken. Safe beside other runners: a job is claimed with one conditional update."""
    ran = 0
    while limit is None or ran < limit:
        job_id = (
            Job.objects.filter(status=JobStatus.QUEUED)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )
        if job_id is None:
            break
        run_job(job_id)  # when another runner claimed it first, this returns at once
        ran += 1
    return ran


def run_forever(*, poll_s: float = 1.0, stop: threading.Event | None = None) -> None:
    """The broker-less worker: recover, purge, run what is queued, wait, repeat."""
    stop = stop or threading.Event()
    last_maintenance = 0.0
    log.info("job runner started (polling the database every %.1f s)", poll_s)
    start_reader()  # the first upload need not wait for the reader to start
    while not stop.is_set():
        close_old_connections()
        try:
            if time.monotonic() - last_maintenance >= MAINTENANCE_EVERY_S:
                recover_jobs()
                purge_rejected()
                last_maintenance = time.monotonic()
            run_pending()
        except Exception:  # a lost database connection must not end the runner
            log.exception("job runner: an error occurred; trying again")
        stop.wait(poll_s)
