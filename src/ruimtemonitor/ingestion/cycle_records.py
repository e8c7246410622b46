"""What a stored letter tells about the yearly cycle, recorded in the same transaction.

- the BO meetings it says took place (with their dates), and which arrangements they agreed;
- how each new generation of an arrangement continues the previous one (lineage);
- motions and commitments it reports as done, proposed for a person to confirm.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ruimtemonitor.ingestion.writers.context import FileContext
from ruimtemonitor.organisations.models import Area, AreaKind
from ruimtemonitor.register.lineage import link_generation
from ruimtemonitor.register.models import Arrangement, ArrangementKind, Meeting, MeetingKind
from ruimtemonitor.register.status_reports import propose_reported

MEETING_LABELS = {MeetingKind.BOL: "BOL", MeetingKind.BO_MIRT: "BO MIRT"}
AGREED_AT_A_BOL = [ArrangementKind.RUIMTELIJK_ARRANGEMENT, ArrangementKind.UITVOERINGSAGENDA]


def record_meetings(store: FileContext) -> int:
    """Meetings once each (kind, landsdeel, date); arrangements of that landsdeel and year
    that have no meeting yet are linked to the BOL that agreed them."""
    items = store.data.get("meetings") or []
    if not items:
        return 0
    landsdelen = {area.slug: area for area in Area.objects.filter(kind=AreaKind.LANDSDEEL)}
    created = 0
    for item in items:
        area = landsdelen.get(f"landsdeel-{(item.get('landsdeel') or '').lower()}")
        kind = MeetingKind(item["kind"]) if item.get("kind") in MeetingKind.values else None
        if area is None or kind is None:
            continue
        date = dt.date.fromisoformat(item["date"])
        meeting, new = Meeting.objects.get_or_create(
            kind=kind,
            area=area,
            date=date,
            defaults={
                "year": date.year,
                "title": f"{MEETING_LABELS[kind]} {area.name.replace('-Nederland', '')} "
                f"{date.year}",
            },
        )
        created += new
        if kind == MeetingKind.BOL:
            Arrangement.objects.filter(
                meeting=None, year=date.year, area__parent=area, kind__in=AGREED_AT_A_BOL
            ).update(meeting=meeting)
    return created


def record_cycle(store: FileContext, arrangements: list[Arrangement]) -> dict[str, int]:
    """Counts per kind, for the job's log."""
    user: Any = store.user
    links = sum(
        len(link_generation(arrangement, user=user))
        for arrangement in arrangements
        if arrangement.supersedes_id
    )
    reports = propose_reported(
        store.data.get("parliamentary_items") or [],
        lambda source: store.passages([source])[0],
        user=user,
    )
    return {"meetings": record_meetings(store), "lineage links": links, "reported": len(reports)}
