"""Arrangements, their agreements and the commitments (bullets) under each agreement.

A letter's agreements belong to one arrangement (kind, area or title, year): found again
when a new version of the letter is read, else created with last year's as predecessor.
Agreements still *proposed* are refreshed when the letter says something new; reviewed and
unchanged ones are left alone (no write, no history row).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.lookups import Directory
from ruimtemonitor.ingestion.writers.context import FileContext, Json, deadline_from_json
from ruimtemonitor.ingestion.writers.history import write_first_history_m2m
from ruimtemonitor.organisations.models import AreaKind
from ruimtemonitor.register.models import (
    Agreement,
    AgreementType,
    Arrangement,
    ArrangementKind,
    Commitment,
)
from ruimtemonitor.register.search import refresh_search_documents, search_document

__all__ = ["store_agreements"]

ARRANGEMENT_KINDS = {
    "ruimtelijk_arrangement": ArrangementKind.RUIMTELIJK_ARRANGEMENT,
    "uitvoeringsagenda": ArrangementKind.UITVOERINGSAGENDA,
    "afsprakenlijst": ArrangementKind.AFSPRAKENLIJST,
}


def year_of(store: FileContext, letter: Document) -> int:
    """The letter's year; else the latest date in the same file; else this year (logged)."""
    if letter.date:
        return letter.date.year
    dates = [d.date for d in (*store.letters, store.root) if d is not None and d.date]
    if dates:
        return max(dates).year
    store.notes.append(f"{letter.title}: no date found; year set to {dt.date.today().year}")
    return dt.date.today().year


def arrangements_for(store: FileContext, letters: list[Document]) -> None:
    """Find the arrangement each letter's agreements belong to, all in one query.

    The same kind, area (or title) and year is the same generation, read again from a
    new version of the letter: it is reused. One not stored yet is created, in the order
    of ``letters``, with an earlier year of the same area as its predecessor; it keeps the
    letter that first set it out as its document.
    """
    wanted: dict[int, tuple] = {}  # letter -> its arrangement's identity
    specs: dict[tuple, tuple] = {}
    for letter in letters:
        if letter.pk in store.arrangement_of or letter.pk in wanted:
            continue
        kind = ARRANGEMENT_KINDS.get(letter.kind, ArrangementKind.AFSPRAKENLIJST)
        area = store.directory.area_named_in(letter.title, AreaKind.PROVINCE) or (
            store.directory.area_named_in(letter.title, AreaKind.NOVEX)
        )
        title = (
            letter.title if kind != ArrangementKind.AFSPRAKENLIJST else f"Afspraken: {letter.title}"
        )[:500]
        year = year_of(store, letter)
        key = _arrangement_key(kind, area.pk if area else None, year, title)
        wanted[letter.pk] = key
        specs.setdefault(key, (kind, area, title, year))
    if not wanted:
        return
    condition = Q()
    for kind, area, title, year in specs.values():
        condition |= (
            Q(kind=kind, year=year, area=area)
            if area
            else Q(kind=kind, year=year, area=None, title=title)
        )
    found = {  # one per identity (unique constraints); the highest generation if not
        _arrangement_key(a.kind, a.area_id, a.year, a.title): a
        for a in Arrangement.objects.filter(condition).order_by("generation", "pk")
    }
    for letter in letters:
        if letter.pk not in wanted:
            continue
        key = wanted[letter.pk]
        if key not in found:
            found[key] = _new_arrangement(store, *specs[key], letter=letter)
        store.arrangement_of[letter.pk] = found[key]


def _new_arrangement(
    store: FileContext, kind: str, area: Any, title: str, year: int, *, letter: Document
) -> Arrangement:
    predecessor = (
        Arrangement.objects.filter(kind=kind, area=area, year__lt=year, superseded_by=None)
        .order_by("-year", "-generation")
        .first()
        if area
        else None
    )
    [arrangement] = store.create(
        Arrangement,
        [
            Arrangement(
                kind=kind,
                title=title,
                area=area,
                year=year,
                generation=(predecessor.generation + 1) if predecessor else 1,
                supersedes=predecessor,
                document=letter,
            )
        ],
    )
    rijk = store.directory.organisation("rijk")
    parties = {rijk.pk if rijk else None, area.authority_id if area else None}
    Arrangement.parties.through.objects.bulk_create(
        Arrangement.parties.through(arrangement_id=arrangement.pk, organisation_id=pk)
        for pk in parties
        if pk is not None
    )
    write_first_history_m2m(Arrangement, [arrangement.pk])
    store.new_arrangements.add(arrangement.pk)
    return arrangement


def _stored_agreements(
    store: FileContext, arrangement_ids: set[int]
) -> tuple[dict[int, dict[str, Agreement]], dict[int, tuple[list[int], list[tuple]]]]:
    """The agreements of arrangements stored before, by number (or title), and per
    agreement its departments and bullets: what a new version of the letter is compared
    with. Three queries for all arrangements of the file."""
    known: dict[int, dict[str, Agreement]] = {pk: {} for pk in arrangement_ids}
    stored = arrangement_ids - store.new_arrangements
    if not stored:
        return known, {}
    agreements = list(
        Agreement.objects.filter(arrangement_id__in=stored).order_by(
            "arrangement_id", "chapter", "number", "pk"
        )
    )
    for agreement in agreements:  # as the register orders them: a later duplicate wins
        known[agreement.arrangement_id][agreement.number or agreement.title] = agreement
    ids = [agreement.pk for agreement in agreements]
    details: dict[int, tuple[list[int], list[tuple]]] = {pk: ([], []) for pk in ids}
    if ids:
        for agreement_id, organisation_id in (
            Agreement.departments.through.objects.filter(agreement_id__in=ids)
            .order_by("organisation_id")
            .values_list("agreement_id", "organisation_id")
        ):
            details[agreement_id][0].append(organisation_id)
        for agreement_id, *bullet in (
            Commitment.objects.filter(agreement_id__in=ids)
            .order_by("agreement_id", "position", "pk")
            .values_list(
                "agreement_id",
                "review_state",
                "text",
                "owner_as_written",
                "deadline_as_written",
            )
        ):
            details[agreement_id][1].append(tuple(bullet))
    return known, details


def store_agreements(store: FileContext) -> int:
    """Create agreements, or refresh those still *proposed* when the letter says something
    new; reviewed ones and unchanged ones are left alone (no write, no history row)."""
    items = [
        (item, store.letter_at(int((item.get("source") or {}).get("start", 0))))
        for item in store.data.get("agreements") or []
    ]
    arrangements_for(store, [letter for _, letter in items])
    known, details = _stored_agreements(
        store, {store.arrangement_of[letter.pk].pk for _, letter in items}
    )
    plans: list[tuple[Json, dict[str, Any], Agreement]] = []
    for item, letter in items:
        arrangement = store.arrangement_of[letter.pk]
        values = _agreement_values(item, store.directory)
        key = values["number"] or values["title"]
        agreement = known[arrangement.pk].get(key)
        if agreement is None:
            agreement = known[arrangement.pk][key] = Agreement(arrangement=arrangement)
            plans.append((item, values, agreement))
        elif agreement.pk is None:
            store.notes.append(f"{key[:40]}: appears twice in this letter; first one kept")
        elif agreement.review_state != ReviewState.PROPOSED:
            store.notes.append(f"{key[:40]}: {agreement.review_state}, kept as reviewed")
        elif _agreement_state(agreement, *details[agreement.pk]) != _item_state(values, item):
            plans.append((item, values, agreement))
    # Reviewed bullets of a refreshed agreement stay, first; the letter's bullets follow.
    kept = {
        agreement.pk: sum(state != ReviewState.PROPOSED for state, *_ in details[agreement.pk][1])
        for _, _, agreement in plans
        if agreement.pk
    }
    bullets = [
        (agreement, kept.get(agreement.pk, 0) + position, bullet)
        for item, _, agreement in plans
        for position, bullet in enumerate(item.get("commitments") or [], start=1)
    ]
    passages = store.passages(
        [item.get("source") for item, _, _ in plans]
        + [bullet.get("source") for _, _, bullet in bullets]
    )
    for (item, values, agreement), passage in zip(plans, passages[: len(plans)], strict=True):
        for field, value in values.items():
            if field != "departments":
                setattr(agreement, field, value)
        agreement.source_passage = passage
        agreement.review_state = ReviewState.PROPOSED
        agreement.search_document = search_document(
            agreement.number,
            agreement.title,
            agreement.chapter_title,
            (bullet.get("text") or "" for bullet in item.get("commitments") or []),
        )
    refreshed = [agreement for _, _, agreement in plans if agreement.pk]
    for agreement in refreshed:  # a new version of a letter: each change is in the history
        agreement._history_user = store.user
        agreement._change_reason = "ingest"
        agreement.save()
        agreement.commitments.filter(review_state=ReviewState.PROPOSED).delete()
    store.create(Agreement, [agreement for _, _, agreement in plans if not agreement.pk])

    department_rows = []
    for _, values, agreement in plans:
        if agreement in refreshed:
            agreement.departments.set(values["departments"])
        else:
            department_rows += [
                Agreement.departments.through(agreement_id=agreement.pk, organisation_id=d.pk)
                for d in values["departments"]
            ]
    Agreement.departments.through.objects.bulk_create(department_rows)
    write_first_history_m2m(
        Agreement, [agreement.pk for _, _, agreement in plans if agreement not in refreshed]
    )

    commitments = []
    for (agreement, position, bullet), passage in zip(bullets, passages[len(plans) :], strict=True):
        commitment = Commitment(
            agreement=agreement,
            position=position,
            text=bullet.get("text") or "",
            owner=store.directory.organisation(bullet.get("owner")),
            owner_as_written=(bullet.get("owner") or "")[:255],
            source_passage=passage,
            review_state=ReviewState.PROPOSED,
        )
        commitment.deadline = deadline_from_json(bullet.get("deadline"))
        commitments.append(commitment)
    store.create(Commitment, commitments)
    refresh_search_documents(a.pk for a in refreshed)  # reviewed bullets stay searchable
    return len(plans)


def _agreement_values(item: Json, directory: Directory) -> dict[str, Any]:
    found = [directory.organisation(d) for d in item.get("departments") or []]
    return {
        "number": (item.get("number") or "")[:32],
        "previous_number": (item.get("previous_number") or "")[:32],
        "title": (item.get("title") or "")[:500],
        "types": [t for t in item.get("types") or [] if t in AgreementType.values],
        "chapter": (item.get("chapter") or "")[:32],
        "chapter_title": (item.get("chapter_title") or "")[:255],
        "all_departments": "*" in (item.get("departments") or []),
        "departments": sorted(
            {d for d in found if d is not None and d.kind == "ministerie"}, key=lambda d: d.pk
        ),
    }


def _arrangement_key(kind: str, area_id: int | None, year: int, title: str) -> tuple:
    """What makes an arrangement the same generation: kind, year and area, or title without."""
    return (kind, area_id, year, "" if area_id else title)


def _agreement_state(agreement: Agreement, departments: list[int], bullets: list[tuple]) -> tuple:
    """What a letter can say about a stored agreement, to tell whether a new version differs;
    ``bullets`` are its commitments as (review state, text, owner, deadline) in order."""
    return (
        agreement.number,
        agreement.previous_number,
        agreement.title,
        agreement.types,
        agreement.chapter,
        agreement.chapter_title,
        agreement.all_departments,
        sorted(departments),
        [tuple(rest) for state, *rest in bullets if state == ReviewState.PROPOSED],
    )


def _item_state(values: dict[str, Any], item: Json) -> tuple:
    bullets = item.get("commitments") or []
    return (
        values["number"],
        values["previous_number"],
        values["title"],
        values["types"],
        values["chapter"],
        values["chapter_title"],
        values["all_departments"],
        [d.pk for d in values["departments"]],
        [
            (b.get("text") or "", (b.get("owner") or "")[:255], _deadline_words(b.get("deadline")))
            for b in bullets
        ],
    )


def _deadline_words(data: Json | None) -> str:
    deadline = deadline_from_json(data)
    return deadline.as_written if deadline else ""
