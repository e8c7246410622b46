"""Celery task: a worker picks up one job id and runs it like the in-process path does."""

from ruimtemonitor.config.celery import app


@app.task(name="ruimtemonitor.ingest_job", acks_late=True)
def ingest_job(job_id: int) -> None:
    from ruimtemonitor.ingestion.services import run_job

    run_job(job_id)
