"""The yearly cycle and what it agrees: meetings, arrangements, agreements, commitments, motions."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import (
    DeadlineFields,
    SourcedRecord,
    TimestampedModel,
    VersionedModel,
)
from ruimtemonitor.common.statuses import AgreementStatus, ParliamentaryStatus, ReviewState
from ruimtemonitor.core.lineage_matching import REVIEW_BELOW


class MeetingKind(models.TextChoices):
    BOL = "bol", _("BO Leefomgeving")
    BO_MIRT = "bo_mirt", _("BO MIRT")
    BO_LANDELIJK_GEBIED = "bo_landelijk_gebied", _("BO Landelijk Gebied")
    OTHER = "overig", _("other")


class Meeting(TimestampedModel):
    """One administrative consultation of the cycle, e.g. BOL Oost of 2 June 2025."""

    kind = models.CharField(_("kind"), max_length=32, choices=MeetingKind.choices)
    title = models.CharField(_("title"), max_length=255)
    area = models.ForeignKey(
        "organisations.Area",
        verbose_name=_("landsdeel or region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-year", "date", "title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.date and self.date.year != self.year:
            raise ValidationError({"year": _("The year must be the year of the date.")})

    def involved_organisation_ids(self) -> set[int]:
        return {self.area.authority_id} if self.area and self.area.authority_id else set()


class ArrangementKind(models.TextChoices):
    RUIMTELIJK_ARRANGEMENT = "ruimtelijk_arrangement", _("Ruimtelijk Arrangement")
    UITVOERINGSAGENDA = "uitvoeringsagenda", _("NOVEX implementation agenda")
    AFSPRAKENLIJST = "afsprakenlijst", _("list of agreements of a BO")
    OTHER = "overig", _("other")


class Arrangement(TimestampedModel):
    """A set of agreements that is revised each year; a new generation supersedes the last."""

    kind = models.CharField(_("kind"), max_length=32, choices=ArrangementKind.choices)
    title = models.CharField(_("title"), max_length=500)
    area = models.ForeignKey(
        "organisations.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="arrangements",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    generation = models.PositiveSmallIntegerField(_("generation"), default=1)
    supersedes = optional_link("self", _("supersedes"), "superseded_by", one_to_one=True)
    document = optional_link("documents.Document", _("document"), "arrangements")
    meeting = optional_link(Meeting, _("agreed at"), "arrangements")
    parties = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("parties"),
        blank=True,
        related_name="arrangements",
    )
    history = HistoricalRecords(m2m_fields=[parties])

    class Meta:
        verbose_name = _("arrangement")
        verbose_name_plural = _("arrangements")
        ordering = ["-year", "title"]
        constraints = [
            # One generation per area and year: a new version of the letter updates it.
            models.UniqueConstraint(
                fields=["kind", "area", "year"],
                condition=models.Q(area__isnull=False),
                name="arrangement_one_per_area_and_year",
            ),
            models.UniqueConstraint(
                fields=["kind", "title", "year"],
                condition=models.Q(area__isnull=True),
                name="arrangement_one_per_title_and_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"

    def involved_organisation_ids(self) -> set[int]:
        ids = set(self.parties.values_list("pk", flat=True))
        if self.area and self.area.authority_id:
            ids.add(self.area.authority_id)
        return ids


class AgreementType(models.TextChoices):
    POLICY = "beleidsafspraak", _("policy agreement")
    RESEARCH = "onderzoeksafspraak", _("research agreement")
    IMPLEMENTATION = "uitvoeringsafspraak", _("implementation agreement")
    PROCESS = "procesafspraak", _("process agreement")


def validate_agreement_types(value: object) -> None:
    allowed = set(AgreementType.values)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(_("Types must be a list of words."))
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ValidationError(
            _("Unknown agreement type(s): %(types)s."), params={"types": ", ".join(unknown)}
        )


class Agreement(SourcedRecord, VersionedModel):
    arrangement = models.ForeignKey(
        Arrangement,
        verbose_name=_("arrangement"),
        on_delete=models.CASCADE,
        related_name="agreements",
    )
    number = models.CharField(_("number as written"), max_length=32, blank=True)
    # "Afspraak 3.2 (was 4.1)": the number the previous generation gave it, as the letter says.
    previous_number = models.CharField(_("previous number"), max_length=32, blank=True)
    title = models.CharField(_("title"), max_length=500)
    # A list of AgreementType values: an agreement may be of two types at once.
    types = models.JSONField(
        _("types"), default=list, blank=True, validators=[validate_agreement_types]
    )
    chapter = models.CharField(_("chapter"), max_length=32, blank=True)
    chapter_title = models.CharField(_("chapter title"), max_length=255, blank=True)
    all_departments = models.BooleanField(_("all departments"), default=False)
    departments = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("departments"),
        blank=True,
        related_name="agreements_as_department",
        limit_choices_to={"kind": "ministerie"},
    )
    parties = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("parties"),
        blank=True,
        related_name="agreements",
    )
    areas = models.ManyToManyField(
        "organisations.Area", verbose_name=_("areas"), blank=True, related_name="agreements"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=AgreementStatus.choices, default=AgreementStatus.OPEN
    )
    notes = models.TextField(_("notes"), blank=True)
    continues = optional_link("self", _("continues (previous generation)"), "continued_by")
    # Number, titles and commitment texts in one column, kept by ``register.search``: the
    # full-text search reads one indexed column instead of joining 300,000 commitments.
    search_document = models.TextField(_("search text"), blank=True, editable=False)
    history = HistoricalRecords(
        m2m_fields=[departments, parties, areas], excluded_fields=["search_document"]
    )

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["arrangement", "chapter", "number", "pk"]
        constraints = [
            # Numbers identify agreements within a generation; two concurrent readers of a new
            # version of the same letter must not both add "2.1".
            models.UniqueConstraint(
                fields=["arrangement", "number"],
                condition=~models.Q(number=""),
                name="agreement_unique_number_in_arrangement",
            )
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def permission_parent(self) -> Arrangement:
        return self.arrangement

    def involved_organisation_ids(self) -> set[int]:
        """Who is involved: the rule of ``register.involvement`` (signs, party, owner,
        department, the area's authority), in one query."""
        from ruimtemonitor.register.involvement import involved_organisation_ids

        return involved_organisation_ids(self)


class Commitment(SourcedRecord, DeadlineFields, VersionedModel):
    """One bullet of an agreement: what a party commits to, by when."""

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.TextField(_("text"))
    owner = optional_link("organisations.Organisation", _("owner"), "commitments")
    owner_as_written = models.CharField(_("owner as written"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=AgreementStatus.choices, default=AgreementStatus.OPEN
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    class Meta(DeadlineFields.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["agreement", "position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    def permission_parent(self) -> Agreement:
        return self.agreement

    def involved_organisation_ids(self) -> set[int]:
        ids = self.agreement.involved_organisation_ids()
        if self.owner_id:
            ids.add(self.owner_id)
        return ids


class ParliamentaryKind(models.TextChoices):
    MOTION = "motie", _("motion")
    COMMITMENT = "toezegging", _("commitment to parliament")


class ParliamentaryItem(SourcedRecord, VersionedModel):
    kind = models.CharField(_("kind"), max_length=16, choices=ParliamentaryKind.choices)
    kamerstuk = models.CharField(
        _("Kamerstuk id"), max_length=64, blank=True, help_text=_("For example kst-36600-A-63.")
    )
    member = models.CharField(_("member(s)"), max_length=255, blank=True)
    text = models.TextField(_("text"))
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ParliamentaryStatus.choices,
        default=ParliamentaryStatus.OPEN,
    )
    responsible = optional_link(
        "organisations.Organisation", _("responsible ministry"), "parliamentary_items"
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("motion or commitment to parliament")
        verbose_name_plural = _("motions and commitments to parliament")
        ordering = ["kamerstuk", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "kamerstuk"],
                condition=~models.Q(kamerstuk=""),
                name="parliamentary_item_unique_kamerstuk",
            )
        ]

    def __str__(self) -> str:
        return self.kamerstuk or self.text[:80]

    def involved_organisation_ids(self) -> set[int]:
        return {self.responsible_id} if self.responsible_id else set()


class ChangeKind(models.TextChoices):
    """How an agreement of one generation continues in the next (``core.lineage_matching``)."""

    NEW = "new", _("new")
    UNCHANGED = "unchanged", _("unchanged")
    CHANGED = "changed", _("changed")
    MERGED = "merged", _("merged")
    SPLIT = "split", _("split")
    DROPPED = "dropped", _("dropped")


class AgreementChange(TimestampedModel):
    """One link between two generations of an arrangement, as matched and then reviewed."""

    arrangement = models.ForeignKey(
        Arrangement,
        verbose_name=_("new generation"),
        on_delete=models.CASCADE,
        related_name="changes",
    )
    kind = models.CharField(_("kind of change"), max_length=16, choices=ChangeKind.choices)
    previous = models.ManyToManyField(
        Agreement, verbose_name=_("previous agreements"), blank=True, related_name="changes_as_old"
    )
    next = models.ManyToManyField(
        Agreement, verbose_name=_("next agreements"), blank=True, related_name="changes_as_new"
    )
    confidence = models.FloatField(_("confidence"), default=1.0)
    renumbered = models.BooleanField(_("renumbered"), default=False)
    title_diff = models.JSONField(_("title diff"), default=list, blank=True)
    text_diff = models.JSONField(_("text diff"), default=list, blank=True)
    review_state = models.CharField(
        _("review state"), max_length=16, choices=ReviewState.choices, default=ReviewState.PROPOSED
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("change between generations")
        verbose_name_plural = _("changes between generations")
        ordering = ["arrangement", "kind", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.arrangement})"

    def involved_organisation_ids(self) -> set[int]:
        return self.arrangement.involved_organisation_ids()

    @property
    def needs_review(self) -> bool:
        return self.review_state == ReviewState.PROPOSED and self.confidence < REVIEW_BELOW


class StatusReport(SourcedRecord):
    """A later letter reports a motion or commitment as done: proposed until a person decides.

    The status of the record itself changes only when the report is confirmed, so a
    misread sentence never closes anything on its own. Reports come from letters and are
    written as *proposed* (``status_reports.propose_done``, and the admin's add form).
    """

    parliamentary_item = models.ForeignKey(
        ParliamentaryItem,
        verbose_name=_("motion or commitment to parliament"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="status_reports",
    )
    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("commitment"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="status_reports",
    )
    partly = models.BooleanField(_("partly done"), default=False)
    as_written = models.TextField(_("as written"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reported completion")
        verbose_name_plural = _("reported completions")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(parliamentary_item__isnull=False, commitment__isnull=True)
                | models.Q(parliamentary_item__isnull=True, commitment__isnull=False),
                name="status_report_one_target",
            )
        ]

    def __str__(self) -> str:
        return self.as_written[:80]

    @property
    def target(self) -> ParliamentaryItem | Commitment:
        return self.parliamentary_item or self.commitment

    def involved_organisation_ids(self) -> set[int]:
        return self.target.involved_organisation_ids()


class RegisterVersion(models.Model):
    """One row whose token changes with every committed write to what the agreement list
    counts (``register.version``): cached facet counts are keyed by it, so a write retires
    them at once. Written by database triggers only, never by the application."""

    token = models.CharField(_("token"), max_length=64)

    class Meta:
        db_table = "register_version"
        verbose_name = _("register version")

    def __str__(self) -> str:
        return self.token


class PendingVersionChange(models.Model):
    """PostgreSQL: one row per transaction that wrote to a watched table; a deferred trigger
    on it changes ``RegisterVersion`` at commit, so writers do not wait on each other while
    their transactions run (``register.version``)."""

    transaction = models.BigIntegerField(_("transaction"), unique=True)

    class Meta:
        db_table = "register_version_pending"
        verbose_name = _("pending register version change")

    def __str__(self) -> str:
        return str(self.transaction)
