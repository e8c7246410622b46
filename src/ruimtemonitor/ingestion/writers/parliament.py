"""Motions of and commitments to parliament that a letter names (``ParliamentaryItem``)."""

from __future__ import annotations

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.ingestion.writers.context import FileContext, Json, choice
from ruimtemonitor.register.models import ParliamentaryItem, ParliamentaryKind

__all__ = ["store_parliamentary_items"]


def store_parliamentary_items(store: FileContext) -> int:
    """Motions and commitments with a Kamerstuk id or a member; each known one only once."""
    ids = {item.get("kamerstuk") for item in store.data.get("parliamentary_items") or []}
    known = set(
        ParliamentaryItem.objects.filter(kamerstuk__in=ids - {None, ""}).values_list(
            "kind", "kamerstuk"
        )
    )
    seen_without_id: set[tuple[str, str, str]] = set()
    wanted: list[Json] = []
    for item in store.data.get("parliamentary_items") or []:
        kind = choice(item.get("kind"), ParliamentaryKind, ParliamentaryKind.MOTION)
        kamerstuk = (item.get("kamerstuk") or "")[:64]
        member = (item.get("member") or "")[:255]
        text = item.get("text") or ""
        if not kamerstuk and not member:
            continue  # "meerdere moties": nothing to identify; the passage stays in the text
        if kamerstuk:
            if (kind, kamerstuk) in known:
                continue  # already in the register; a later letter's mention is evidence
            known.add((kind, kamerstuk))
        else:
            key = (kind, member, text)
            if (
                key in seen_without_id
                or ParliamentaryItem.objects.filter(
                    kind=kind, kamerstuk="", member=member, text=text
                ).exists()
            ):
                continue
            seen_without_id.add(key)
        wanted.append({**item, "kind": kind, "kamerstuk": kamerstuk, "member": member})
    passages = store.passages([item.get("source") for item in wanted])
    store.create(
        ParliamentaryItem,
        [
            ParliamentaryItem(
                kind=item["kind"],
                kamerstuk=item["kamerstuk"],
                member=item["member"],
                text=item.get("text") or "",
                source_passage=passage,
                review_state=ReviewState.PROPOSED,
            )
            for item, passage in zip(wanted, passages, strict=True)
        ],
    )
    return len(wanted)
