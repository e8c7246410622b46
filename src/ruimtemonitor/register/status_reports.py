"""Reports of completion found in letters, and a person's decision on them."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from ruimtemonitor.common.editing import review, save_edit
from ruimtemonitor.common.statuses import AgreementStatus, ParliamentaryStatus, ReviewState
from ruimtemonitor.documents.models import Passage
from ruimtemonitor.register.models import Commitment, ParliamentaryItem, StatusReport


def propose_done(
    target: ParliamentaryItem | Commitment,
    *,
    as_written: str,
    partly: bool,
    passage: Passage | None,
    user: Any = None,
) -> StatusReport | None:
    """Record that a letter reports ``target`` done; once per passage, never when already done."""
    done = (ParliamentaryStatus.DISCHARGED, AgreementStatus.DONE)
    if target.status in done:
        return None
    field = "parliamentary_item" if isinstance(target, ParliamentaryItem) else "commitment"
    existing = StatusReport.objects.filter(**{field: target}, source_passage=passage)
    if passage is not None and existing.exists():
        return None
    report = StatusReport(
        **{field: target},
        partly=partly,
        as_written=as_written[:2000],
        source_passage=passage,
        review_state=ReviewState.PROPOSED,
    )
    report._history_user = user
    report._change_reason = "ingest"
    report.save()
    return report


def new_status(report: StatusReport) -> str:
    if isinstance(report.target, ParliamentaryItem):
        return ParliamentaryStatus.IN_PROGRESS if report.partly else ParliamentaryStatus.DISCHARGED
    return AgreementStatus.IN_PROGRESS if report.partly else AgreementStatus.DONE


def decide(report: StatusReport, decision: str, *, user: Any) -> StatusReport:
    """Confirming applies the reported status to the record (with its history); rejecting
    leaves the record as it was. Both are recorded on the report."""
    with transaction.atomic():
        report = review(report, decision, user=user)
        if decision == ReviewState.CONFIRMED:
            target = report.target
            save_edit(
                target,
                {"status": new_status(report)},
                version=target.version,
                user=user,
                reason=f"reported done: {report.as_written[:80]}",
            )
    return report


NEARBY_CHARACTERS = 1500  # "Hiermee is de motie afgedaan" refers to the motion just named


def _find(item: dict) -> ParliamentaryItem | None:
    kind, kamerstuk, member = item.get("kind"), item.get("kamerstuk"), item.get("member")
    if kamerstuk:
        return ParliamentaryItem.objects.filter(kind=kind, kamerstuk=kamerstuk).first()
    if member:
        return ParliamentaryItem.objects.filter(kind=kind, member=member).order_by("-pk").first()
    return None


def propose_reported(
    items: list[dict], passage_for: Any, *, user: Any = None
) -> list[StatusReport]:
    """Reports for the extraction's ``parliamentary_items`` that say ``reported``.

    ``passage_for(source)`` returns the Passage of a JSON source. An item that names no
    Kamerstuk and no member points at the nearest item before it in the same letter.
    """
    reports = []
    for index, item in enumerate(items):
        if not item.get("reported"):
            continue
        target = _find(item)
        if target is None:
            start = (item.get("source") or {}).get("start", 0)
            for earlier in reversed(items[:index]):
                earlier_start = (earlier.get("source") or {}).get("start", 0)
                if earlier.get("document") != item.get("document"):
                    break
                if start - earlier_start > NEARBY_CHARACTERS:
                    break
                if earlier.get("kind") == item.get("kind") and (target := _find(earlier)):
                    break
        if target is None:
            continue
        report = propose_done(
            target,
            as_written=item.get("text") or "",
            partly=item["reported"] == "deels afgedaan",
            passage=passage_for(item.get("source")),
            user=user,
        )
        if report:
            reports.append(report)
    return reports
