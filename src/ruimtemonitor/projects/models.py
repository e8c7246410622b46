"""MIRT projects and programmes with their milestones and money (Spelregels MIRT 2022 phases)."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import DeadlineFields, SourcedRecord, VersionedModel
from ruimtemonitor.common.statuses import ProjectStatus


class Phase(models.TextChoices):
    RESEARCH = "onderzoek", _("research")
    EXPLORATION = "verkenning", _("exploration")
    PLAN_ELABORATION = "planuitwerking", _("plan elaboration")
    REALISATION = "realisatie", _("realisation")
    DELIVERED = "opgeleverd", _("delivered")


class Project(SourcedRecord, VersionedModel):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    is_programme = models.BooleanField(_("programme"), default=False)
    mirt_region = models.ForeignKey(
        "organisations.Area",
        verbose_name=_("MIRT region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="mirt_projects",
        limit_choices_to={"kind": "mirt_regio"},
    )
    areas = models.ManyToManyField(
        "organisations.Area", verbose_name=_("areas"), blank=True, related_name="projects"
    )
    parties = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("parties"),
        blank=True,
        related_name="projects",
    )
    phase = models.CharField(_("phase"), max_length=32, choices=Phase.choices, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ProjectStatus.choices, default=ProjectStatus.ACTIVE
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords(m2m_fields=[areas, parties])

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def involved_organisation_ids(self) -> set[int]:
        ids = set(self.parties.values_list("pk", flat=True))
        ids.update(self.money_lines.exclude(party=None).values_list("party_id", flat=True))
        return ids


class MilestoneKind(models.TextChoices):
    START = "startbeslissing", _("start decision")
    PREFERENCE = "voorkeursbeslissing", _("preference decision")
    PROJECT = "projectbeslissing", _("project decision")
    DELIVERY = "opleveringsbeslissing", _("delivery decision")
    OTHER = "overig", _("other milestone")


class Milestone(SourcedRecord, DeadlineFields, VersionedModel):
    """A formal MIRT decision or another milestone: planned as written, and when it happened."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="milestones"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=MilestoneKind.choices)
    description = models.CharField(_("description"), max_length=500, blank=True)
    achieved_on = models.DateField(_("achieved on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta(DeadlineFields.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["project", "deadline_start", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.description or self.deadline_as_written}"

    def permission_parent(self) -> Project:
        return self.project

    def involved_organisation_ids(self) -> set[int]:
        return self.project.involved_organisation_ids()


class MoneyKind(models.TextChoices):
    BUDGET = "budget", _("budget")
    ESTIMATE = "raming", _("estimate")
    CONTRIBUTION = "bijdrage", _("contribution")
    RESERVATION = "reservering", _("reservation")
    COFINANCING = "cofinanciering", _("co-financing")


class Vat(models.TextChoices):
    INCLUDED = "incl", _("incl. VAT")
    EXCLUDED = "excl", _("excl. VAT")
    UNKNOWN = "onbekend", _("VAT unknown")


class MoneyLine(SourcedRecord):
    """An amount of money as a letter states it: exact euros, with range, VAT and price level."""

    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="money_lines",
    )
    agreement = models.ForeignKey(
        "register.Agreement",
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="money_lines",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=MoneyKind.choices)
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=16, decimal_places=2)
    amount_upper_eur = models.DecimalField(
        _("upper amount of a range (EUR)"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
    )
    as_written = models.CharField(_("as written"), max_length=255, blank=True)
    qualifier = models.CharField(_("qualifier (ca., maximaal …)"), max_length=32, blank=True)
    party = optional_link("organisations.Organisation", _("party"), "money_lines")
    price_level = models.PositiveSmallIntegerField(
        _("price level (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    vat = models.CharField(_("VAT"), max_length=16, choices=Vat.choices, default=Vat.UNKNOWN)
    description = models.CharField(_("description"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("money line")
        verbose_name_plural = _("money lines")
        ordering = ["project", "kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_upper_eur__isnull=True)
                | models.Q(amount_upper_eur__gte=models.F("amount_eur")),
                name="moneyline_range_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(project__isnull=False) | models.Q(agreement__isnull=False),
                name="moneyline_belongs_somewhere",
            ),
        ]

    def __str__(self) -> str:
        return self.as_written or f"€ {self.amount_eur}"

    def permission_parent(self) -> object:
        return self.project or self.agreement

    def involved_organisation_ids(self) -> set[int]:
        owner = self.project or self.agreement
        ids = owner.involved_organisation_ids() if owner else set()
        if self.party_id:
            ids.add(self.party_id)
        return ids
