"""Abstract building blocks shared by the register's records."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.deadlines import Deadline, Precision


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class VersionedModel(models.Model):
    """A counter raised by every edit through ``common.editing``: two people editing the same
    record at once get a conflict instead of a silent overwrite (optimistic locking)."""

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True


class SourcedRecord(TimestampedModel):
    """A record that extraction can propose: it points at its passage and carries a review state."""

    source_passage = optional_link("documents.Passage", _("source passage"), "+")
    review_state = models.CharField(
        _("review state"), max_length=16, choices=ReviewState.choices, default=ReviewState.MANUAL
    )

    class Meta:
        abstract = True


PRECISION_CHOICES = [
    (Precision.DAY.value, _("day")),
    (Precision.MONTH.value, _("month")),
    (Precision.QUARTER.value, _("quarter")),
    (Precision.HALF_YEAR.value, _("half-year")),
    (Precision.SEASON.value, _("season")),
    (Precision.YEAR.value, _("year")),
    (Precision.MEETING.value, _("meeting")),
    (Precision.UNKNOWN.value, _("unknown")),
]


class DeadlineFields(models.Model):
    """Stores a core ``Deadline`` value as four columns so it can be filtered and sorted."""

    deadline_as_written = models.CharField(_("deadline as written"), max_length=255, blank=True)
    deadline_start = models.DateField(_("deadline from"), null=True, blank=True)
    deadline_end = models.DateField(_("deadline until"), null=True, blank=True)
    deadline_precision = models.CharField(
        _("deadline precision"), max_length=16, choices=PRECISION_CHOICES, blank=True
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(deadline_start__isnull=True, deadline_end__isnull=True)
                | models.Q(deadline_start__lte=models.F("deadline_end")),
                name="%(app_label)s_%(class)s_deadline_interval",
            )
        ]

    @property
    def deadline(self) -> Deadline | None:
        if not self.deadline_as_written and self.deadline_end is None:
            return None
        return Deadline(
            self.deadline_as_written,
            self.deadline_start,
            self.deadline_end,
            Precision(self.deadline_precision or Precision.UNKNOWN),
        )

    @deadline.setter
    def deadline(self, value: Deadline | None) -> None:
        if value is None:
            self.deadline_as_written, self.deadline_start, self.deadline_end = "", None, None
            self.deadline_precision = ""
            return
        self.deadline_as_written = value.as_written
        self.deadline_start, self.deadline_end = value.start, value.end
        self.deadline_precision = value.precision.value
