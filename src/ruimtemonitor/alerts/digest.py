"""What changed for one subscription in one period: new records, status changes, deadlines.

Every section is one query per kind of record, whatever the number of records: the
subscription's target becomes a subquery of record ids (``Scope``), new records are read
from ``created_at``, status changes from the history rows with the previous row's status
alongside (a correlated subquery), and deadlines from ``deadline_end``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import F, Model, OuterRef, QuerySet, Subquery
from django.http import QueryDict
from django.urls import reverse
from django.utils.functional import Promise

from ruimtemonitor.alerts.models import Subscription
from ruimtemonitor.alerts.schedule import deadline_window
from ruimtemonitor.common.statuses import (
    AgreementStatus,
    ParliamentaryStatus,
    ProjectStatus,
    ReviewState,
)
from ruimtemonitor.organisations.models import Organisation, OrganisationKind
from ruimtemonitor.projects.models import Milestone, MilestoneKind, Project
from ruimtemonitor.register.filters import AgreementFilter
from ruimtemonitor.register.involvement import (
    agreements_in_area,
    agreements_involving,
    projects_in_area,
    projects_involving,
)
from ruimtemonitor.register.models import Agreement, Commitment, ParliamentaryItem

#: Characters of a commitment's or motion's text shown in a digest.
TEXT_CHARS = 160


class Kind:
    AGREEMENT = "agreement"
    COMMITMENT = "commitment"
    PROJECT = "project"
    PARLIAMENTARY_ITEM = "parliamentary_item"
    MILESTONE = "milestone"


@dataclass(frozen=True)
class Item:
    """One line of a digest; ``path`` is the record's page on the site, empty when it has none."""

    kind: str
    pk: int
    text: str
    path: str
    when: dt.datetime | dt.date | None = None
    old_status: str | Promise = ""
    new_status: str | Promise = ""
    deadline_as_written: str = ""


@dataclass
class Digest:
    subscription: Subscription
    start: dt.datetime
    end: dt.datetime
    today: dt.date
    new: list[Item] = field(default_factory=list)
    changes: list[Item] = field(default_factory=list)
    deadlines: list[Item] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.new) + len(self.changes) + len(self.deadlines)

    @property
    def is_empty(self) -> bool:
        return self.count == 0

    def new_of(self, kind: str) -> list[Item]:
        return [item for item in self.new if item.kind == kind]


@dataclass(frozen=True)
class Scope:
    """The live records a subscription is about, as querysets usable as subqueries."""

    agreements: QuerySet
    projects: QuerySet
    parliamentary_items: QuerySet

    @property
    def commitments(self) -> QuerySet:
        return live(Commitment.objects).filter(agreement_id__in=self.agreements.values("pk"))

    @property
    def milestones(self) -> QuerySet:
        return live(Milestone.objects).filter(project_id__in=self.projects.values("pk"))


def live(queryset: QuerySet) -> QuerySet:
    """What a reviewer rejected stays in the register but is nobody's news."""
    return queryset.exclude(review_state=ReviewState.REJECTED)


def _area_scope(area_id: int) -> Scope:
    agreements = live(Agreement.objects).filter(agreements_in_area(area_id))
    projects = live(Project.objects).filter(projects_in_area(area_id))
    return Scope(agreements, projects, ParliamentaryItem.objects.none())


def _organisation_scope(organisation: Organisation) -> Scope:
    org = organisation.pk
    ministry = organisation.kind == OrganisationKind.MINISTRY
    agreements = live(Agreement.objects).filter(agreements_involving(org, all_departments=ministry))
    projects = live(Project.objects).filter(projects_involving(org))
    items = live(ParliamentaryItem.objects).filter(responsible_id=org)
    return Scope(agreements, projects, items)


def _query_scope(query: str) -> Scope:
    filterset = AgreementFilter(data=QueryDict(query), queryset=live(Agreement.objects))
    # An invalid stored search must select nothing, not (as unapplied filters would) everything.
    agreements = filterset.qs.order_by() if filterset.form.is_valid() else Agreement.objects.none()
    return Scope(agreements, Project.objects.none(), ParliamentaryItem.objects.none())


def scope_for(subscription: Subscription) -> Scope:
    kind = subscription.target_kind
    if kind == "area":
        return _area_scope(subscription.area_id)
    if kind == "organisation":
        return _organisation_scope(subscription.organisation)
    if kind == "arrangement":
        agreements = live(Agreement.objects).filter(arrangement_id=subscription.arrangement_id)
        return Scope(agreements, Project.objects.none(), ParliamentaryItem.objects.none())
    if kind == "query":
        return _query_scope(subscription.query)
    return Scope(Agreement.objects.none(), Project.objects.none(), ParliamentaryItem.objects.none())


# -- the text and page of each kind of record ---------------------------------------------


def _short(text: str, limit: int = TEXT_CHARS) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _agreement_path(pk: int) -> str:
    return reverse("web:agreement_detail", args=[pk])


def _commitment_path(agreement_id: int, pk: int) -> str:
    return f"{_agreement_path(agreement_id)}#toezegging-{pk}"


def _project_path(slug: str) -> str:
    return reverse("web:project_detail", args=[slug]) if slug else ""


def _agreement_text(row: dict[str, Any]) -> str:
    return _short(f"{row['number']} {row['title']}".strip(), 300)


def _parliamentary_text(row: dict[str, Any]) -> str:
    text = _short(row["text"])
    return f"{row['kamerstuk']}: {text}" if row["kamerstuk"] else text


@dataclass(frozen=True)
class RecordKind:
    """How to read one model's rows into digest items."""

    kind: str
    model: type[Model]
    fields: tuple[str, ...]
    statuses: Any  # the TextChoices of its status field

    def item(self, row: dict[str, Any], pk: int, **extra: Any) -> Item:
        if self.kind == Kind.AGREEMENT:
            return Item(self.kind, pk, _agreement_text(row), _agreement_path(pk), **extra)
        if self.kind == Kind.COMMITMENT:
            path = _commitment_path(row["agreement_id"], pk)
            return Item(self.kind, pk, _short(row["text"]), path, **extra)
        if self.kind == Kind.PROJECT:
            return Item(self.kind, pk, row["name"], _project_path(row["slug"]), **extra)
        return Item(self.kind, pk, _parliamentary_text(row), "", **extra)

    def status_label(self, value: str) -> str | Promise:
        try:
            return self.statuses(value).label
        except ValueError:
            return value


AGREEMENTS = RecordKind(Kind.AGREEMENT, Agreement, ("number", "title"), AgreementStatus)
COMMITMENTS = RecordKind(Kind.COMMITMENT, Commitment, ("agreement_id", "text"), AgreementStatus)
PROJECTS = RecordKind(Kind.PROJECT, Project, ("name", "slug"), ProjectStatus)
PARLIAMENTARY_ITEMS = RecordKind(
    Kind.PARLIAMENTARY_ITEM, ParliamentaryItem, ("kamerstuk", "text"), ParliamentaryStatus
)


def _kinds_and_scopes(scope: Scope) -> Iterable[tuple[RecordKind, QuerySet]]:
    yield AGREEMENTS, scope.agreements
    yield COMMITMENTS, scope.commitments
    yield PROJECTS, scope.projects
    yield PARLIAMENTARY_ITEMS, scope.parliamentary_items


# -- the three sections -------------------------------------------------------------------


def new_records(scope: Scope, start: dt.datetime, end: dt.datetime) -> list[Item]:
    """Records created in the period; commitments only when their agreement is not new too."""
    items: list[Item] = []
    for kind, queryset in _kinds_and_scopes(scope):
        queryset = queryset.filter(created_at__gte=start, created_at__lt=end)
        if kind is COMMITMENTS:
            # A new agreement's commitments come with it; listing them again is noise.
            queryset = queryset.exclude(
                agreement__created_at__gte=start, agreement__created_at__lt=end
            )
        rows = queryset.order_by("created_at", "pk").values("pk", "created_at", *kind.fields)
        items.extend(kind.item(row, row["pk"], when=row["created_at"]) for row in rows)
    return items


def status_changes(scope: Scope, start: dt.datetime, end: dt.datetime) -> list[Item]:
    """Records whose status in the history differs at the end of the period from before it.

    One query per kind: each ``~`` history row of the period carries the status of the row
    before it (correlated subquery); several changes of one record fold into one line from
    the first old status to the last new one, and a change that was undone is left out.
    """
    items: list[Item] = []
    for kind, queryset in _kinds_and_scopes(scope):
        history = kind.model.history
        previous = (
            history.model.objects.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
            .order_by("-history_id")
            .values("status")[:1]
        )
        rows = (
            history.filter(
                history_type="~",
                history_date__gte=start,
                history_date__lt=end,
                id__in=queryset.values("pk"),
            )
            .annotate(previous_status=Subquery(previous))
            .filter(previous_status__isnull=False)
            .exclude(previous_status=F("status"))
            .order_by("id", "history_id")
            .values("id", "history_date", "status", "previous_status", *kind.fields)
        )
        folded: dict[int, tuple[str, dict[str, Any]]] = {}
        for row in rows:
            first_old = folded[row["id"]][0] if row["id"] in folded else row["previous_status"]
            folded[row["id"]] = (first_old, row)
        for pk, (old, row) in folded.items():
            if old == row["status"]:
                continue
            items.append(
                kind.item(
                    row,
                    pk,
                    when=row["history_date"],
                    old_status=kind.status_label(old),
                    new_status=kind.status_label(row["status"]),
                )
            )
    items.sort(key=lambda item: item.when)
    return items


def deadlines_coming_due(scope: Scope, today: dt.date, frequency: str) -> list[Item]:
    """Open commitments and unreached milestones whose deadline ends within the horizon."""
    first, last = deadline_window(today, frequency)
    commitments = (
        scope.commitments.filter(deadline_end__gte=first, deadline_end__lte=last)
        .exclude(status__in=[AgreementStatus.DONE, AgreementStatus.LAPSED])
        .order_by("deadline_end", "pk")
        .values("pk", "agreement_id", "text", "deadline_end", "deadline_as_written")
    )
    items = [
        COMMITMENTS.item(
            row,
            row["pk"],
            when=row["deadline_end"],
            deadline_as_written=row["deadline_as_written"],
        )
        for row in commitments
    ]
    milestones = (
        scope.milestones.filter(
            deadline_end__gte=first, deadline_end__lte=last, achieved_on__isnull=True
        )
        .exclude(project__status__in=[ProjectStatus.DONE, ProjectStatus.STOPPED])
        .order_by("deadline_end", "pk")
        .values(
            "pk",
            "kind",
            "description",
            "deadline_end",
            "deadline_as_written",
            "project__name",
            "project__slug",
        )
    )
    for row in milestones:
        kind_label = MilestoneKind(row["kind"]).label if row["kind"] in MilestoneKind.values else ""
        what = row["description"] or str(kind_label)
        items.append(
            Item(
                Kind.MILESTONE,
                row["pk"],
                _short(f"{row['project__name']}: {what}"),
                _project_path(row["project__slug"]),
                when=row["deadline_end"],
                deadline_as_written=row["deadline_as_written"],
            )
        )
    items.sort(key=lambda item: (item.when, item.kind, item.pk))
    return items


def build_digest(
    subscription: Subscription, start: dt.datetime, end: dt.datetime, today: dt.date
) -> Digest:
    """Everything the subscription's digest for ``[start, end)`` reports, as of ``today``."""
    scope = scope_for(subscription)
    return Digest(
        subscription=subscription,
        start=start,
        end=end,
        today=today,
        new=new_records(scope, start, end),
        changes=status_changes(scope, start, end),
        deadlines=deadlines_coming_due(scope, today, subscription.frequency),
    )
