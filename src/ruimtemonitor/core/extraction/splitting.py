"""Stage 3: split a bundle (a council item with its attachments) into its documents.

A council agenda item arrives as one PDF: the raadsvoorstel, then the letters it
forwards. Documents start at an address block ("> Retouradres", "Aan de raad"),
or right after the previous letter's signature ("Hoogachtend, … name"). Each
document gets a kind, title, date, reference and sender from its own header;
what a header lacks is filled from the raadsvoorstel's list of attachments
("Bijlage 2. Kamerbrief MIRT-brief voorjaar 2025 dd 12 juni 2025").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ruimtemonitor.core.reference import normalise_department

from .cleaning import CleanText
from .cover_mails import under_cover_mail
from .genres import DOCUMENT_KINDS, classify
from .letter_date import DATE_WORDS, find_letter_date, parse_document_date
from .patterns import AFSPRAAK_LINE, LETTER_START, NOT_MID_BLANKS
from .textutil import iter_lines
from .time_words import LETTERHEAD_LABELS

__all__ = ["DOCUMENT_KINDS", "Document", "split_documents"]


_TITLE_START = re.compile(
    r"^(?:Raadsvoorstel|Raadsinformatiebrief|Ruimtelijk Arrangement|Afsprakenlijst|"
    r"Uitvoeringsagenda|Persbericht|"
    r"MIRT-brief)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:Met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|Hoogachtend|Met\s+de\s+meeste\s+hoogachting)\b",
    re.IGNORECASE,
)
_SIGNER = re.compile(
    r"^De\s+(?:minister|staatssecretaris)\s+van\s+(?P<org>.+?)(?:\s+a\.i\.)?,?$", re.IGNORECASE
)
# The signer of a letter without a closing formula ("De Minister voor VRO, R.P. de Haan",
# "Het college van burgemeester en wethouders,"): a title right under the signature starts
# the next document of the bundle.
_SIGNER_ROLE = re.compile(
    r"^(?:De\s+(?:minister|staatssecretaris)\s+(?:van|voor)\b|Het\s+college\s+van\s+"
    r"(?:burgemeester|gedeputeerde)|Gedeputeerde\s+Staten\b|Burgemeester\s+en\s+wethouders)"
    r"[^.\n]{0,120},",
    re.IGNORECASE,
)
_NAMENS = re.compile(r"\bnamens\s+(?:het\s+|de\s+)?(?P<org>[^,\n]+)", re.IGNORECASE)
_LABEL = re.compile(
    # "Datum raadsvergadering" is the council's meeting ahead, not the proposal's own date
    rf"^(?P<label>{LETTERHEAD_LABELS})\b"
    r"[ \t]*:?[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)
_CELL_GAP = re.compile(r"[ \t]{3,}")
_HEADER_VALUE = re.compile(
    r"^[ \t]*(?:datum|betreft|onderwerp|(?:ons|uw)[ \t]+kenmerk|kenmerk|bijlagen?|"
    r"contactpersoon|[^\s:]*:)[ \t]*+(?::[ \t]*+)?(?:\S+[ \t]*:|$)",
    re.IGNORECASE,
)
_SIDE_BY_SIDE = re.compile(
    rf"{NOT_MID_BLANKS}[ \t]{{3,}}+(?=(?:Datum|Betreft|Onderwerp|Ons kenmerk|Kenmerk)\b)",
    re.IGNORECASE,
)
# A "Datum" label that names the council's meeting, not the proposal's own date (the
# "Datum collegebesluit" of a raadsvoorstel is its own).
_OTHER_DATE = re.compile(r"^(?:raads|commissie)?vergadering", re.IGNORECASE)
_REFERENCE_VALUE = re.compile(r"^[A-Za-z0-9][\w./-]*\d[\w./-]*$")
_ATTACHMENT = re.compile(
    r"^(?:•\s*)?(?:(?:Bijlage\s+)?(?:[A-Z]|\d{1,2})[.)]\s+)(?P<title>.+?)(?:\s+(?:dd\.?|d\.d\.|van)\s+"
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4}))?\s*$"
)
_ATTACHMENT_HEAD = re.compile(r"^Bijlage\s+(?:\d{1,2}|[A-Z])\s*[.:]?$", re.IGNORECASE)
_MIN_DOCUMENT_CHARS = 400
# "Nr. 24      MOTIE VAN HET LID X": a motion's number in its Kamerstuk, then its title.
_PRINTED_MOTION = re.compile(r"^Nr\.[ \t]+\d{1,4}[ \t]+(?:MOTIE|AMENDEMENT)\b", re.IGNORECASE)
_MOTION_END = re.compile(r"gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Document:
    """One document of the bundle; ``start``/``end`` are offsets in the cleaned text."""

    index: int
    kind: str
    title: str
    date: dt.date | None
    reference: str
    sender: str
    start: int
    end: int

    @property
    def identifier(self) -> str:
        return f"doc{self.index + 1}"


def split_documents(clean: CleanText) -> tuple[Document, ...]:
    """Find document boundaries in ``clean.text`` and describe each document."""
    text = clean.text
    lines = [(s, e) for s, e in iter_lines(text) if e > s]
    boundaries = _boundaries(text, lines, clean)
    spans = [
        (start, end) for start, end in zip(boundaries, [*boundaries[1:], len(text)], strict=True)
    ]
    documents = [
        _describe(clean, index, start, end)
        for index, (start, end) in enumerate(spans)
        if end > start
    ]
    documents = _fill_from_attachments(clean, documents)
    return tuple(replace(doc, index=i) for i, doc in enumerate(documents))


def _boundaries(text: str, lines: list[tuple[int, int]], clean: CleanText) -> list[int]:
    found = [0]
    last = 0
    index = 0
    while index < len(lines):
        start, end = lines[index]
        line = text[start:end].strip()
        if LETTER_START.match(line) and start - last > _MIN_DOCUMENT_CHARS:
            # A letterhead line or two ("Regio Alkmaar") on the new page belongs to it.
            page = text.rfind("\f", max(last, start - 200), start)
            at = page + 1 if page >= 0 and text.count("\n", page, start) <= 3 else start
            found.append(at)
            last = at
        elif (
            _TITLE_START.match(line)
            and len(line) < 120
            and start > 0
            and text[start - 1] == "\f"
            and start - last > _MIN_DOCUMENT_CHARS
        ):
            found.append(start)
            last = start
        elif (
            _TITLE_START.match(line)
            and len(line) < 120
            and start - last > _MIN_DOCUMENT_CHARS
            and under_cover_mail(clean, last, start)
        ):
            # "Hierbij ontvangt u de afsprakenlijst." in a mail, a rule, then the list's title
            found.append(start)
            last = start
        elif _PRINTED_MOTION.match(line) and _MOTION_END.search(text, last, start):
            # "Nr. 24   MOTIE VAN HET LID X" after a motion's "… orde van de dag.": the next
            # motion printed in the same Kamerstuk is a document of its own
            found.append(start)
            last = start
        elif (
            _ATTACHMENT_HEAD.match(line)
            and index + 1 < len(lines)
            and _TITLE_START.match(text[lines[index + 1][0] : lines[index + 1][1]].strip())
            and start - last > _MIN_DOCUMENT_CHARS
        ):
            # "Bijlage 1" over "AFSPRAKENLIJST BESTUURLIJK OVERLEG …": an enclosed document
            found.append(start)
            last = start
        elif (
            _SIGNER_ROLE.match(line)
            and (after := _title_under_signature(text, lines, index + 1)) is not None
            and len(text) - lines[after][0] > _MIN_DOCUMENT_CHARS
        ):
            found.append(lines[after][0])
            last = lines[after][0]
            index = after
            continue
        elif _CLOSING.match(line):
            after = _after_signature(text, lines, index + 1)
            if after is not None and len(text) - lines[after][0] > _MIN_DOCUMENT_CHARS:
                next_line = text[lines[after][0] : lines[after][1]].strip()
                if not LETTER_START.match(next_line):
                    found.append(lines[after][0])
                    last = lines[after][0]
                index = after
                continue
        index += 1
    return sorted(set(found))


def _title_under_signature(text: str, lines: list[tuple[int, int]], index: int) -> int | None:
    """Index of a document title ("Afsprakenlijst …", "PERSBERICHT") within the two lines
    under a signer's role, past only a name or a function; else None."""
    for position in range(index, min(index + 3, len(lines))):
        line = text[lines[position][0] : lines[position][1]].strip()
        if _TITLE_START.match(line) and len(line) < 120:
            return position
        if len(line) > 70 or line.endswith((".", ":", ";")):
            return None
    return None


def _after_signature(text: str, lines: list[tuple[int, int]], index: int) -> int | None:
    """Index of the first line after a signature block (role, names, titles), or None."""
    taken = 0
    while index < len(lines) and taken < 8:
        line = text[lines[index][0] : lines[index][1]].strip()
        signature_like = (
            len(line) <= 70
            and not line.endswith((".", ":", ";"))
            and not AFSPRAAK_LINE.match(line)
            and not re.match(r"^\d+(?:\.\d+)*\.?\s", line)
        ) or line.endswith(",")
        if (
            not signature_like
            or len(line) > 90
            or _TITLE_START.match(line)
            or LETTER_START.match(line)
        ):
            return index if taken else None
        taken += 1
        index += 1
    return index if index < len(lines) else None


def _describe(clean: CleanText, index: int, start: int, end: int) -> Document:
    text = clean.text[start:end]
    head = text[:2500]
    labels: dict[str, str] = {}
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for position, line in enumerate(lines[:40]):
        # "Onderwerp: MIRT-brief najaar 2018      Kenmerk: IENW/BSK-…": a flattened letterhead
        # puts two labels side by side, each in its own cell.
        cells = _SIDE_BY_SIDE.split(line)
        for cell in cells:
            match = _LABEL.match(cell)
            if match is None:
                continue
            label = match.group("label").lower().replace("ons ", "")
            value = match.group("value").strip()
            if label in {"betreft", "onderwerp"}:
                # "Betreft   Uitkomsten BO's MIRT      IENM/BSK-2013/281144": the side column's
                # cell beside the subject is no part of it.
                value = _CELL_GAP.split(value, 1)[0]
            if label == "datum" and _OTHER_DATE.match(value):
                continue  # "Datum raadsvergadering 23 maart 2022" dates the council meeting
            if not value and len(cells) > 1 and cell is not cells[-1]:
                continue
            if not value and position + 1 < len(lines):
                value = lines[position + 1]
                if len(cells) > 1 and not (label == "datum" and DATE_WORDS.match(value)):
                    continue  # "6711232 - 2022      Datum" over "8 februari 2022"
            # "onderwerp: bijlage: datum:" is a table header, not a value; "MIRT-brief najaar
            # 2016: uitkomsten" is a value with a colon in it.
            if not _HEADER_VALUE.match(value):
                labels.setdefault(label, value)
    kind = classify(text, labels)
    title = labels.get("betreft") or labels.get("onderwerp") or ""
    if kind == "ruimtelijk_arrangement" and not title:
        province = re.search(
            r"ruimtelijk(?:e)? arrangement (?:van )?Rijk en provincie (\w+)", text, re.IGNORECASE
        )
        title = f"Ruimtelijk Arrangement Rijk – Provincie {province.group(1)}" if province else ""
    first_line = lines[0] if lines else ""
    if (
        not title
        and _TITLE_START.match(first_line)
        and len(first_line) < 120
        and not first_line.endswith(":")
    ):
        title = first_line
    if kind == "raadsvoorstel" and title.lower() == "raadsvoorstel":
        title = ""
    if kind == "raadsvoorstel" and not title:
        subject = re.search(r"onderwerp\s+[\"“](?P<subject>[^\"”]{3,120})[\"”]", head)
        title = "Raadsvoorstel" + (f" – {subject.group('subject')}" if subject else "")
    date = parse_document_date(labels["datum"]) if labels.get("datum") else None
    orig_start, orig_end = clean.to_original(start, end)
    if date is None:  # the footers the cleaner removed (up to the next document) may carry it
        next_start = (
            clean.to_original(end, end)[0] if end < len(clean.text) else len(clean.source.text)
        )
        footers = clean.source.text[orig_start : max(orig_end, next_start)]
        date = find_letter_date(text, kind, footers)
    if date is None:  # a flattened letterhead can be removed as page furniture
        date = find_letter_date(clean.source.text[orig_start:orig_end], kind)
    reference = _reference(clean, start, end, labels)
    title = " ".join(title.split())
    return Document(index, kind, title, date, reference, _sender(text, kind, title), start, end)


def _reference(clean: CleanText, start: int, end: int, labels: dict[str, str]) -> str:
    value = labels.get("kenmerk", "").split(" ")[0] if labels.get("kenmerk") else ""
    if _REFERENCE_VALUE.match(value):
        return value
    # Continuation-page side columns (removed as furniture) often carry the only "Kenmerk".
    orig_start, orig_end = clean.to_original(start, end)
    original = clean.source.text[orig_start:orig_end]
    for match in re.finditer(r"(?im)^[ \t]*(?:ons[ \t]+)?kenmerk[ \t]*+:?\s*+(\S+)", original):
        if _REFERENCE_VALUE.match(match.group(1)):
            return match.group(1)
    return ""


def _sender(text: str, kind: str, title: str) -> str:
    tail = text[-1500:]
    for line in reversed(tail.splitlines()):
        match = _SIGNER.match(line.strip())
        if match:
            org = " ".join(match.group("org").split()).rstrip(",")
            return "minister van " + (normalise_department(org) or org)
    namens = _NAMENS.search(tail)
    if namens:
        return namens.group("org").strip().rstrip(",")
    if kind == "ruimtelijk_arrangement" and "Provincie" in title:
        return "Rijk en " + title.split("Provincie", 1)[1].strip().join(("provincie ", ""))
    return ""


def _fill_from_attachments(clean: CleanText, documents: list[Document]) -> list[Document]:
    """Use the first document's list of attachments for titles and dates the letters lack."""
    if len(documents) < 2:
        return documents
    first = clean.text[documents[0].start : documents[0].end]
    section = re.search(r"(?im)^(?:\d+\.\s*)?Bijlagen?\s*:?\s*$", first)
    if section is None:
        return documents
    attachments: list[tuple[str, dt.date | None]] = []
    for line in first[section.end() :].splitlines():
        match = _ATTACHMENT.match(line.strip())
        if match:
            date = parse_document_date(match.group("date")) if match.group("date") else None
            attachments.append((match.group("title").strip(), date))
    later = documents[1:]
    if len(attachments) != len(later):
        return documents
    filled = [documents[0]]
    for doc, (title, date) in zip(later, attachments, strict=True):
        filled.append(
            replace(doc, title=doc.title or _tidy_title(title, doc.kind), date=doc.date or date)
        )
    return filled


def _tidy_title(title: str, kind: str) -> str:
    title = DATE_WORDS.sub("", title).strip(" -–,")
    if kind == "kamerbrief":
        title = re.sub(r"^Kamerbrief\s+", "", title)
    return title
