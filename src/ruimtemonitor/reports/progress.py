"""The progress of one arrangement for the next BO's agenda pack: statuses, overdue, changes."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.template.loader import render_to_string

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.register.models import (
    Agreement,
    AgreementChange,
    Arrangement,
    ChangeKind,
    Commitment,
)

OPEN_STATUSES = [s for s in AgreementStatus.values if s not in {"afgerond", "vervallen"}]


@dataclass
class ChangeLine:
    kind: str
    kind_label: str
    previous: str
    next: str
    confidence: float
    reviewed: bool
    diff: list[dict] = field(default_factory=list)


@dataclass
class Progress:
    arrangement: Arrangement
    today: dt.date
    agreement_statuses: list[tuple[str, int]]
    commitment_statuses: list[tuple[str, int]]
    overdue: list[Commitment]
    changes: list[ChangeLine]
    change_counts: list[tuple[str, int]]
    predecessor: Arrangement | None


def _label(agreements: list[Agreement]) -> str:
    return "; ".join(f"{a.number} {a.title}".strip() for a in agreements)


def change_lines(arrangement: Arrangement) -> list[ChangeLine]:
    changes = (
        AgreementChange.objects.filter(arrangement=arrangement)
        .exclude(review_state=ReviewState.REJECTED)
        .prefetch_related(
            Prefetch("previous", queryset=Agreement.objects.order_by("number", "pk")),
            Prefetch("next", queryset=Agreement.objects.order_by("number", "pk")),
        )
    )
    order = {value: index for index, value in enumerate(ChangeKind.values)}
    lines = [
        ChangeLine(
            kind=change.kind,
            kind_label=str(change.get_kind_display()),
            previous=_label(list(change.previous.all())),
            next=_label(list(change.next.all())),
            confidence=change.confidence,
            reviewed=change.review_state != ReviewState.PROPOSED,
            diff=change.title_diff
            + ([{"op": "equal", "words": "|"}] if change.title_diff else [])
            + change.text_diff,
        )
        for change in changes
    ]
    return sorted(lines, key=lambda line: (order[line.kind], line.next or line.previous))


def progress(arrangement: Arrangement, *, today: dt.date | None = None) -> Progress:
    today = today or dt.date.today()
    agreements = Agreement.objects.filter(arrangement=arrangement)
    commitments = Commitment.objects.filter(agreement__arrangement=arrangement)
    labels = dict(AgreementStatus.choices)
    agreement_counts = Counter(agreements.values_list("status", flat=True))
    commitment_counts = Counter(commitments.values_list("status", flat=True))
    overdue = list(
        commitments.filter(deadline_end__lt=today, status__in=OPEN_STATUSES)
        .select_related("agreement", "owner")
        .order_by("deadline_end", "pk")
    )
    lines = change_lines(arrangement)
    kind_labels = dict(ChangeKind.choices)
    counts = Counter(line.kind for line in lines)
    return Progress(
        arrangement=arrangement,
        today=today,
        agreement_statuses=[(str(labels[s]), agreement_counts.get(s, 0)) for s in labels],
        commitment_statuses=[(str(labels[s]), commitment_counts.get(s, 0)) for s in labels],
        overdue=overdue,
        changes=lines,
        change_counts=[(str(kind_labels[k]), counts[k]) for k in ChangeKind.values if counts[k]],
        predecessor=arrangement.supersedes,
    )


def to_html(report: Progress) -> str:
    return render_to_string("reports/progress.html", {"report": report})


def to_pdf(report: Progress) -> bytes:
    from ruimtemonitor.reports.rendering import html_to_pdf

    return html_to_pdf(to_html(report))


def to_xlsx(report: Progress) -> bytes:
    """Three sheets (Samenvatting, Over termijn, Wijzigingen) for the agenda pack."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ruimtemonitor.core.spreadsheet_cells import neutralise

    book = Workbook()
    summary = book.active
    summary.title = "Samenvatting"
    summary.append([str(report.arrangement)])
    summary.append(["Peildatum", report.today])
    summary.append([])
    summary.append(["Status", "Afspraken", "Toezeggingen"])
    for (label, count), (_, commitments) in zip(
        report.agreement_statuses, report.commitment_statuses, strict=True
    ):
        summary.append([label, count, commitments])
    summary.append([])
    summary.append(["Wijziging t.o.v. vorige generatie", "Aantal"])
    for label, count in report.change_counts:
        summary.append([label, count])
    overdue = book.create_sheet("Over termijn")
    overdue.append(["Afspraak", "Toezegging", "Trekker", "Termijn", "Einde termijn", "Status"])
    for c in report.overdue:
        overdue.append(
            [
                neutralise(c.agreement.number),
                neutralise(c.text),
                neutralise(c.owner.name if c.owner else c.owner_as_written),
                neutralise(c.deadline_as_written),
                c.deadline_end,
                c.get_status_display(),
            ]
        )
    changes = book.create_sheet("Wijzigingen")
    changes.append(["Soort", "Vorige generatie", "Deze generatie", "Zekerheid", "Beoordeeld"])
    for line in report.changes:
        changes.append(
            [
                line.kind_label,
                neutralise(line.previous),
                neutralise(line.next),
                round(line.confidence, 2),
                "ja" if line.reviewed else "nee",
            ]
        )
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
