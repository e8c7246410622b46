"""A stand-in for both services on this machine, for the tests and the benchmark.

It answers in the published formats — OData v4 JSON pages with ``@odata.nextLink`` for the
Gegevensmagazijn, SRU 2.0 ``searchRetrieveResponse`` XML with ``recordData`` for KOOP — and
understands the few query options the connectors send (the ``GewijzigdOp ge`` and dossier
conditions, ``$top``/``$skip``; ``dt.modified>=``, ``w.dossiernummer==``, ``startRecord``).
Faults can be queued per path: a status code (503), a time-out, or a broken body. Nothing
here reaches the internet.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from xml.sax.saxutils import escape

__all__ = [
    "Fault",
    "FixtureServer",
    "commitment",
    "minimal_pdf",
    "motion",
    "publication",
    "tk_document",
]

ODATA_ROOT = "/OData/v4/2.0/"
SRU_PATH = "/sru"
Json = dict[str, Any]


def motion(
    ident: str,
    *,
    dossier: int,
    suffix: str | None,
    number: int,
    modified: str,
    title: str = "Motie over woningbouw",
    decision: str = "",
    members: tuple[str, ...] = ("Veltman",),
    deleted: bool = False,
    done: bool = False,
) -> Json:
    """A ``Zaak`` of ``Soort`` *Motie* as the Gegevensmagazijn returns it, expanded."""
    decisions = []
    if decision:
        decisions.append(
            {
                "BesluitTekst": decision,
                "StemmingsSoort": "Met handopsteken",
                "GewijzigdOp": modified,
                "Verwijderd": False,
            }
        )
    return {
        "Id": ident,
        "Nummer": f"2025Z{number:05d}",
        "Soort": "Motie",
        "Titel": title,
        "Onderwerp": f"Motie van het lid {members[0]} over {title.lower()}",
        "GestartOp": "2025-03-11T00:00:00+01:00",
        "Afgedaan": done,
        "Kabinetsappreciatie": "",
        "GewijzigdOp": modified,
        "Verwijderd": deleted,
        "Kamerstukdossier": [{"Nummer": dossier, "Toevoeging": suffix}],
        "Document": [
            {
                "Id": f"{ident}-d",
                "Soort": "Motie",
                "Volgnummer": number,
                "Datum": "2025-03-11T00:00:00+01:00",
            }
        ],
        "ZaakActor": [
            {"ActorNaam": name, "ActorFractie": "", "Relatie": "Indiener"} for name in members
        ],
        "Besluit": decisions,
    }


def commitment(
    ident: str, *, text: str, modified: str, status: str = "Openstaand", deleted: bool = False
) -> Json:
    """A ``Toezegging`` record."""
    return {
        "Id": ident,
        "Nummer": f"TZ{ident[-6:]}",
        "Tekst": text,
        "Naam": "De Jonge",
        "Functie": "minister van VRO",
        "Ministerie": "Volkshuisvesting en Ruimtelijke Ordening",
        "Status": status,
        "DatumNakoming": "2025-12-31T00:00:00+01:00",
        "GewijzigdOp": modified,
        "Verwijderd": deleted,
    }


def tk_document(
    ident: str,
    *,
    dossier: int,
    suffix: str | None,
    number: int,
    modified: str,
    title: str,
    content_type: str = "application/pdf",
) -> Json:
    """A ``Document`` (a letter) with its dossier; its file is served at ``/resource``."""
    return {
        "Id": ident,
        "Soort": "Brief regering",
        "DocumentNummer": f"2025D{number:05d}",
        "Titel": title,
        "Onderwerp": title,
        "Datum": "2025-06-30T00:00:00+02:00",
        "Volgnummer": number,
        "ContentType": content_type,
        "GewijzigdOp": modified,
        "Verwijderd": False,
        "Kamerstukdossier": [{"Nummer": dossier, "Toevoeging": suffix}],
    }


def publication(identifier: str, *, title: str, modified: str, pdf_path: str | None) -> Json:
    """The metadata of one official publication (rendered as SRU ``recordData``)."""
    match = re.fullmatch(r"kst-(\d+)(?:-([A-Z0-9]+))?-(\d+)", identifier)
    dossier, number = (match.group(1), match.group(3)) if match else ("", "")
    return {
        "identifier": identifier,
        "title": title,
        "modified": modified,
        "available": modified[:10],
        "dossier": dossier,
        "number": number,
        "pdf": pdf_path,
    }


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with one Helvetica text line per entry: a letter to serve and ingest."""
    text = "\n".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
        for line in lines
    )
    stream = f"BT\n/F1 10 Tf\n12 TL\n50 800 Td\n{text}\nET".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


@dataclass
class Fault:
    status: int = 503
    body: bytes = b""
    delay_s: float = 0.0


@dataclass
class FixtureData:
    motions: list[Json] = field(default_factory=list)
    commitments: list[Json] = field(default_factory=list)
    documents: list[Json] = field(default_factory=list)
    publications: list[Json] = field(default_factory=list)
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # path -> (body, type)
    faults: dict[str, list[Fault]] = field(default_factory=dict)  # path prefix -> queued faults
    requests: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)


def _moment(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class FixtureServer:
    """``with FixtureServer() as server:``; ``server.url`` is ``http://127.0.0.1:<port>``."""

    def __init__(self, page_size: int = 250) -> None:
        self.data = FixtureData()
        self.page_size = page_size
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def odata_url(self) -> str:
        return self.url + ODATA_ROOT

    @property
    def sru_url(self) -> str:
        return self.url + SRU_PATH

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail(self, prefix: str, *faults: Fault) -> None:
        """Answer the next requests whose path starts with ``prefix`` with these faults."""
        self.data.faults.setdefault(prefix, []).extend(faults)

    def add_file(self, path: str, body: bytes, content_type: str = "application/pdf") -> str:
        self.data.files[path] = (body, content_type)
        return self.url + path

    # -- answers ----------------------------------------------------------------------------
    def answer(self, path: str, query: str) -> tuple[int, bytes, str]:
        params = {key: values[-1] for key, values in parse_qs(query).items()}
        if path in self.data.files:
            body, content_type = self.data.files[path]
            return 200, body, content_type
        if path.startswith(ODATA_ROOT):
            entity = path[len(ODATA_ROOT) :]
            resource = re.fullmatch(r"Document\((.+)\)/resource", entity)
            if resource and f"/resource/{resource.group(1)}" in self.data.files:
                body, content_type = self.data.files[f"/resource/{resource.group(1)}"]
                return 200, body, content_type
            records = {
                "Zaak": self.data.motions,
                "Toezegging": self.data.commitments,
                "Document": self.data.documents,
            }.get(entity)
            if records is not None:
                return 200, self._odata(entity, records, params), "application/json"
        if path == SRU_PATH:
            return 200, self._sru(params), "application/xml"
        return 404, b"not found", "text/plain"

    def _odata(self, entity: str, records: list[Json], params: dict[str, str]) -> bytes:
        condition = params.get("$filter", "")
        since = re.search(r"GewijzigdOp ge (\S+)", condition)
        dossiers = {int(n) for n in re.findall(r"d/Nummer eq (\d+)", condition)}
        selected = [
            r
            for r in records
            if (since is None or _moment(r["GewijzigdOp"]) >= _moment(since.group(1)))
            and (not dossiers or any(d["Nummer"] in dossiers for d in r["Kamerstukdossier"]))
        ]
        selected.sort(key=lambda r: (_moment(r["GewijzigdOp"]), r["Id"]))
        top = min(int(params.get("$top", self.page_size)), self.page_size)
        skip = int(params.get("$skip", 0))
        payload: Json = {
            "@odata.context": f"{self.odata_url}$metadata#{entity}",
            "value": selected[skip : skip + top],
        }
        if skip + top < len(selected):
            following = {**params, "$skip": str(skip + top)}
            payload["@odata.nextLink"] = f"{self.odata_url}{entity}?{urlencode(following)}"
        return json.dumps(payload).encode()

    def _sru(self, params: dict[str, str]) -> bytes:
        query = params.get("query", "")
        since = re.search(r"dt\.modified>=(\d{4}-\d{2}-\d{2})", query)
        dossiers = set(re.findall(r"w\.dossiernummer==(\d+)", query))
        selected = sorted(
            (
                p
                for p in self.data.publications
                if (since is None or p["modified"][:10] >= since.group(1))
                and (not dossiers or p["dossier"] in dossiers)
            ),
            key=lambda p: (p["modified"], p["identifier"]),
        )
        start = int(params.get("startRecord", 1))
        size = min(int(params.get("maximumRecords", 50)), self.page_size)
        chosen = selected[start - 1 : start - 1 + size]
        records = "".join(self._sru_record(p, start + i) for i, p in enumerate(chosen))
        following = start + size
        next_position = (
            f"<sru:nextRecordPosition>{following}</sru:nextRecordPosition>"
            if following <= len(selected)
            else ""
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">'
            f"<sru:version>2.0</sru:version><sru:numberOfRecords>{len(selected)}</sru:numberOfRecords>"
            f"<sru:records>{records}</sru:records>{next_position}</sru:searchRetrieveResponse>"
        ).encode()

    def _sru_record(self, p: Json, position: int) -> str:
        identifier = escape(p["identifier"])
        pdf = ""
        if p["pdf"]:
            pdf = f'<gzd:itemUrl manifestation="pdf">{escape(self.url + p["pdf"])}</gzd:itemUrl>'
        return (
            "<sru:record><sru:recordSchema>gzd</sru:recordSchema>"
            "<sru:recordPacking>xml</sru:recordPacking><sru:recordData>"
            '<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">'
            "<gzd:originalData><overheidwetgeving:meta><owmskern>"
            f"<dcterms:identifier>{identifier}</dcterms:identifier>"
            f"<dcterms:title>{escape(p['title'])}</dcterms:title>"
            "<dcterms:type>Kamerstuk</dcterms:type>"
            "<dcterms:creator>Tweede Kamer der Staten-Generaal</dcterms:creator>"
            f"<dcterms:modified>{escape(p['modified'])}</dcterms:modified></owmskern>"
            f"<owmsmantel><dcterms:available>{escape(p['available'])}</dcterms:available></owmsmantel>"
            "<tpmeta><overheidwetgeving:publicatienaam>Kamerstuk</overheidwetgeving:publicatienaam>"
            f"<overheidwetgeving:dossiernummer>{p['dossier']}</overheidwetgeving:dossiernummer>"
            f"<overheidwetgeving:ondernummer>{p['number']}</overheidwetgeving:ondernummer>"
            "<overheidwetgeving:vergaderjaar>2024-2025</overheidwetgeving:vergaderjaar></tpmeta>"
            "</overheidwetgeving:meta></gzd:originalData><gzd:enrichedData>"
            f"<gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/{identifier}.html</gzd:preferredUrl>"
            f"{pdf}</gzd:enrichedData></gzd:gzd></sru:recordData>"
            f"<sru:recordPosition>{position}</sru:recordPosition></sru:record>"
        )


def _handler(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            data = server.data
            data.requests.append(self.path)
            data.user_agents.add(self.headers.get("User-Agent", ""))
            fault = next(
                (
                    queue.pop(0)
                    for prefix, queue in data.faults.items()
                    if queue and parts.path.startswith(prefix)
                ),
                None,
            )
            if fault is not None:
                if fault.delay_s:
                    time.sleep(fault.delay_s)
                if fault.status == 200 or fault.body:
                    self._send(fault.status, fault.body, "application/octet-stream")
                    return
                self._send(fault.status, b"unavailable", "text/plain")
                return
            self._send(*server.answer(parts.path, parts.query))

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a time-out)
                pass

        def log_message(self, format: str, *args: object) -> None:  # quiet in tests
            return

    return Handler
