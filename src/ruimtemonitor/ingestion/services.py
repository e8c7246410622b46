"""Ingestion: the one door pages, commands and workers use to bring files into the register.

A file becomes a Job; the job runs in-process, or on a Celery worker when a broker is
configured. Each file is stored in one transaction: all of it, or nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone

from ruimtemonitor.core.extraction.service import ExtractionError, Limits, extract_isolated
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.cycle_records import record_cycle
from ruimtemonitor.ingestion.models import Job, JobStatus
from ruimtemonitor.ingestion.storing import ExtractionStore
from ruimtemonitor.ingestion.writers.history import add_to_first_history_m2m
from ruimtemonitor.register.involvement import link_named_areas

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestSummary",
    "collect_files",
    "dispatch_job",
    "extraction_limits",
    "ingest_paths",
    "queue_enabled",
    "run_job",
    "submit_file",
    "visible_jobs",
    "worker_id",
]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}
STEPS = ("extract", "store")

Progress = Callable[[Job], None]


def queue_enabled() -> bool:
    return bool(settings.BROKER_URL)


def extraction_limits() -> Limits:
    """The limits one untrusted file is read and analysed under (see docs/operations.md)."""
    mb = 1024 * 1024
    return Limits(
        max_bytes=settings.MAX_UPLOAD_MB * mb,
        timeout_s=float(settings.EXTRACT_TIMEOUT_S),
        memory_bytes=settings.EXTRACT_MEMORY_MB * mb,
        max_unpacked_bytes=settings.MAX_UNPACKED_MB * mb,
        max_entries=settings.MAX_ZIP_ENTRIES,
    )


def visible_jobs(user: object) -> models.QuerySet[Job]:
    """The jobs a user may follow (pages and admin): all for administrators, else those started
    by someone of the user's organisation (or by the user, without an organisation)."""
    jobs = Job.objects.all()
    if getattr(user, "is_administrator", False):
        return jobs
    organisation_id = getattr(user, "organisation_id", None)
    if organisation_id is None:
        return jobs.filter(created_by=user) if getattr(user, "pk", None) else jobs.none()
    return jobs.filter(created_by__organisation_id=organisation_id)


def worker_id() -> str:
    """This process as a job's worker: "host:pid", so a restart can tell a dead one."""
    return f"{socket.gethostname()[:100]}:{os.getpid()}"


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders (recursively, supported types only); report paths that do not exist."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def submit_file(path: Path, *, user: object | None = None) -> Job:
    """Register a job for one file; its bytes are kept so any worker can process it later."""
    max_bytes = settings.MAX_UPLOAD_MB * 1024 * 1024
    job = Job(source_name=path.name[:255], created_by=user if getattr(user, "pk", None) else None)
    job.steps_total = len(STEPS)
    size = path.stat().st_size
    if size > max_bytes:
        _finish(
            job,
            JobStatus.FAILED,
            f"{path.name}: the file is {size / 1048576:.1f} MB, "
            f"more than the limit of {settings.MAX_UPLOAD_MB} MB (RUIMTEMONITOR_MAX_UPLOAD_MB).",
        )
        return job
    digest = hashlib.sha256()
    with path.open("rb") as stream:  # in chunks: a 50 MB upload must not sit in memory
        for chunk in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(chunk)
        job.content_hash = digest.hexdigest()
        stream.seek(0)
        job.stored_file.save(path.name, File(stream), save=False)
    job.append_log(f"received {path.name} ({size} bytes)")
    job.save()
    return job


def run_job(job_id: int, *, progress: Progress | None = None) -> Job:
    """Process one queued job to its end; never raises for a bad file (the job says why)."""
    job = _claim(job_id)
    if job is None:  # a redelivered message or a second worker: the job is taken
        return Job.objects.get(pk=job_id)
    job.append_log("started")  # written with the next save: the status already says running
    try:
        _run(job, progress or (lambda _job: None))
    except Exception as exc:  # the job row must say what happened, whatever happened
        if isinstance(exc, ExtractionError):  # name the file as the user knows it
            _finish(job, JobStatus.FAILED, f"{job.source_name}: {exc.problem}")
        else:  # the traceback is for the server log only: it shows paths and code
            log.exception("ingestion job %s (%s) failed", job.pk, job.source_name)
            _finish(job, JobStatus.FAILED, f"{job.source_name}: {INTERNAL_ERROR}")
    return job


INTERNAL_ERROR = "internal error; the details are in the server log."


def _claim(job_id: int) -> Job | None:
    """Take a queued job with one conditional update (queued -> running), so only one worker
    runs it; returns the job as claimed, or None when it was not queued (any more)."""
    started_at = timezone.now()
    if not connection.features.can_return_columns_from_insert:  # no UPDATE … RETURNING
        claimed = Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
            status=JobStatus.RUNNING,
            started_at=started_at,
            worker=worker_id(),
            attempts=models.F("attempts") + 1,
        )
        return Job.objects.get(pk=job_id) if claimed else None
    quote = connection.ops.quote_name
    field = Job._meta.get_field
    attempts = quote(field("attempts").column)
    sql = (
        f"UPDATE {quote(Job._meta.db_table)} SET {quote(field('status').column)} = %s, "
        f"{quote(field('started_at').column)} = %s, {quote(field('worker').column)} = %s, "
        f"{attempts} = {attempts} + 1 "
        f"WHERE {quote(field('id').column)} = %s AND {quote(field('status').column)} = %s "
        "RETURNING *"
    )
    params = [
        JobStatus.RUNNING.value,
        field("started_at").get_db_prep_save(started_at, connection),
        worker_id(),
        job_id,
        JobStatus.QUEUED.value,
    ]
    return next(iter(Job.objects.raw(sql, params)), None)


PROGRESS_WRITE_S = 0.5


def _advance(job: Job, step: str, progress: Progress) -> None:
    """Record a finished step; written to the row only when the job has run a while, so a
    screen watching a long file sees it move and short files cost no extra writes."""
    job.steps_done = STEPS.index(step) + 1
    job.append_log(f"{step}: done")
    if job.started_at and (timezone.now() - job.started_at).total_seconds() > PROGRESS_WRITE_S:
        job.save(update_fields=["steps_done", "log"])
    progress(job)


ATTEMPTS = 3


def _run(job: Job, progress: Progress) -> None:
    if _skip_if_known(job):
        return
    # Read and analysed in a child process under limits: a hostile file costs this process
    # (a worker, never the web server) nothing but the wait.
    extraction = extract_isolated(
        Path(job.stored_file.path), extraction_limits(), name=job.source_name
    )
    _advance(job, "extract", progress)
    data = extraction.to_json()
    for attempt in range(1, ATTEMPTS + 1):
        before = job.log
        try:
            with transaction.atomic():
                store = ExtractionStore(data, text=extraction.original_text, user=job.created_by)
                document = store.store_documents(
                    file_name=job.source_name,
                    stored_name=job.stored_file.name,
                    content_hash=job.content_hash,
                    page_count=extraction.page_count,
                )
                counts = store.store_all()
                # Records created in this job also show their areas in their "created" row,
                # so the areas are linked before the cycle writes any later history row.
                counts["area links"] = link_named_areas(
                    document,
                    on_linked=lambda model, pks: add_to_first_history_m2m(model, "areas", pks),
                )
                counts.update(record_cycle(store, store.arrangements))
                # The job's end is committed with what it stored: one commit, and no moment
                # in which the document exists while its job still says "running".
                job.document = document
                job.append_log(", ".join(f"{n} {what}" for what, n in counts.items()))
                for note in store.notes:
                    job.append_log(note)
                job.steps_done = STEPS.index("store") + 1
                job.append_log("store: done")
                _finish(job, JobStatus.SUCCEEDED, "")
            break
        except Exception as exc:
            # What the rolled-back attempt wrote into the job is undone with it.
            job.log, job.document, job.finished_at = before, None, None
            job.status, job.steps_done = JobStatus.RUNNING, STEPS.index("extract") + 1
            # A concurrent job committed the same file, project or arrangement first. Its
            # rows are visible now: the next attempt skips the file or reuses them.
            if not isinstance(exc, IntegrityError) or attempt == ATTEMPTS:
                raise
            job.append_log(f"conflict with a concurrent job (attempt {attempt}); retrying")
            if _skip_if_known(job):
                return
    progress(job)


def _skip_if_known(job: Job) -> bool:
    """Re-ingesting the same bytes is a no-op: the job points at the document stored before."""
    existing = (
        Document.objects.filter(parent=None, content_hash=job.content_hash)
        .only("pk", "title")
        .first()
    )
    if existing is None:
        return False
    job.document = existing
    job.append_log(f"same content as document {existing.pk} ({existing.title}); nothing to do")
    _finish(job, JobStatus.SKIPPED, "")
    return True


def _finish(job: Job, status: str, error: str) -> None:
    job.status, job.error, job.finished_at = status, error, timezone.now()
    if error:
        job.append_log(f"failed: {error}")
    if status != JobStatus.SUCCEEDED and job.stored_file and settings.KEEP_REJECTED_DAYS == 0:
        discard_stored_file(job)
    job.save()


def discard_stored_file(job: Job) -> None:
    """Remove the bytes of a file that did not become a document (refused, or a duplicate):
    nothing refers to them, and hostile files should not pile up on the server's disk."""
    name = job.stored_file.name
    if not name:
        return
    if Document.objects.filter(source_file=name).exists():  # never a stored document's file
        return
    job.stored_file.storage.delete(name)
    job.stored_file = ""
    job.append_log("the uploaded file was removed")


@dataclass
class IngestSummary:
    jobs: list[Job]
    problems: list[str]

    def count(self, status: str) -> int:
        return sum(job.status == status for job in self.jobs)

    @property
    def ok(self) -> bool:
        return not self.problems and self.count(JobStatus.FAILED) == 0


def ingest_paths(
    paths: Iterable[Path],
    *,
    user: object | None = None,
    queue: bool | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files and folders: in-process, or queued for workers (by default when a broker
    is set; ``queue=True`` without one leaves the jobs to the database runners)."""
    files, problems = collect_files(paths)
    use_queue = queue_enabled() if queue is None else queue
    jobs = []
    for path in files:
        job = submit_file(path, user=user)
        jobs.append(job)
        if use_queue:
            # Queued at once (after the caller's transaction, if any): workers start on the
            # first file while the rest are still being registered.
            dispatch_job(job)
    if not use_queue:  # every job registered first, so a screen shows the whole batch
        for job in jobs:
            if not job.is_finished:
                run_job(job.pk, progress=progress)
                job.refresh_from_db()
        # A job runner (beside a server on the same database) may have taken one first.
        taken = {job.pk: job for job in wait_for([job for job in jobs if not job.is_finished])}
        jobs = [taken.get(job.pk, job) for job in jobs]
    return IngestSummary(jobs=jobs, problems=problems)


def dispatch_job(job: Job) -> None:
    """Hand a queued job to whoever runs it: the one place that chooses between the broker
    and the database runners.

    With a broker (``BROKER_URL``) the job is sent to a Celery worker once the caller's
    transaction commits (at once outside one). Without a broker nothing is sent: the queued
    row is the message, and a database runner (``ruimtemonitor worker``, or the one beside
    the server) takes it by itself. A finished job (a duplicate, a refused file) is not sent.
    """
    if job.is_finished or not queue_enabled():
        return
    transaction.on_commit(lambda: _enqueue(job))


def _enqueue(job: Job) -> None:
    """Hand a job to the broker; when it cannot be reached the job fails, it does not hang."""
    from kombu.exceptions import OperationalError

    from ruimtemonitor.ingestion.tasks import ingest_job

    try:
        ingest_job.delay(job.pk)
    except OperationalError as exc:
        _finish(
            job, JobStatus.FAILED, f"{job.source_name}: the job queue cannot be reached ({exc})."
        )


def wait_for(
    jobs: list[Job], *, poll_s: float = 0.5, timeout_s: float | None = None
) -> Iterator[Job]:
    """Yield jobs as workers finish them (for the CLI's progress display in queue mode)."""
    pending = {job.pk for job in jobs if not job.is_finished}
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while pending:
        for job in Job.objects.filter(pk__in=pending):
            if job.is_finished:
                pending.discard(job.pk)
                yield job
        if pending:
            if deadline is not None and time.monotonic() > deadline:
                return
            time.sleep(poll_s)
