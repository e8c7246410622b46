"""The job runner: jobs wait in the database, survive a restart, and refused bytes go away."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.test import override_settings
from django.utils import timezone

from ruimtemonitor.core.extraction.service import sample_path
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.models import Job, JobStatus
from ruimtemonitor.ingestion.runner import (
    MAX_ATTEMPTS,
    purge_rejected,
    recover_jobs,
    resend_waiting_jobs,
    run_pending,
)
from ruimtemonitor.ingestion.services import submit_file, worker_id


def _dead_worker() -> str:
    """ "host:pid" of a process of this machine that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return worker_id().rsplit(":", 1)[0] + f":{process.pid}"


def _left_running(path: Path, *, worker: str, attempts: int, started_ago_s: float = 5) -> Job:
    """A job as a worker leaves it when the server stops mid-job."""
    job = submit_file(path)
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING,
        worker=worker,
        attempts=attempts,
        started_at=timezone.now() - dt.timedelta(seconds=started_ago_s),
    )
    return job


def test_a_job_left_running_by_a_stopped_worker_is_queued_again_and_then_runs(
    reference_data,
) -> None:
    job = _left_running(sample_path("mirt_brief"), worker=_dead_worker(), attempts=1)
    assert [j.pk for j in recover_jobs()] == [job.pk]
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and "stopped; queued again" in job.log
    assert run_pending() == 1
    job.refresh_from_db()
    assert job.status == JobStatus.SUCCEEDED and job.attempts == 2
    assert job.document is not None


def test_a_job_whose_worker_stopped_too_often_fails_with_a_reason(reference_data) -> None:
    job = _left_running(sample_path("mirt_brief"), worker=_dead_worker(), attempts=MAX_ATTEMPTS)
    recover_jobs()
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert job.error == (
        "mirt_brief.txt: the worker stopped while processing this file 2 times; "
        "it was not tried again."
    )
    assert not Document.objects.exists()


def test_a_job_of_a_live_worker_is_left_alone(reference_data) -> None:
    job = _left_running(sample_path("mirt_brief"), worker=worker_id(), attempts=1)
    elsewhere = _left_running(
        sample_path("bundle"), worker="andere-machine:123", attempts=1, started_ago_s=60
    )
    assert recover_jobs() == []
    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING
    assert Job.objects.get(pk=elsewhere.pk).status == JobStatus.RUNNING
    # On another machine the pid cannot be checked: a job far over the time limit is dead.
    later = timezone.now() + dt.timedelta(hours=2)
    assert [j.pk for j in recover_jobs(now=later)] == [elsewhere.pk]
    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING


def test_the_serve_command_runs_jobs_in_a_worker_process_of_its_own() -> None:
    from ruimtemonitor.commands import serve

    with override_settings(BROKER_URL=None):
        worker = serve.start_worker()
    assert worker is not None and worker.args[-3:] == ["-m", "ruimtemonitor.cli", "worker"]
    try:
        time.sleep(1.5)
        assert worker.poll() is None  # running, not crashed
    finally:
        serve.stop_worker(worker)
    assert worker.poll() is not None
    with override_settings(BROKER_URL="redis://127.0.0.1:6379/0"):
        assert serve.start_worker() is None  # Celery workers run the jobs


@pytest.mark.parametrize("days", [0, 3])
def test_refused_files_are_removed_after_the_days_they_are_kept(
    tmp_path: Path, reference_data, days: int
) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"   \n")
    with override_settings(KEEP_REJECTED_DAYS=days):
        job = submit_file(empty)
        stored = Path(job.stored_file.path)
        run_pending()
        job.refresh_from_db()
        assert job.status == JobStatus.FAILED
        if days == 0:
            assert not job.stored_file and not stored.exists()
            return
        assert stored.exists()
        assert purge_rejected(now=timezone.now() + dt.timedelta(days=days - 1)) == 0
        assert stored.exists()
        assert purge_rejected(now=timezone.now() + dt.timedelta(days=days, minutes=1)) == 1
        job.refresh_from_db()
        assert not stored.exists() and not job.stored_file


def test_a_stored_documents_file_is_never_removed(reference_data) -> None:
    first = submit_file(sample_path("mirt_brief"))
    again = submit_file(sample_path("mirt_brief"))
    run_pending()
    first.refresh_from_db()
    again.refresh_from_db()
    assert first.status == JobStatus.SUCCEEDED and again.status == JobStatus.SKIPPED
    assert Path(first.document.source_file.path).exists()
    assert not again.stored_file  # the duplicate's own copy is gone


def test_with_a_broker_a_recovered_job_is_sent_to_the_queue_again(
    reference_data, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    sent = []
    monkeypatch.setattr("ruimtemonitor.ingestion.services._enqueue", sent.append)
    job = _left_running(sample_path("mirt_brief"), worker=_dead_worker(), attempts=1)
    with (
        override_settings(BROKER_URL="redis://127.0.0.1:6379/15"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        recover_jobs()
    assert [j.pk for j in sent] == [job.pk] and sent[0].status == JobStatus.QUEUED


def test_with_a_broker_jobs_that_waited_long_are_sent_again(
    reference_data, monkeypatch, django_capture_on_commit_callbacks
) -> None:
    sent = []
    monkeypatch.setattr("ruimtemonitor.ingestion.services._enqueue", sent.append)
    job = submit_file(sample_path("mirt_brief"))
    assert resend_waiting_jobs() == 0  # without a broker the row is the message
    with (
        override_settings(BROKER_URL="redis://127.0.0.1:6379/15"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert resend_waiting_jobs() == 0  # just queued: its message is on its way
        later = timezone.now() + dt.timedelta(minutes=11)
        assert resend_waiting_jobs(now=later) == 1
    assert [j.pk for j in sent] == [job.pk]
