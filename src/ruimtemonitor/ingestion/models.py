"""One job per ingested file: its status, progress and log, on a row every screen can show."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.common.fields import optional_link


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("succeeded")
    SKIPPED = "skipped", _("skipped: already ingested")
    FAILED = "failed", _("failed")


FINISHED = {JobStatus.SUCCEEDED, JobStatus.SKIPPED, JobStatus.FAILED}


class Job(models.Model):
    status = models.CharField(
        _("status"), max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    source_name = models.CharField(_("file name"), max_length=255)
    stored_file = models.FileField(_("stored file"), upload_to="incoming/%Y/%m/", blank=True)
    content_hash = models.CharField(_("content hash (SHA-256)"), max_length=64, blank=True)
    document = optional_link("documents.Document", _("document"), "jobs")
    steps_done = models.PositiveSmallIntegerField(_("steps done"), default=0)
    steps_total = models.PositiveSmallIntegerField(_("steps in total"), default=0)
    log = models.TextField(_("log"), blank=True)
    error = models.TextField(_("error"), blank=True)
    created_by = optional_link(settings.AUTH_USER_MODEL, _("started by"), "jobs")
    # Who runs it ("host:pid") and how often it was started: a job found running whose worker
    # is gone is queued again, or failed after too many attempts (``runner.recover_jobs``).
    worker = models.CharField(_("worker"), max_length=120, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("ingestion job")
        verbose_name_plural = _("ingestion jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.source_name} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED

    def append_log(self, message: str) -> None:
        stamp = timezone.now().strftime("%Y-%m-%d %H:%M:%S")
        self.log += f"{stamp} {message}\n"
