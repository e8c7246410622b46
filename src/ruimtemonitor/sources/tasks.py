"""Celery task for the nightly sync (Celery beat, when a broker is configured)."""

from ruimtemonitor.config.celery import app


@app.task(name="ruimtemonitor.sources_sync", acks_late=False)
def sources_sync(source: str) -> str:
    from ruimtemonitor.sources.services import sync_source

    report = sync_source(source)
    return report.run.status
