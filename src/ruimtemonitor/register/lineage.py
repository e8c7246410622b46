"""Store how a new generation of an arrangement continues the previous one (``core.lineage``).

Matching is redone whenever a generation is (re)ingested; links a person has reviewed
stay as they were, and the agreements they cover are left out of the new matching.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.db import transaction

from ruimtemonitor.common.editing import review
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.lineage import Link, Version, match_generations
from ruimtemonitor.register.models import Agreement, AgreementChange, Arrangement, ChangeKind

CONTINUING = {ChangeKind.UNCHANGED, ChangeKind.CHANGED, ChangeKind.SPLIT, ChangeKind.MERGED}


def _versions(arrangement: Arrangement, skip: set[int]) -> list[Version]:
    agreements = arrangement.agreements.exclude(pk__in=skip).exclude(
        review_state=ReviewState.REJECTED
    )
    return [
        Version(
            agreement.pk,
            agreement.number,
            agreement.title,
            " ".join(c.text for c in agreement.commitments.all()),
        )
        for agreement in agreements.prefetch_related("commitments")
    ]


def link_generation(arrangement: Arrangement, *, user: Any = None) -> list[AgreementChange]:
    """Match ``arrangement`` against the generation it supersedes and store the links."""
    previous = arrangement.supersedes
    if previous is None:
        return []
    with transaction.atomic():
        reviewed = list(
            arrangement.changes.exclude(review_state=ReviewState.PROPOSED).prefetch_related(
                "previous", "next"
            )
        )
        old_done = {a.pk for change in reviewed for a in change.previous.all()}
        new_done = {a.pk for change in reviewed for a in change.next.all()}
        arrangement.changes.filter(review_state=ReviewState.PROPOSED).delete()
        links = match_generations(_versions(previous, old_done), _versions(arrangement, new_done))
        created = [_store(arrangement, link, user) for link in links]
    return created


def _store(arrangement: Arrangement, link: Link, user: Any) -> AgreementChange:
    change = AgreementChange(
        arrangement=arrangement,
        kind=ChangeKind(link.kind.value),
        confidence=link.confidence,
        renumbered=link.renumbered,
        title_diff=[asdict(part) for part in link.title_diff],
        text_diff=[asdict(part) for part in link.text_diff],
        review_state=ReviewState.PROPOSED,
    )
    change._history_user = user
    change._change_reason = "lineage"
    change.save()
    change.previous.set(link.previous)
    change.next.set(link.next)
    if change.kind in CONTINUING and link.previous:
        # Derived from the link, so no history row of its own: the change record has one.
        Agreement.objects.filter(pk__in=link.next).update(continues_id=link.previous[0])
    return change


def decide(change: AgreementChange, decision: str, *, user: Any) -> AgreementChange:
    """Confirm or reject a proposed link; a rejected link no longer says who continues whom."""
    change = review(change, decision, user=user)
    if decision == ReviewState.REJECTED:
        Agreement.objects.filter(
            pk__in=change.next.values_list("pk", flat=True),
            continues__in=change.previous.all(),
        ).update(continues=None)
    return change
