"""The Tweede Kamer's Gegevensmagazijn (OData v4): motions, commitments and letters.

Three listings are read, each ordered by ``GewijzigdOp`` so a sync can continue from the
last change it stored: ``Zaak`` of ``Soort`` *Motie* (with its dossier, its motion document
for the number, its submitters and the decisions on it), ``Toezegging``, and ``Document``
(the letters, whose file is at ``Document(<id>)/resource``). Records the Kamer withdrew are
not left out but come with ``Verwijderd`` true, so the register can record the deletion.
See docs/sources.md for every field read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ruimtemonitor.core.dutch.kamerstukken import parse_kamerstuk
from ruimtemonitor.core.sources.http import PoliteClient, SourceError
from ruimtemonitor.core.sources.records import Page, SourceItem, kst_id, parse_moment

__all__ = [
    "DEFAULT_BASE_URL",
    "STREAMS",
    "Query",
    "build_query",
    "parse_page",
    "read_pages",
]

SOURCE = "tweedekamer"
DEFAULT_BASE_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
STREAMS = ("motions", "commitments", "documents")
PAGE_SIZE = 250  # the service's own maximum per page
DECISIONS = ("aangenomen", "verworpen", "ingetrokken", "aangehouden", "vervallen", "overgenomen")
FILE_TYPES = {
    "application/pdf": "pdf",
    "text/html": "html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

Query = tuple[str, dict[str, str]]
Json = dict[str, Any]


def odata_moment(value: dt.datetime | dt.date | str) -> str:
    """A DateTimeOffset literal for ``$filter``; a date means its start in UTC."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat().replace("+00:00", "Z")


def _dossier_filter(dossiers: Sequence[str]) -> str:
    numbers = " or ".join(f"d/Nummer eq {int(d)}" for d in dossiers)
    return f"Kamerstukdossier/any(d:{numbers})"


def build_query(
    stream: str,
    *,
    since: dt.datetime | dt.date | str | None = None,
    dossiers: Sequence[str] = (),
    document_kinds: Sequence[str] = (),
    ministries: Sequence[str] = (),
    extra_filter: str = "",
) -> Query:
    """The path and parameters of the first page of one listing; ``extra_filter`` (an OData
    condition, e.g. on a committee or subject) narrows motions and documents further."""
    conditions: list[str] = []
    if stream == "motions":
        entity = "Zaak"
        conditions.append("Soort eq 'Motie'")
        if dossiers:
            conditions.append(_dossier_filter(dossiers))
        expand = (
            "Kamerstukdossier($select=Nummer,Toevoeging),"
            "Document($select=Id,Soort,Volgnummer,Datum),"
            "ZaakActor($select=ActorNaam,ActorFractie,Relatie),"
            "Besluit($select=BesluitTekst,StemmingsSoort,GewijzigdOp,Verwijderd)"
        )
    elif stream == "commitments":
        entity, expand = "Toezegging", ""
        if ministries:
            names = " or ".join(f"Ministerie eq '{_quote(m)}'" for m in ministries)
            conditions.append(f"({names})")
    elif stream == "documents":
        entity = "Document"
        if dossiers:
            conditions.append(_dossier_filter(dossiers))
        if document_kinds:
            kinds = " or ".join(f"Soort eq '{_quote(k)}'" for k in document_kinds)
            conditions.append(f"({kinds})")
        expand = "Kamerstukdossier($select=Nummer,Toevoeging)"
    else:
        raise ValueError(f"unknown stream {stream!r}; one of {', '.join(STREAMS)}")
    if extra_filter.strip() and stream != "commitments":
        conditions.append(f"({extra_filter.strip()})")
    if since is not None:
        conditions.append(f"GewijzigdOp ge {odata_moment(since)}")
    params = {"$orderby": "GewijzigdOp,Id", "$top": str(PAGE_SIZE)}
    if conditions:
        params["$filter"] = " and ".join(conditions)
    if expand:
        params["$expand"] = expand
    return entity, params


def _quote(text: str) -> str:
    return text.replace("'", "''")


def read_pages(client: PoliteClient, stream: str, query: Query) -> Iterator[Page]:
    """Every page of a listing, following ``@odata.nextLink`` until the service stops."""
    path, params = query
    url: str | None = client.url(path)
    first = True
    seen: set[str] = set()
    while url is not None:
        response = client.get(url, params=params if first else None)
        shown = str(response.url)
        if shown in seen:  # a service that links back to itself would never end
            raise SourceError(shown, "the next page link points at a page already read")
        seen.add(shown)
        page = parse_page(shown, response.content, stream)
        yield page
        url, first = page.next_url, False


def parse_page(url: str, content: bytes, stream: str) -> Page:
    """One OData response; any surprise in its shape is a ``SourceError`` naming ``url``."""
    try:
        payload = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SourceError(url, f"the response is not JSON ({exc})") from exc
    if not isinstance(payload, dict) or not isinstance(payload.get("value"), list):
        raise SourceError(url, "the response has no list of records ('value')")
    parse = {"motions": parse_motion, "commitments": parse_commitment}.get(stream, parse_document)
    items = []
    for position, record in enumerate(payload["value"], start=1):
        try:
            items.append(parse(record))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SourceError(url, f"record {position} cannot be read ({exc!r})") from exc
    next_url = payload.get("@odata.nextLink")
    if next_url is not None and not isinstance(next_url, str):
        raise SourceError(url, "'@odata.nextLink' is not an address")
    total = payload.get("@odata.count")
    return Page(url, items, next_url, total if isinstance(total, int) else None)


def _required(record: Json, key: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} is missing")
    if key == "GewijzigdOp":
        parse_moment(value)  # the sync continues from it: it must be a moment
    return value


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    if not isinstance(value, str):
        raise TypeError(f"not a date: {value!r}")
    return dt.date.fromisoformat(value[:10])


def _list(record: Json, key: str) -> list[Json]:
    value = record.get(key) or []
    if isinstance(value, dict):  # a single-valued navigation property
        value = [value]
    if not isinstance(value, list):
        raise TypeError(f"{key} is not a list")
    return [entry for entry in value if isinstance(entry, dict) and not entry.get("Verwijderd")]


def _decision(decisions: Iterable[Json]) -> tuple[str, str]:
    """The latest decision that is a vote result or a withdrawal: ("aangenomen", text)."""
    latest: tuple[str, str, str] | None = None
    for decision in decisions:
        text = (decision.get("BesluitTekst") or "").strip()
        word = text.split(" ", 1)[0].rstrip(".:,").lower()
        if word in DECISIONS:
            moment = decision.get("GewijzigdOp") or ""
            if latest is None or moment >= latest[0]:
                latest = (moment, word, text)
    return (latest[1], latest[2]) if latest else ("", "")


def _item(record: Json, kind: str, **values: Any) -> SourceItem:
    """A record of the OData feed with what every kind carries: its id, when it last changed
    (where the sync continues) and whether the Kamer withdrew it."""
    return SourceItem(
        source=SOURCE,
        kind=kind,
        external_id=_required(record, "Id"),
        modified=_required(record, "GewijzigdOp"),
        deleted=bool(record.get("Verwijderd")),
        **values,
    )


def _dossier(record: Json) -> Json:
    """The first Kamerstuk dossier a record belongs to (``{}`` for none)."""
    dossiers = _list(record, "Kamerstukdossier")
    return dossiers[0] if dossiers else {}


def _kamerstuk(dossier: Json, document: Json) -> str:
    """``kst-36600-A-63``: the dossier's number and addition with the document's number in it."""
    return kst_id(dossier.get("Nummer"), dossier.get("Toevoeging"), document.get("Volgnummer"))


def _title(record: Json) -> str:
    return (record.get("Titel") or record.get("Onderwerp") or "")[:500]


def parse_motion(record: Json) -> SourceItem:
    dossier = _dossier(record)
    documents = _list(record, "Document")
    motion_docs = [d for d in documents if (d.get("Soort") or "").lower().startswith("motie")]
    document = (motion_docs or documents or [{}])[0]
    status, decision_text = _decision(_list(record, "Besluit"))
    submitters = [
        actor.get("ActorNaam") or ""
        for actor in _list(record, "ZaakActor")
        if (actor.get("Relatie") or "").lower() in {"indiener", "medeindiener"}
    ]
    return _item(
        record,
        "motie",
        kamerstuk=_kamerstuk(dossier, document),
        title=_title(record),
        date=_date(record.get("GestartOp")),
        status=status,
        fields={
            "nummer": record.get("Nummer") or "",
            "onderwerp": record.get("Onderwerp") or "",
            "indieners": [name for name in submitters if name],
            "besluit": decision_text,
            "afgedaan": bool(record.get("Afgedaan")),
            "kabinetsappreciatie": record.get("Kabinetsappreciatie") or "",
            "dossier": dossier.get("Nummer"),
        },
    )


def parse_commitment(record: Json) -> SourceItem:
    text = record.get("Tekst") or ""
    status = " ".join((record.get("Status") or "").lower().split())
    minister = " ".join(part for part in (record.get("Functie"), record.get("Naam")) if part)
    return _item(
        record,
        "toezegging",
        kamerstuk=parse_kamerstuk(text) or "",
        title=text[:500],
        date=_date(record.get("DatumNakoming")),
        status=status,
        fields={
            "nummer": record.get("Nummer") or "",
            "tekst": text,
            "ministerie": record.get("Ministerie") or "",
            "bewindspersoon": minister,
            "datum_nakoming": record.get("DatumNakoming") or "",
        },
    )


def parse_document(record: Json) -> SourceItem:
    identifier = _required(record, "Id")
    dossier = _dossier(record)
    file_type = FILE_TYPES.get((record.get("ContentType") or "").split(";")[0].strip(), "")
    return _item(
        record,
        "document",
        kamerstuk=_kamerstuk(dossier, record),
        title=_title(record),
        date=_date(record.get("Datum")),
        status="",
        file_url=f"Document({identifier})/resource" if file_type else "",
        file_type=file_type,
        fields={
            "soort": record.get("Soort") or "",
            "documentnummer": record.get("DocumentNummer") or "",
            "onderwerp": record.get("Onderwerp") or "",
            "dossier": dossier.get("Nummer"),
        },
    )
