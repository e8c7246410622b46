"""Small builders the integration tests share: reference records by slug, a letter with its
text, a passage found by its words, an arrangement with its parties, a project's money line,
and deadline fields.

Each test still states its own case; these only take away the wiring every case repeats.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ruimtemonitor.documents.models import Document, DocumentKind, Passage
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import MoneyLine, Project
from ruimtemonitor.register.models import Arrangement, ArrangementKind


def org(slug: str) -> Organisation:
    return Organisation.objects.get(slug=slug)


def area(slug: str) -> Area:
    return Area.objects.get(slug=slug)


def letter_with_text(
    title: str,
    text: str,
    date: dt.date,
    kind: str = DocumentKind.RUIMTELIJK_ARRANGEMENT,
    **fields: object,
) -> Document:
    """A stored letter whose extracted text is ``text`` from start to end."""
    return Document.objects.create(
        kind=kind, title=title, date=date, extracted_text=text, end=len(text), **fields
    )


def passage(document: Document, fragment: str, page: int = 1) -> Passage:
    """The passage of ``document`` where ``fragment`` first stands."""
    start = document.extracted_text.index(fragment)
    return Passage.objects.create(
        document=document, start=start, end=start + len(fragment), page=page
    )


def arrangement(
    title: str,
    province: str | None,
    year: int,
    parties: tuple[str, ...] = (),
    **fields: object,
) -> Arrangement:
    """A ruimtelijk arrangement of the area ``province`` (or of none), signed by ``parties``
    (slugs)."""
    made = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title=title,
        area=area(province) if province else None,
        year=year,
        **fields,
    )
    made.parties.add(*(org(slug) for slug in parties))
    return made


def money_line(project: Project, kind: str, amount_eur: str, **fields: object) -> MoneyLine:
    """A money line of ``project``: ``kind`` a ``MoneyKind``, the amount in euros as a decimal
    string (``"12500000"``), so that a test states it exactly."""
    return MoneyLine.objects.create(
        project=project, kind=kind, amount_eur=Decimal(amount_eur), **fields
    )


def deadline(
    as_written: str, start: dt.date, end: dt.date | None = None, precision: str = "day"
) -> dict[str, object]:
    """The deadline fields of a commitment or milestone, to pass as ``**deadline(…)``;
    without ``end`` it is the one day ``start``."""
    return {
        "deadline_as_written": as_written,
        "deadline_start": start,
        "deadline_end": end or start,
        "deadline_precision": precision,
    }


def year_deadline(year: int) -> dict[str, object]:
    """A deadline written as the bare year: the whole calendar year."""
    return deadline(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
