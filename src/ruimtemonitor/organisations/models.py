"""The parties of the cycle (ministries, provinces, municipalities, regions, agencies) and areas."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import TimestampedModel


class OrganisationKind(models.TextChoices):
    RIJK = "rijk", _("the Rijk as a whole")
    MINISTRY = "ministerie", _("ministry")
    PROVINCE = "provincie", _("province")
    MUNICIPALITY = "gemeente", _("municipality")
    WATER_BOARD = "waterschap", _("water board")
    REGION = "regio", _("region or partnership")
    AGENCY = "uitvoeringsorganisatie", _("executive agency")
    OTHER = "overig", _("other")


class Organisation(TimestampedModel):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind.choices)
    name = models.CharField(_("name"), max_length=255)
    abbreviation = models.CharField(_("abbreviation"), max_length=64, blank=True)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    cbs_code = models.CharField(_("CBS code"), max_length=8, blank=True)
    tooi_uri = models.URLField(_("TOOI URI"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cbs_code"],
                condition=~models.Q(cbs_code=""),
                name="organisation_unique_cbs",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def involved_organisation_ids(self) -> set[int]:
        return {self.pk}


class AreaKind(models.TextChoices):
    PROVINCE = "provincie", _("province")
    MUNICIPALITY = "gemeente", _("municipality")
    NOVEX = "novex", _("NOVEX area")
    REGION = "regio", _("region")
    MIRT_REGION = "mirt_regio", _("MIRT region")
    LANDSDEEL = "landsdeel", _("landsdeel")
    HOUSING = "woningbouwgebied", _("large-scale housing area")


class NovexType(models.TextChoices):
    URBANISATION = "verstedelijking", _("urbanisation")
    PORT_INDUSTRY = "haven_industrie", _("port and industry cluster")
    RURAL = "landelijk", _("rural area")
    LELYLIJN = "lelylijn", _("Lelylijn")


class HousingProgramme(models.TextChoices):
    EXISTING = "bestaand", _("one of the 17 existing areas")
    NEW_2025 = "nieuw_2025", _("new location (2025)")


class Area(TimestampedModel):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=AreaKind.choices)
    name = models.CharField(_("name"), max_length=255)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    authority = optional_link(Organisation, _("governed by"), "areas")
    cbs_code = models.CharField(_("CBS code"), max_length=8, blank=True)
    novex_type = models.CharField(
        _("NOVEX type"), max_length=32, choices=NovexType.choices, blank=True
    )
    # A NOVEX area of two kinds (Arnhem-Nijmegen-Foodvalley: rural and urbanisation).
    novex_also = models.CharField(
        _("also NOVEX type"), max_length=32, choices=NovexType.choices, blank=True
    )
    housing_programme = models.CharField(
        _("housing programme"), max_length=32, choices=HousingProgramme.choices, blank=True
    )
    # Membership is not containment: Rhenen lies in Utrecht and is a member of Regio
    # Foodvalley; Regio Foodvalley is a member of NOVEX Arnhem-Nijmegen-Foodvalley.
    member_of = models.ManyToManyField(
        "self",
        verbose_name=_("member of"),
        symmetrical=False,
        blank=True,
        related_name="members",
    )
    history = HistoricalRecords(m2m_fields=[member_of])

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    def ancestors(self) -> list[Area]:
        """The areas this one lies in, nearest first (a cycle in the data stops the walk)."""
        chain: list[Area] = []
        current = self.parent
        while current is not None and current not in chain:
            chain.append(current)
            current = current.parent
        return chain

    def involved_organisation_ids(self) -> set[int]:
        return {self.authority_id} if self.authority_id else set()


class AreaReach(models.Model):
    """``part`` is in the reach of ``area``: records anchored at ``part`` are listed for
    ``area`` (``core.areas.reach``, stored by ``services.rebuild_reach``; derived, no history).

    Pages, filters, facets and alerts all read this one table, so they cannot disagree.
    """

    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="reach")
    part = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="reached_from")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["area", "part"], name="area_reach_unique"),
        ]
        indexes = [models.Index(fields=["part", "area"])]

    def __str__(self) -> str:
        return f"{self.part_id} → {self.area_id}"
