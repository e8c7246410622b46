"""Joining source records to the register's motions and commitments, and status proposals.

A motion or commitment at the source is the register's ``ParliamentaryItem`` of the same
kind with the same Kamerstuk id (``kst-36600-A-63``). What the source says about its status
never overwrites the register: it becomes a ``SourceProposal`` in *Controleren*; confirming
it applies the status (and a note saying where it came from) with the item's own history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from ruimtemonitor.common.editing import review, save_edit
from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken
from ruimtemonitor.register.models import Agreement, ParliamentaryItem
from ruimtemonitor.sources.models import RecordKind, SourceProposal, SourceRecord

__all__ = ["LINKABLE", "citing_agreements", "decide", "effective_status", "propose_status"]

LINKABLE = {RecordKind.MOTION: "motie", RecordKind.COMMITMENT: "toezegging"}
# What a status at the source means for the register's status; "" leaves it as it is.
REGISTER_STATUS = {
    "afgedaan": ParliamentaryStatus.DISCHARGED,
    "voldaan": ParliamentaryStatus.DISCHARGED,
    "deels voldaan": ParliamentaryStatus.IN_PROGRESS,
    "openstaand": ParliamentaryStatus.OPEN,
    "aangenomen": "",
    "verworpen": "",
    "ingetrokken": "",
    "aangehouden": "",
    "vervallen": "",
    "overgenomen": "",
}
NEWS = {"aangenomen", "verworpen", "ingetrokken", "aangehouden", "vervallen", "overgenomen"}


def effective_status(record: SourceRecord) -> str:
    """The status that matters for the register: a motion the Kamer marks done is *afgedaan*."""
    if record.kind == RecordKind.MOTION and (record.fields or {}).get("afgedaan"):
        return "afgedaan"
    return record.status


def propose_status(record: SourceRecord, *, before: str = "") -> SourceProposal | None:
    """A proposal when the source's status would change the item or is news (a vote result);
    once per record, item and status."""
    item = record.parliamentary_item
    status = effective_status(record)
    if item is None or not status or record.deleted or status not in REGISTER_STATUS:
        return None
    proposed = REGISTER_STATUS[status]
    if proposed == item.status:
        proposed = ""
    if not proposed and status not in NEWS:
        return None  # nothing to change and nothing new to say
    proposal, created = SourceProposal.objects.get_or_create(
        record=record,
        parliamentary_item=item,
        status_at_source=status,
        defaults={
            "status_before": before,
            "proposed_status": proposed,
            "note": _("%(source)s: %(status)s (changed at the source %(when)s)")
            % {
                "source": record.get_source_display(),
                "status": status,
                "when": record.modified[:10],
            },
        },
    )
    return proposal if created else None


def decide(proposal: SourceProposal, decision: str, *, user: Any) -> SourceProposal:
    """Confirming applies the status (if any) and adds the note, in the item's history;
    rejecting leaves the item as it was. Both are recorded on the proposal."""
    with transaction.atomic():
        proposal = review(proposal, decision, user=user)
        if decision == ReviewState.CONFIRMED:
            item = ParliamentaryItem.objects.get(pk=proposal.parliamentary_item_id)
            changes: dict[str, str] = {
                "notes": f"{item.notes}\n{proposal.note}".strip(),
            }
            if proposal.proposed_status:
                changes["status"] = proposal.proposed_status
            save_edit(
                item,
                changes,
                version=item.version,
                user=user,
                reason=f"source: {proposal.status_at_source}"[:100],
            )
    return proposal


CANDIDATES = 500  # agreements read to confirm citations of one batch of Kamerstuk ids


def citing_agreements(
    kamerstukken: Iterable[str], *, per_kamerstuk: int = 5
) -> dict[str, list[Agreement]]:
    """Agreements whose title or commitments cite each Kamerstuk id, in any citation style
    ("Kamerstuk 36 600-A, nr. 63", "kst-36600-A-63"). One query narrows them down by dossier
    number; ``core.dutch.find_kamerstukken`` then confirms the exact id."""
    wanted = {k for k in kamerstukken if k and k.startswith("kst-")}
    if not wanted:
        return {}
    condition = Q()
    for dossier in {k.split("-")[1] for k in wanted}:
        spaced = f"{dossier[:-3]} {dossier[-3:]}"  # 36600 is written "36 600" too
        condition |= Q(search_document__contains=dossier) | Q(search_document__contains=spaced)
    found: dict[str, list[Agreement]] = defaultdict(list)
    candidates = (
        Agreement.objects.filter(condition)
        .select_related("arrangement")
        .order_by("-arrangement__year", "pk")[:CANDIDATES]
    )
    for agreement in candidates:
        cited = {match.kst_id for match in find_kamerstukken(agreement.search_document)}
        for kamerstuk in sorted(cited & wanted):
            if len(found[kamerstuk]) < per_kamerstuk:
                found[kamerstuk].append(agreement)
    return dict(found)
