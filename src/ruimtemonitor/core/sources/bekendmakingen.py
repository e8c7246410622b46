"""KOOP's SRU 2.0 search service for the official publications (repository.overheid.nl/sru).

A search for Kamerstukken (by dossier, by date of change, optionally narrowed with any CQL
the user configures) returns records whose ``recordData`` holds the publication's metadata
(``dcterms:identifier`` such as ``kst-36600-A-16``, title, dates, dossier and sub-number) and
the addresses of its manifestations (``gzd:itemUrl`` with ``manifestation="pdf"``). Paging
follows ``nextRecordPosition``. Elements are found by local name, so a change of namespace
prefix in the service does not break the reader. See docs/sources.md.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence

from ruimtemonitor.core.sources.http import PoliteClient, SourceError
from ruimtemonitor.core.sources.records import Page, SourceItem, kst_id, parse_moment

__all__ = ["DEFAULT_BASE_URL", "build_query", "parse_page", "read_pages"]

SOURCE = "bekendmakingen"
DEFAULT_BASE_URL = "https://repository.overheid.nl/sru"
PAGE_SIZE = 50
MANIFESTATIONS = ("pdf", "html")  # what ingestion reads, in order of preference

Query = tuple[str, dict[str, str]]


def build_query(
    *,
    since: dt.date | dt.datetime | None = None,
    dossiers: Sequence[str] = (),
    extra_cql: str = "",
) -> Query:
    """The parameters of the first page: Kamerstukken of ``dossiers`` changed since ``since``."""
    clauses = ["c.product-area==officielepublicaties", "w.publicatienaam==Kamerstuk"]
    if dossiers:
        clauses.append("(" + " OR ".join(f"w.dossiernummer=={int(d)}" for d in dossiers) + ")")
    if since is not None:
        day = since.date() if isinstance(since, dt.datetime) else since
        clauses.append(f"dt.modified>={day.isoformat()}")
    if extra_cql.strip():
        clauses.append(f"({extra_cql.strip()})")
    cql = " AND ".join(clauses) + " sortBy dt.modified/sort.ascending"
    return "", {
        "operation": "searchRetrieve",
        "version": "2.0",
        "x-connection": "oep",
        "query": cql,
        "startRecord": "1",
        "maximumRecords": str(PAGE_SIZE),
    }


def read_pages(client: PoliteClient, query: Query) -> Iterator[Page]:
    """Every page of a search, asking for the next start position until there is none."""
    path, params = query
    params = dict(params)
    previous = 0
    while True:
        response = client.get(path, params=params)
        page = parse_page(str(response.url), response.content)
        yield page
        if page.next_url is None:
            return
        position = int(page.next_url)
        if position <= previous or position <= int(params["startRecord"]):
            raise SourceError(str(response.url), "nextRecordPosition does not move forward")
        previous = int(params["startRecord"])
        params["startRecord"] = str(position)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first(element: ET.Element, name: str) -> str:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return ""


def parse_page(url: str, content: bytes) -> Page:
    """One searchRetrieveResponse; ``next_url`` carries the next start position, if any."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise SourceError(url, f"the response is not XML ({exc})") from exc
    if _local(root.tag) != "searchRetrieveResponse":
        raise SourceError(url, f"expected a searchRetrieveResponse, got <{_local(root.tag)}>")
    for child in root:
        if _local(child.tag) == "diagnostics":
            message = _first(child, "message") or _first(child, "details") or "unknown"
            raise SourceError(url, f"the service reports a problem: {message}")
    total_text = _first(root, "numberOfRecords")
    items = []
    for position, record in enumerate(
        (el for el in root.iter() if _local(el.tag) == "recordData"), start=1
    ):
        try:
            items.append(parse_record(record))
        except ValueError as exc:
            raise SourceError(url, f"record {position} cannot be read ({exc})") from exc
    next_position = next(
        (el.text.strip() for el in root if _local(el.tag) == "nextRecordPosition" and el.text),
        None,
    )
    if next_position is not None and not next_position.isdigit():
        raise SourceError(url, f"nextRecordPosition is not a number: {next_position!r}")
    total = int(total_text) if total_text.isdigit() else None
    return Page(url, items, next_position, total)


def parse_record(data: ET.Element) -> SourceItem:
    identifier = _first(data, "identifier")
    modified = _first(data, "modified")
    if not identifier:
        raise ValueError("dcterms:identifier is missing")
    if not modified:
        raise ValueError("dcterms:modified is missing")
    parse_moment(modified)  # the sync continues from it: it must be a moment
    dossier, number = _first(data, "dossiernummer"), _first(data, "ondernummer")
    kamerstuk = identifier if identifier.startswith("kst-") else kst_id(dossier, None, number)
    urls = {
        el.get("manifestation", ""): (el.text or "").strip()
        for el in data.iter()
        if _local(el.tag) == "itemUrl"
    }
    file_type = next((kind for kind in MANIFESTATIONS if urls.get(kind)), "")
    issued = _first(data, "available") or _first(data, "issued") or _first(data, "date")
    return SourceItem(
        source=SOURCE,
        kind="publicatie",
        external_id=identifier,
        kamerstuk=kamerstuk,
        title=_first(data, "title")[:500],
        date=dt.date.fromisoformat(issued[:10]) if issued else None,
        status="",
        modified=modified,
        file_url=urls.get(file_type, ""),
        file_type=file_type,
        fields={
            "type": _first(data, "type"),
            "publicatienaam": _first(data, "publicatienaam"),
            "dossiernummer": dossier,
            "ondernummer": number,
            "vergaderjaar": _first(data, "vergaderjaar"),
            "creator": _first(data, "creator"),
            "preferred_url": _first(data, "preferredUrl"),
        },
    )
