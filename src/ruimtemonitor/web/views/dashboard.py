"""Dashboard: where the register stands today, in a fixed number of aggregate queries.

Every number on the page comes from one aggregate query (counts by status, sums of
money by kind and MIRT region) or a short, limited list, so the page costs the same
with ten agreements as with ten thousand; a test pins the number of queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Case, Count, F, QuerySet, Sum, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.core import cycle
from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.documents.demo import real
from ruimtemonitor.documents.models import Passage
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.projects.mirt import MIRT_SECTIONS
from ruimtemonitor.projects.models import Milestone, MoneyKind, MoneyLine, Project
from ruimtemonitor.register.involvement import commitments_involving
from ruimtemonitor.register.models import (
    Agreement,
    Commitment,
    Meeting,
    MeetingKind,
    ParliamentaryItem,
)
from ruimtemonitor.web import charts
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.querystrings import agreement_list_url
from ruimtemonitor.web.templatetags.register_format import euro

RECENT_CHANGES = 10
LISTED = 10
FINISHED = (AgreementStatus.DONE, AgreementStatus.LAPSED)

STATUS_COLOURS = {
    AgreementStatus.OPEN: "#154273",
    AgreementStatus.IN_PROGRESS: "#007a87",
    AgreementStatus.DONE: "#2f7d1f",
    AgreementStatus.LAPSED: "#4a4a4a",
    AgreementStatus.POSTPONED: "#a35200",
}
BO_LABELS = {
    cycle.BOKind.BOL: gettext_lazy("BO Leefomgeving"),
    cycle.BOKind.BO_MIRT: gettext_lazy("BO MIRT"),
}


def live(queryset: QuerySet) -> QuerySet:
    """Records that count: what a reviewer rejected is kept for the record but not counted,
    and what comes from a shipped sample letter is an example, not the register."""
    return real(queryset.exclude(review_state=ReviewState.REJECTED))


def _by_status(queryset: QuerySet) -> dict[str, int]:
    counts = dict.fromkeys(AgreementStatus.values, 0)
    for row in queryset.order_by().values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return counts


@dataclass(frozen=True)
class Change:
    when: dt.datetime
    who: str
    record_kind: str
    action: str
    text: str
    url: str
    reason: str


def _recent_changes(limit: int = RECENT_CHANGES) -> list[Change]:
    """The latest history rows of agreements, commitments and projects: three small queries."""
    changes: list[Change] = []
    sources = (
        (Agreement, _("agreement")),
        (Commitment, _("commitment")),
        (Project, _("project")),
    )
    sample_passages = Passage.objects.filter(document__is_demo=True).values("pk")
    for model, record_kind in sources:
        rows = (
            model.history.select_related("history_user")
            .exclude(source_passage_id__in=sample_passages)
            .order_by("-history_date")[:limit]
        )
        for row in rows:
            if model is Agreement:
                text = f"{row.number} {row.title}".strip()
                url = reverse("web:agreement_detail", args=[row.id])
            elif model is Commitment:
                text = row.text
                url = reverse("web:agreement_detail", args=[row.agreement_id])
                url += f"#toezegging-{row.id}"
            else:
                text = row.name
                url = reverse("web:project_detail", args=[row.slug])
            if row.history_user is not None:
                who = row.history_user.get_username()
            elif row.history_change_reason == "ingest":
                who = _("ingestion")
            else:
                who = "–"
            changes.append(
                Change(
                    when=row.history_date,
                    who=who,
                    record_kind=record_kind,
                    action=row.get_history_type_display(),
                    text=text,
                    url="" if row.history_type == "-" else url,
                    reason=row.history_change_reason or "",
                )
            )
    changes.sort(key=lambda change: change.when, reverse=True)
    return changes[:limit]


def _upcoming_bo(today: dt.date) -> cycle.NextBO:
    meetings = Meeting.objects.filter(
        kind__in=[MeetingKind.BOL, MeetingKind.BO_MIRT], date__gte=dt.date(today.year, 1, 1)
    ).values_list("kind", "date")
    return cycle.next_bo(today, meetings)


def _open_commitments(organisation: Organisation | None = None) -> QuerySet:
    queryset = live(Commitment.objects.exclude(status__in=FINISHED))
    if organisation is not None:
        queryset = queryset.filter(commitments_involving(organisation.pk))
    return queryset


def _listed(queryset: QuerySet) -> list[Commitment]:
    return list(
        queryset.select_related("agreement__arrangement", "owner").order_by(
            "deadline_end", "agreement_id", "position", "pk"
        )[:LISTED]
    )


def _due_before(
    today: dt.date, upcoming: cycle.NextBO, organisation: Organisation | None = None
) -> tuple[int, list[Commitment]]:
    """Commitments due before the next BO: by interval (SQL) plus meeting deadlines naming it."""
    start, end = cycle.due_window(today, upcoming)
    by_interval = _open_commitments(organisation).filter(
        deadline_end__gte=start, deadline_end__lte=end
    )
    count = by_interval.count()
    listed = _listed(by_interval)
    # A deadline "BO MIRT 2026" is due at that BO even when its provisional window ends later.
    named = (
        _open_commitments(organisation)
        .filter(
            deadline_precision=Precision.MEETING, deadline_as_written__contains=str(upcoming.year)
        )
        .exclude(deadline_end__gte=start, deadline_end__lte=end)
        .exclude(deadline_end__lt=today)
        .select_related("agreement__arrangement", "owner")
    )
    extra = [c for c in named if cycle.is_due_before(c.deadline, upcoming, today)]
    return count + len(extra), (listed + extra)[:LISTED]


def _money_rows() -> list[dict]:
    return list(
        live(MoneyLine.objects)
        .annotate(
            owner=Case(
                When(project__isnull=True, then=Value("agreement")),
                default=Value("project"),
            ),
            region_slug=F("project__mirt_region__slug"),
            region_name=F("project__mirt_region__name"),
        )
        .order_by()
        .values("owner", "region_slug", "region_name", "kind")
        .annotate(total=Sum("amount_eur"))
    )


def _money_charts(rows: list[dict]) -> tuple[charts.BarChart, charts.StackedChart]:
    kinds = [kind for kind, _label in MoneyKind.choices]
    kind_labels = {kind: str(label) for kind, label in MoneyKind.choices}
    by_kind = dict.fromkeys(kinds, Decimal(0))
    by_region: dict[str, dict[str, Decimal]] = {}
    names: dict[str, str] = {}
    for row in rows:
        total = row["total"] or Decimal(0)
        by_kind[row["kind"]] = by_kind.get(row["kind"], Decimal(0)) + total
        if row["owner"] == "agreement":
            key, names[key] = "~agreement", _("Money in agreements (no project)")
        elif row["region_slug"]:
            key, names[key] = row["region_slug"], row["region_name"]
        else:
            key, names[key] = "~none", _("Projects without a MIRT region")
        values = by_region.setdefault(key, {})
        values[row["kind"]] = values.get(row["kind"], Decimal(0)) + total
    order = [s for s in MIRT_SECTIONS if s in by_region]
    order += sorted(k for k in by_region if k not in MIRT_SECTIONS)
    kind_chart = charts.money_chart(
        [(kind_labels[k], by_kind[k]) for k in kinds],
        title=_("Money by kind"),
        description=_(
            "Sum of the amounts of all money lines in the register, per kind of money: "
            "budgets, estimates, contributions, reservations and co-financing."
        ),
        label_header=_("Kind"),
        value_header=_("Total"),
    )
    region_chart = charts.stacked_chart(
        [(names[key], by_region[key]) for key in order],
        kinds,
        title=_("Money by MIRT region"),
        description=_(
            "Sum of the money lines of MIRT projects per MIRT region, stacked by kind of money."
        ),
        label_header=_("MIRT region"),
        total_header=_("Total"),
        series_labels=kind_labels,
        formatter=euro,
    )
    return kind_chart, region_chart


def _status_chart(counts: dict[str, int], title: str, description: str) -> charts.BarChart:
    statuses = AgreementStatus.choices
    return charts.bar_chart(
        [(str(label), counts[value]) for value, label in statuses],
        title=title,
        description=description,
        label_header=_("Status"),
        value_header=_("Number"),
        colours=[STATUS_COLOURS[value] for value, _label in statuses],
    )


def _waiting_for_review() -> int:
    return sum(
        live(model.objects).filter(review_state=ReviewState.PROPOSED).count()
        for model in (Agreement, Commitment, ParliamentaryItem, Project, Milestone)
    )


def _organisation(request: HttpRequest) -> Organisation | None:
    """``?organisatie=slug`` narrows the deadline lists to what involves one organisation."""
    slug = request.GET.get("organisatie", "")
    return Organisation.objects.filter(slug=slug).first() if slug else None


@readable
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    upcoming = _upcoming_bo(today)
    agreement_counts = _by_status(live(Agreement.objects))
    commitment_counts = _by_status(live(Commitment.objects))
    organisation = _organisation(request)
    overdue = _open_commitments(organisation).filter(deadline_end__lt=today)
    due_count, due = _due_before(today, upcoming, organisation)
    kind_chart, region_chart = _money_charts(_money_rows())
    statuses = [
        {
            "value": value,
            "label": label,
            "agreements": agreement_counts[value],
            "commitments": commitment_counts[value],
            "url": agreement_list_url(status=value),
        }
        for value, label in AgreementStatus.choices
    ]
    context = {
        "today": today,
        "statuses": statuses,
        "agreement_total": sum(agreement_counts.values()),
        "commitment_total": sum(commitment_counts.values()),
        "agreement_chart": _status_chart(
            agreement_counts,
            _("Agreements by status"),
            _("Number of agreements in the register per status."),
        ),
        "commitment_chart": _status_chart(
            commitment_counts,
            _("Commitments by status"),
            _("Number of commitments (the bullets of agreements) per status."),
        ),
        "overdue_count": overdue.count(),
        "overdue": _listed(overdue),
        "overdue_url": agreement_list_url(deadlineTot=(today - dt.timedelta(days=1)).isoformat()),
        "upcoming": upcoming,
        "upcoming_label": BO_LABELS[upcoming.kind],
        "due_count": due_count,
        "due": due,
        "due_url": agreement_list_url(
            deadlineVan=today.isoformat(), deadlineTot=upcoming.date.isoformat()
        ),
        "open_url": agreement_list_url(status=AgreementStatus.OPEN),
        "changes": _recent_changes(),
        "kind_chart": kind_chart,
        "region_chart": region_chart,
        "review_count": _waiting_for_review(),
        "organisation": organisation,
        "organisations": Organisation.objects.order_by("kind", "name").only("slug", "name"),
        "own_organisation": getattr(request.user, "organisation", None),
    }
    return render(request, "web/dashboard/home.html", context)


urlpatterns = [path("", home, name="home")]
