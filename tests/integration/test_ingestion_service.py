"""Ingesting files through the service: one job per file, all or nothing per file."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import override_settings

from ruimtemonitor.core.extraction.service import sample_names
from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.ingestion.models import Job, JobStatus
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import Agreement


def test_ingesting_the_samples_twice_leaves_one_copy(reference_data, sample_folder: Path) -> None:
    first = ingest_paths([sample_folder])
    assert first.ok and first.count(JobStatus.SUCCEEDED) == len(sample_names())
    counts = (Document.objects.count(), Agreement.objects.count(), Passage.objects.count())
    second = ingest_paths([sample_folder])
    assert second.ok and second.count(JobStatus.SKIPPED) == len(sample_names())
    assert (Document.objects.count(), Agreement.objects.count(), Passage.objects.count()) == counts
    assert all(job.document_id for job in second.jobs)


def test_every_stored_record_points_at_a_passage_of_its_file(
    reference_data, sample_folder: Path
) -> None:
    ingest_paths([sample_folder / "ruimtelijk_arrangement.txt"])
    agreements = Agreement.objects.all()
    assert agreements.exists()
    for agreement in agreements:
        passage = agreement.source_passage
        assert passage is not None
        assert agreement.number in passage.text
        assert 0 <= passage.start < passage.end <= len(passage.document.root.extracted_text)


def test_a_job_records_its_steps_and_log(reference_data, sample_folder: Path) -> None:
    summary = ingest_paths([sample_folder / "mirt_brief.txt"])
    job = Job.objects.get(pk=summary.jobs[0].pk)
    assert job.status == JobStatus.SUCCEEDED
    assert (job.steps_done, job.steps_total) == (2, 2)
    assert "store: done" in job.log and job.finished_at is not None


BAD_FILES = {
    "leeg.txt": b"",
    "nep.pdf": b"this is not a PDF at all, only pretending",
    "kapot.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EO",
    "latin1.txt": "Afspraak 2.1 Café à la gare".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_fail_clearly_and_the_good_ones_still_go_through(
    reference_data, sample_folder: Path, tmp_path: Path, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    summary = ingest_paths([bad, sample_folder / "raadsinformatiebrief.txt"])
    failed, succeeded = summary.jobs
    assert failed.status == JobStatus.FAILED
    assert name in failed.error and "internal error" not in failed.error
    assert failed.document is None
    assert not Document.objects.filter(original_filename=name).exists()
    assert succeeded.status == JobStatus.SUCCEEDED
    assert not summary.ok


@override_settings(MAX_UPLOAD_MB=1)
def test_a_file_over_the_size_limit_is_refused_before_reading(
    reference_data, tmp_path: Path
) -> None:
    big = tmp_path / "groot.txt"
    big.write_bytes(b"a" * (1024 * 1024 + 1))
    job = ingest_paths([big]).jobs[0]
    assert job.status == JobStatus.FAILED
    assert "more than the limit of 1 MB" in job.error
    assert not job.stored_file


def test_a_missing_path_is_reported(reference_data, tmp_path: Path) -> None:
    summary = ingest_paths([tmp_path / "bestaat-niet.pdf"])
    assert summary.problems == [f"{tmp_path / 'bestaat-niet.pdf'}: no such file or folder"]
    assert not summary.ok


@pytest.mark.corpus
@pytest.mark.slow
def test_the_corpus_ingests_once_with_the_gelderland_arrangement(
    reference_data, corpus_dir: Path
) -> None:
    corpus_file = corpus_dir / "000_2625f7667a8edade.txt"
    first = ingest_paths([corpus_file])
    assert first.ok, [job.error for job in first.jobs]
    again = ingest_paths([corpus_file])
    assert again.count(JobStatus.SKIPPED) == 1
    gelderland = Agreement.objects.filter(arrangement__area__slug="provincie-gelderland")
    assert gelderland.filter(number__regex=r"^\d+\.\d+$").values("number").distinct().count() == 24
    assert Document.objects.filter(parent=None).count() == 1
    assert Document.objects.get(parent=None).parts.count() == 5


def test_a_job_that_is_no_longer_queued_is_not_run_again(
    reference_data, sample_folder: Path
) -> None:
    """A redelivered message (or a second worker) finds the job claimed and leaves it alone."""
    from ruimtemonitor.ingestion.services import run_job

    job = ingest_paths([sample_folder / "mirt_brief.txt"]).jobs[0]
    before = (Document.objects.count(), Job.objects.get(pk=job.pk).log)
    again = run_job(job.pk)
    assert again.status == JobStatus.SUCCEEDED and again.pk == job.pk
    assert (Document.objects.count(), Job.objects.get(pk=job.pk).log) == before


def test_a_claimed_job_is_running_with_its_start_time(reference_data, sample_folder: Path) -> None:
    from ruimtemonitor.ingestion.services import _claim, submit_file

    job = submit_file(sample_folder / "mirt_brief.txt")
    claimed = _claim(job.pk)
    assert claimed is not None and claimed.status == JobStatus.RUNNING
    assert claimed.started_at is not None and claimed.content_hash == job.content_hash
    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING
    assert _claim(job.pk) is None


@pytest.mark.django_db(transaction=True)  # hand-overs wait for the commit: commit as in use
def test_queued_files_are_handed_to_workers_as_they_are_registered(
    reference_data, sample_folder: Path, monkeypatch
) -> None:
    """Workers start on the first file while the CLI still registers the others."""
    from ruimtemonitor.ingestion import services

    registered_at_handover = []
    monkeypatch.setattr(
        services, "_enqueue", lambda job: registered_at_handover.append(Job.objects.count())
    )
    with override_settings(BROKER_URL="redis://127.0.0.1:6379/15"):
        summary = ingest_paths([sample_folder], queue=True)
    assert len(summary.jobs) == len(sample_names())
    assert registered_at_handover == list(range(1, len(sample_names()) + 1))
    assert {job.status for job in Job.objects.all()} == {JobStatus.QUEUED}


def test_queued_without_a_broker_the_jobs_wait_in_the_database(
    reference_data, sample_folder: Path, monkeypatch
) -> None:
    from ruimtemonitor.ingestion import services
    from ruimtemonitor.ingestion.runner import run_pending

    sent = []
    monkeypatch.setattr(services, "_enqueue", sent.append)
    summary = ingest_paths([sample_folder], queue=True)
    assert sent == [] and {job.status for job in summary.jobs} == {JobStatus.QUEUED}
    assert run_pending() == len(sample_names())
    assert set(Job.objects.values_list("status", flat=True)) == {JobStatus.SUCCEEDED}


def test_reading_a_known_letter_again_takes_few_statements(
    reference_data, sample_folder: Path, tmp_path: Path, django_assert_max_num_queries
) -> None:
    """A letter whose agreements are already stored and unchanged costs a dozen statements:
    claim, already known?, names changed?, previous version, the document and its history,
    its arrangement, that arrangement's agreements with departments and commitments, the
    mentions, the area links (the areas named, the agreements and projects read), the finished
    job (and a savepoint around the store)."""
    from ruimtemonitor.ingestion.services import run_job, submit_file

    ingest_paths([sample_folder / "ruimtelijk_arrangement.txt"])
    stored = Agreement.objects.count()
    again = tmp_path / "ruimtelijk_arrangement-herzien.txt"
    again.write_text((sample_folder / "ruimtelijk_arrangement.txt").read_text() + "\nHerzien.\n")
    job = submit_file(again)
    with django_assert_max_num_queries(17):
        run_job(job.pk)
    assert Job.objects.get(pk=job.pk).status == JobStatus.SUCCEEDED
    assert stored >= 5 and Agreement.objects.count() == stored


def test_a_conflict_with_a_concurrent_job_is_retried_and_the_job_says_so_once(
    reference_data, sample_folder: Path, monkeypatch
) -> None:
    """The first attempt meets a file stored meanwhile (here: in the same transaction, so it
    rolls back with it); the second attempt stores the file, and the job row shows one end."""
    from ruimtemonitor.ingestion.storing import ExtractionStore

    real = ExtractionStore.store_documents
    attempts = []

    def meets_a_concurrent_job(self: ExtractionStore, **kwargs: object) -> Document:
        attempts.append(kwargs["content_hash"])
        if len(attempts) == 1:
            Document.objects.create(
                kind="overig", title="elders", content_hash=kwargs["content_hash"]
            )
        return real(self, **kwargs)

    monkeypatch.setattr(ExtractionStore, "store_documents", meets_a_concurrent_job)
    job = Job.objects.get(pk=ingest_paths([sample_folder / "mirt_brief.txt"]).jobs[0].pk)
    assert len(attempts) == 2
    assert job.status == JobStatus.SUCCEEDED and job.document.title != "elders"
    assert "conflict with a concurrent job (attempt 1); retrying" in job.log
    assert job.log.count("store: done") == 1 and job.log.count(" agreements, ") == 1
    assert (job.steps_done, job.steps_total) == (2, 2)
    assert Document.objects.filter(parent=None).count() == 1


def test_an_internal_error_while_storing_fails_the_job_and_stores_nothing(
    reference_data, sample_folder: Path, monkeypatch, caplog
) -> None:
    from ruimtemonitor.ingestion.storing import ExtractionStore

    def broken(self: ExtractionStore) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(ExtractionStore, "store_mentions", broken)
    job = Job.objects.get(pk=ingest_paths([sample_folder / "mirt_brief.txt"]).jobs[0].pk)
    assert job.status == JobStatus.FAILED and job.document is None
    # The traceback goes to the server log only; the job says where to look.
    assert job.error == "mirt_brief.txt: internal error; the details are in the server log."
    assert "kapot" not in job.error and "Traceback" not in job.log and "kapot" not in job.log
    assert "RuntimeError: kapot" in caplog.text and "Traceback" in caplog.text
    assert "store: done" not in job.log and job.steps_done == 1
    assert not Document.objects.exists()
