"""Funding rounds: an assessment kept in the register so its verdicts can be reproduced later.

A round stores what went in (the proposals as submitted, the scheme version, its
digest and overrides, the peildatum and budget) next to what came out (the
engine's JSON document). Re-running the stored input with the same scheme
version must give the stored output; ``services.rerun_round`` checks exactly that.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import TimestampedModel


class FundingRound(TimestampedModel):
    """One assessed funding round, e.g. "WoKT 2025 ronde 1"."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    scheme_name = models.CharField(_("scheme"), max_length=100)
    scheme_version = models.CharField(_("scheme version"), max_length=50)
    scheme_digest = models.CharField(
        _("scheme digest"),
        max_length=71,
        help_text=_("SHA-256 of the effective rules, overrides included."),
    )
    scheme_rules = models.JSONField(_("effective scheme rules"), default=dict)
    scheme_overrides = models.JSONField(_("scheme overrides"), default=dict, blank=True)
    peildatum = models.DateField(_("reference date (peildatum)"))
    budget_eur = models.DecimalField(_("budget (EUR)"), max_digits=15, decimal_places=2)
    max_share_per_province = models.DecimalField(
        _("maximum share per province"),
        max_digits=7,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Cap per province as a fraction of the budget; empty means no cap."),
    )
    time_limit_seconds = models.FloatField(_("solver time limit (seconds)"), default=60.0)
    proposals = models.JSONField(
        _("proposals as submitted"),
        default=list,
        help_text=_("One record per proposal, in the columns of the input file."),
    )
    source_name = models.CharField(_("source file name"), max_length=255, blank=True)
    source_sha256 = models.CharField(_("source file SHA-256"), max_length=64, blank=True)
    result = models.JSONField(_("result"), default=dict)
    engine_version = models.CharField(_("Ruimtemonitor version"), max_length=32, blank=True)
    created_by = optional_link(settings.AUTH_USER_MODEL, _("created by"), "funding_rounds")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("funding round")
        verbose_name_plural = _("funding rounds")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.name

    def involved_organisation_ids(self) -> set[int]:
        # Rounds are the programme's, not a region's: only administrators edit them.
        return set()

    @property
    def scheme_label(self) -> str:
        return f"{self.scheme_name}@{self.scheme_version}"

    def allocation(self, method: str) -> dict[str, object]:
        """The stored ``greedy`` or ``optimal`` allocation summary (empty if absent)."""
        allocation = self.result.get("allocation", {}) if isinstance(self.result, dict) else {}
        summary = allocation.get(method, {})
        return summary if isinstance(summary, dict) else {}
