"""What the *Bronnen* page shows per source: the last run, counts, errors and what is new."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.sources.linking import citing_agreements
from ruimtemonitor.sources.models import (
    RunStatus,
    Source,
    SourceProposal,
    SourceRecord,
    SyncCursor,
    SyncRun,
)

__all__ = ["SourceOverview", "overview"]

NEW_SHOWN = 20
FAILURES_SHOWN = 5


@dataclass
class SourceOverview:
    source: str
    label: str
    last_run: SyncRun | None
    last_success: SyncRun | None
    counts: dict[str, int]
    by_kind: list[tuple[str, int]]
    failures: list[SyncRun]
    new: list[SourceRecord]
    news_run: SyncRun | None  # the latest successful run that found something new or changed
    cursors: list[SyncCursor] = field(default_factory=list)
    pending_proposals: int = 0


def overview() -> list[SourceOverview]:
    """One summary per source, in a fixed number of queries per source."""
    kinds = dict(SourceRecord._meta.get_field("kind").choices)
    result = []
    for source, label in Source.choices:
        runs = SyncRun.objects.filter(source=source)
        last_run = runs.first()
        last_success = runs.filter(status=RunStatus.SUCCEEDED).first()
        records = SourceRecord.objects.filter(source=source)
        counts = records.aggregate(
            total=Count("pk"),
            deleted=Count("pk", filter=Q(deleted=True)),
            linked=Count("pk", filter=Q(parliamentary_item__isnull=False)),
            letters=Count("pk", filter=Q(document__isnull=False)),
        )
        by_kind = [
            (str(kinds.get(row["kind"], row["kind"])), row["n"])
            for row in records.values("kind").annotate(n=Count("pk")).order_by("kind")
        ]
        news_run = (
            runs.filter(status=RunStatus.SUCCEEDED)
            .filter(Q(created__gt=0) | Q(changed__gt=0) | Q(deleted__gt=0))
            .first()
        )
        new: list[SourceRecord] = []
        if news_run is not None:
            new = list(
                records.filter(last_run=news_run)
                .select_related("parliamentary_item", "document")
                .order_by("-modified", "pk")[:NEW_SHOWN]
            )
        cited = citing_agreements(record.kamerstuk for record in new)
        for record in new:
            record.cited_by = cited.get(record.kamerstuk, [])
        result.append(
            SourceOverview(
                source=source,
                label=str(label),
                last_run=last_run,
                last_success=last_success,
                counts=counts,
                by_kind=by_kind,
                failures=list(runs.filter(status=RunStatus.FAILED)[:FAILURES_SHOWN]),
                new=new,
                news_run=news_run,
                cursors=list(SyncCursor.objects.filter(source=source).order_by("stream")),
                pending_proposals=SourceProposal.objects.filter(
                    record__source=source, review_state=ReviewState.PROPOSED
                ).count(),
            )
        )
    return result
