"""Store how a new generation of an arrangement continues the previous one
(the matching is ``core.lineage_matching``; this module keeps its links in the register).

Matching is redone whenever a generation is (re)ingested; links a person has reviewed
stay as they were, and the agreements they cover are left out of the new matching.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from ruimtemonitor.common.editing import review
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.lineage_matching import Link, Version, match_generations
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
            agreement.previous_number,
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
        created = _store(arrangement, links, user)
    return created


def _store(arrangement: Arrangement, links: list[Link], user: Any) -> list[AgreementChange]:
    """All links in a few statements: ingestion runs this for every new generation."""
    changes = [
        AgreementChange(
            arrangement=arrangement,
            kind=ChangeKind(link.kind.value),
            confidence=link.confidence,
            renumbered=link.renumbered,
            title_diff=[asdict(part) for part in link.title_diff],
            text_diff=[asdict(part) for part in link.text_diff],
            review_state=ReviewState.PROPOSED,
        )
        for link in links
    ]
    changes = bulk_create_with_history(
        changes, AgreementChange, default_user=user, default_change_reason="lineage"
    )
    previous_rows, next_rows, continues = [], [], {}
    for change, link in zip(changes, links, strict=True):
        previous_rows += [
            AgreementChange.previous.through(agreementchange_id=change.pk, agreement_id=key)
            for key in link.previous
        ]
        next_rows += [
            AgreementChange.next.through(agreementchange_id=change.pk, agreement_id=key)
            for key in link.next
        ]
        if change.kind in CONTINUING and link.previous:
            continues.update(dict.fromkeys(link.next, link.previous[0]))
    AgreementChange.previous.through.objects.bulk_create(previous_rows)
    AgreementChange.next.through.objects.bulk_create(next_rows)
    if continues:
        _set_continues(continues, user)
    return changes


def _set_continues(continues: dict[int, int | None], user: Any) -> None:
    """Set ``Agreement.continues`` in bulk, each change with its history row (reason
    "lineage"), so an agreement's history says when and why it got its predecessor."""
    agreements = [
        agreement
        for agreement in Agreement.objects.filter(pk__in=continues)
        if agreement.continues_id != continues[agreement.pk]
    ]
    for agreement in agreements:
        agreement.continues_id = continues[agreement.pk]
    bulk_update_with_history(
        agreements,
        Agreement,
        ["continues"],
        default_user=user,
        default_change_reason="lineage",
    )


def decide(change: AgreementChange, decision: str, *, user: Any) -> AgreementChange:
    """Confirm or reject a proposed link; a rejected link no longer says who continues whom."""
    change = review(change, decision, user=user)
    if decision == ReviewState.REJECTED:
        undone = Agreement.objects.filter(
            pk__in=change.next.values_list("pk", flat=True),
            continues__in=change.previous.all(),
        ).values_list("pk", flat=True)
        _set_continues(dict.fromkeys(undone), user)
    return change
