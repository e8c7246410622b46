"""What the register read from the official sources, where each listing stopped, and each run.

A ``SourceRecord`` is one record at a source, kept once per source, kind and the source's
own key, with its full history (a change or a deletion at the source is a new history row,
never a silent overwrite). A status change at the source reaches the register's motion or
commitment only as a ``SourceProposal`` that a person confirms in *Controleren*.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import TimestampedModel
from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState


class Source(models.TextChoices):
    TWEEDEKAMER = "tweedekamer", _("Tweede Kamer (Gegevensmagazijn)")
    BEKENDMAKINGEN = "bekendmakingen", _("Official publications (KOOP SRU)")


class RecordKind(models.TextChoices):
    MOTION = "motie", _("motion")
    COMMITMENT = "toezegging", _("commitment to parliament")
    DOCUMENT = "document", _("parliamentary document")
    PUBLICATION = "publicatie", _("official publication")


class RunStatus(models.TextChoices):
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("succeeded")
    FAILED = "failed", _("failed")


class SyncCursor(models.Model):
    """Where one listing of a source stopped: the change time of the last record stored.

    ``scope`` is the selection (the dossier numbers) the listing was read with, so a run for
    other dossiers starts from its own beginning instead of skipping their past.
    """

    source = models.CharField(_("source"), max_length=32, choices=Source.choices)
    stream = models.CharField(_("listing"), max_length=32)
    scope = models.CharField(_("selection"), max_length=255, blank=True)
    modified = models.CharField(_("last change stored"), max_length=64)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("sync position")
        verbose_name_plural = _("sync positions")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "stream", "scope"], name="sync_cursor_one_per_listing"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source}/{self.stream} {self.scope}: {self.modified}"


class SyncRun(models.Model):
    """One sync of one source: what it read, what it stored, and what went wrong."""

    source = models.CharField(_("source"), max_length=32, choices=Source.choices)
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=RunStatus.choices, default=RunStatus.RUNNING
    )
    since = models.CharField(_("since"), max_length=64, blank=True)
    dossiers = models.JSONField(_("dossiers"), default=list, blank=True)
    fetched = models.PositiveIntegerField(_("records read"), default=0)
    created = models.PositiveIntegerField(_("new records"), default=0)
    changed = models.PositiveIntegerField(_("changed records"), default=0)
    deleted = models.PositiveIntegerField(_("deleted at the source"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged records"), default=0)
    linked = models.PositiveIntegerField(_("linked to the register"), default=0)
    proposals = models.PositiveIntegerField(_("proposals for review"), default=0)
    letters = models.PositiveIntegerField(_("letters ingested"), default=0)
    requests = models.PositiveIntegerField(_("requests"), default=0)
    error = models.TextField(_("error"), blank=True)
    error_url = models.CharField(_("address that failed"), max_length=2000, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("sync run")
        verbose_name_plural = _("sync runs")
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["source", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.source} {self.started_at:%Y-%m-%d %H:%M}"


class SourceRecord(TimestampedModel):
    """One motion, commitment, letter or publication as the source describes it."""

    source = models.CharField(_("source"), max_length=32, choices=Source.choices)
    kind = models.CharField(_("kind"), max_length=16, choices=RecordKind.choices)
    external_id = models.CharField(_("key at the source"), max_length=255)
    kamerstuk = models.CharField(_("Kamerstuk id"), max_length=64, blank=True, db_index=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    status = models.CharField(_("status at the source"), max_length=64, blank=True)
    modified = models.CharField(_("changed at the source"), max_length=64)
    digest = models.CharField(_("content digest"), max_length=64)
    deleted = models.BooleanField(_("deleted at the source"), default=False)
    fields = models.JSONField(_("fields read"), default=dict, blank=True)
    file_url = models.CharField(_("file address"), max_length=2000, blank=True)
    file_type = models.CharField(_("file type"), max_length=16, blank=True)
    parliamentary_item = optional_link(
        "register.ParliamentaryItem", _("motion or commitment in the register"), "source_records"
    )
    document = optional_link("documents.Document", _("document"), "source_records")
    first_run = models.ForeignKey(
        SyncRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_run = optional_link(SyncRun, _("last changed in run"), "records_changed")
    history = HistoricalRecords(excluded_fields=["first_run", "last_run"])

    class Meta:
        verbose_name = _("record from a source")
        verbose_name_plural = _("records from sources")
        ordering = ["source", "kind", "kamerstuk", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "external_id"], name="source_record_once"
            )
        ]

    def __str__(self) -> str:
        return self.kamerstuk or self.title[:80] or self.external_id

    def involved_organisation_ids(self) -> set[int]:
        item = self.parliamentary_item
        return item.involved_organisation_ids() if item else set()


class SourceProposal(TimestampedModel):
    """A status the source reports for a register item: applied only when a person confirms."""

    record = models.ForeignKey(
        SourceRecord, verbose_name=_("record"), on_delete=models.CASCADE, related_name="proposals"
    )
    parliamentary_item = models.ForeignKey(
        "register.ParliamentaryItem",
        verbose_name=_("motion or commitment to parliament"),
        on_delete=models.CASCADE,
        related_name="source_proposals",
    )
    status_before = models.CharField(_("status at the source before"), max_length=64, blank=True)
    status_at_source = models.CharField(_("status at the source"), max_length=64)
    proposed_status = models.CharField(
        _("status when confirmed"),
        max_length=16,
        choices=ParliamentaryStatus.choices,
        blank=True,
        help_text=_("Empty when the source's status leaves the register's status as it is."),
    )
    note = models.TextField(_("note added when confirmed"))
    review_state = models.CharField(
        _("review state"), max_length=16, choices=ReviewState.choices, default=ReviewState.PROPOSED
    )
    history = HistoricalRecords()

    # The review queue shows a passage for records that extraction made; this one has none.
    source_passage_id = None

    class Meta:
        verbose_name = _("status change at a source")
        verbose_name_plural = _("status changes at sources")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["record", "parliamentary_item", "status_at_source"],
                name="source_proposal_once_per_status",
            )
        ]

    def __str__(self) -> str:
        return f"{self.parliamentary_item}: {self.status_at_source}"

    def involved_organisation_ids(self) -> set[int]:
        return self.parliamentary_item.involved_organisation_ids()
