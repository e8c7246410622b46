"""Stage 4: the section tree of each document and its "Afspraak N.M" blocks.

Sections come from numbered headings ("2.4.1.", "2.1 Noord", "8.2  Monitoring")
and from short unnumbered headings ("Lelylijn") that sit one level below the
current numbered section. A table of contents ("Deze brief is als volgt
opgebouwd:" followed by headings) is skipped. Letters sometimes number two
sections the same; identifiers get a "~2" suffix so they never collide.

An agreement block is the "Afspraak 2.3 …" line, an optional remark line
"(Zie ook …)", a type line ("Onderzoeksafspraak/beleidsafspraak"), a
"Betrokken departementen:" line, and the body up to the next block or heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .enumerated_runs import run_headings, sub_letter_headings
from .heading_forms import marked_title, trailing_number
from .patterns import (
    AFSPRAAK_LINE,
    AGREEMENT_FORMULA,
    BULLET_GLYPH,
    DEPARTMENTS_LINE,
    ENUMERATOR,
    NOT_MID_BLANKS,
    NUMBERED_HEADING,
    PREVIOUS_NUMBER,
    REMARK_LINE,
    TABLE_ROW,
    TYPE_LINE,
    parse_types,
)
from .splitting import Document
from .textutil import iter_lines

__all__ = ["AfspraakBlock", "Section", "Structure", "parse_structure"]

_MAX_HEADING = 140
# "Soort: … | Betrokken: …", "Type: …; Departementen: …", "Soort: … · Departementen: …"
# "Soort: … | Departementen: …", "…; Departementen: …", or a wide gap as between cells
_LABEL_SEPARATOR = re.compile(
    rf"{NOT_MID_BLANKS}[ \t]++[|·][ \t]+|;[ \t]+(?=[A-Z])|{NOT_MID_BLANKS}[ \t]{{3,}}+(?=[A-Z])"
)
_CONNECTOR_END = re.compile(
    r"\b(?:en|of|van|voor|de|het|met|in|op|over|via|naar|tussen|bij|door|rond|om|aan|tot|"
    r"mbt|t\.a\.v\.|irt|i\.r\.t\.)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs; offsets are in the cleaned text."""

    identifier: str
    document: str
    number: str | None
    title: str
    level: int
    parent: str | None
    start: int
    heading_end: int
    end: int


@dataclass(frozen=True, slots=True)
class AfspraakBlock:
    """A numbered agreement as laid out in a Ruimtelijk Arrangement."""

    number: str
    title: str
    types: tuple[str, ...]
    departments_as_written: str
    remark: str
    document: str
    section: str | None
    start: int
    header_end: int
    end: int
    previous_number: str | None = None

    @property
    def chapter(self) -> str:
        return self.number.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Structure:
    sections: tuple[Section, ...]
    blocks: tuple[AfspraakBlock, ...]
    by_document: dict[str, tuple[Section, ...]] = field(default_factory=dict)

    def of(self, document: str) -> tuple[Section, ...]:
        """The sections of one document, in order (looked up, not filtered: a big bundle
        holds many documents and this is asked for every value)."""
        return self.by_document.get(document, ())

    def innermost(self, offset: int, document: str | None = None) -> Section | None:
        """The deepest section containing ``offset`` (in ``document`` when given)."""
        best: Section | None = None
        for section in self.sections if document is None else self.of(document):
            inside = section.start <= offset < section.end
            if (
                inside
                and document in (None, section.document)
                and (best is None or section.level >= best.level)
            ):
                best = section
        return best


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool


def parse_structure(text: str, documents: tuple[Document, ...]) -> Structure:
    """Parse headings and agreement blocks of every document in the cleaned ``text``."""
    sections: list[Section] = []
    blocks: list[AfspraakBlock] = []
    for document in documents:
        lines = _lines(text, document.start, document.end)
        doc_sections = _sections(lines, document)
        sections.extend(doc_sections)
        blocks.extend(_blocks(lines, document, doc_sections))
    grouped: dict[str, list[Section]] = {}
    for section in sections:
        grouped.setdefault(section.document, []).append(section)
    return Structure(tuple(sections), tuple(blocks), {k: tuple(v) for k, v in grouped.items()})


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out: list[_Line] = []
    blank = True
    for line_start, line_end in iter_lines(text, start, end):
        content = text[line_start:line_end]
        if not content.strip():
            blank = True
            continue
        offset = len(content) - len(content.lstrip())
        out.append(_Line(line_start + offset, line_end, content.strip(), blank))
        blank = False
    return out


def _heading_number(line: _Line) -> tuple[str, str] | None:
    if len(line.text) > _MAX_HEADING or AFSPRAAK_LINE.match(line.text):
        return None
    match = NUMBERED_HEADING.match(line.text)
    if match is None:
        return trailing_number(line.text)
    title = match.group("title").strip()
    if title.endswith((".", ";", ",")) and not title.endswith("etc."):
        return None
    if len(title.split()) > 22:
        return None
    return match.group("number"), title


_LETTERHEAD = re.compile(
    r"^(?:ministerie\s+van\b|(?:ons|uw)\s+kenmerk\b|kenmerk\b|datum\b|pagina\s+\d|"
    r"onze\s+referentie|bijlagen?\b\s*$|contactpersoon|postbus\b|"
    r"[A-Z][a-z]+(?:straat|weg|plein|laan|kade)\s+\d+[a-z]?\s*$|"
    r"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\s+\d{4}$|[A-Z][a-z]{0,3}[A-Z][A-Za-z/&-]*[/-]\d{4}/\d+$|(?:19|20)\d{2}-\d{6,}$|"
    r"(?:infrastructuur|waterstaat|binnenlandse\s+zaken|koninkrijksrelaties|volkshuisvesting)"
    r"(?:\s+en\s+\w+)*$)",
    re.IGNORECASE,
)


def _is_unnumbered_heading(lines: list[_Line], index: int) -> bool:
    line = lines[index]
    text = line.text
    after_sentence = index > 0 and lines[index - 1].text.endswith((".", ":"))
    if (
        not line.blank_before
        and index > 0
        and _heading_number(lines[index - 1])
        and (
            lines[index - 1].text.endswith(("–", "—", " -"))
            or _CONNECTOR_END.search(lines[index - 1].text)
        )
    ):
        return False  # "2.3  Ringweg Oostkant –" over "Westkant (fase 2)": the title wraps
    if (
        not line.blank_before
        and index > 0
        and len(lines[index - 1].text) >= 40
        and len(text.split()) <= 4
        and _heading_number(lines[index - 1])
    ):
        return False  # "4.  HOV Noord – Oosterdorp" over "Centrum (fase 2)": a long title
        # runs on with its last words, no heading of its own right under it
    if (
        not line.blank_before
        and index > 0
        and not _heading_number(lines[index - 1])
        and not (after_sentence and len(line.text.split()) <= 6)
        and not _stacked_title(lines, index)
    ):
        return False  # a short title straight after a finished sentence still opens one
    if len(text) > 90 or len(text.split()) > 10 or not text[:1].isupper():
        return False
    if text.endswith((".", ";", ",", ":", "?", "!")) or text[:1].isdigit():
        return False
    if (
        BULLET_GLYPH.match(text)
        or ENUMERATOR.match(text)
        or TABLE_ROW.search(text)
        or TYPE_LINE.match(text)
        or DEPARTMENTS_LINE.match(text)
        or AFSPRAAK_LINE.match(text)
        or REMARK_LINE.match(text)
        or _labelled_line(text)
    ):
        return False
    if index + 1 >= len(lines):
        return False
    if _LETTERHEAD.match(text):
        return False
    following = lines[index + 1]
    skipped = index + 1
    while skipped + 1 < len(lines) and skipped - index <= 8 and _LETTERHEAD.match(following.text):
        # A side column a PDF export puts between a heading and its paragraph
        # ("Ministerie van …", "Ons kenmerk", "IENW/BSK-2020/229417", "Datum", a date).
        skipped += 1
        following = lines[skipped]
    if following.blank_before and len(text.split()) <= 8 and index + 2 <= len(lines):
        # "A1 Apeldoorn–Azelo", a blank line, then its paragraph.
        return (
            len(following.text) >= 60
            and following.text[:1].isupper()
            and not BULLET_GLYPH.match(following.text)
            and _heading_number(following) is None
            and not following.text.endswith(":")
        )
    return (
        not following.blank_before
        and len(following.text) >= 60
        and not BULLET_GLYPH.match(following.text)
        and _heading_number(following) is None
    )


# "Partijen: IenW, provincie", "Trekker: gemeente", "Status: lopend": a label line of an item;
# "Regio: Oost-Nederland", "Stand: verkenning": the label lines of a project's record.
_ITEM_LABEL = re.compile(
    r"^(?:partijen|betrokken\s+partijen|trekker|eigenaar|actie|wie|wanneer|planning|termijn|gereed|"
    r"status|kosten|middelen|bijdrage|budget|looptijd|regio|landsdeel|stand)[ \t]*:",
    re.IGNORECASE,
)


def _labelled_line(text: str) -> bool:
    """ "Soort: procesafspraak · Departementen: IenW": a block's type line, not a heading;
    nor is an item's label line ("Partijen: IenW, provincie")."""
    if _ITEM_LABEL.match(text):
        return True
    parts = [part.strip() for part in _LABEL_SEPARATOR.split(text) if part.strip()]
    return len(parts) > 1 and any(DEPARTMENTS_LINE.match(part) for part in parts)


_REGION_TITLE = re.compile(
    r"^(?:(?:MIRT[- ])?(?:regio|landsdeel)\s+)?(?:Noordwest|Zuidwest|Noord|Oost|Zuid|West|"
    r"Nationaal|Randstad)(?:[- ]Nederland)?$",
    re.IGNORECASE,
)


def _stacked_title(lines: list[_Line], index: int) -> bool:
    """A title straight under a region heading ("Noord" over "Ring Groningen Zuid" over its
    paragraph) or under another short heading ("Aanleiding en doel" over "Ring Zuid", "BO MIRT
    Oost-Nederland (14 november 2012)" over "Spoorzone Hengelo"): two headings without a
    blank line between them, the lower one short and over a paragraph."""
    above = lines[index - 1]
    if _REGION_TITLE.match(above.text) and (
        above.blank_before or (index >= 2 and _LETTERHEAD.match(lines[index - 2].text))
    ):
        return True  # a region heading, also right under a side column repeated on a page
    if not above.blank_before:
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        len(lines[index].text.split()) <= 4
        and len(above.text.split()) <= 6
        and above.text[:1].isupper()
        and not above.text.endswith((".", ",", ";", ":", "?", "!"))
        and not (BULLET_GLYPH.match(above.text) or ENUMERATOR.match(above.text))
        and not TABLE_ROW.search(above.text)
        and not _LETTERHEAD.match(above.text)
        and _heading_number(above) is None
        and following is not None
        and not following.blank_before
        and len(following.text) >= 60
        and following.text[:1].isupper()
    )


def _toc_lines(lines: list[_Line]) -> set[int]:
    """Indexes of heading lines that form a table of contents (a lead-in with a run of headings)."""
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if not line.text.endswith(":"):
            continue
        run = index + 1
        while (
            run < len(lines)
            and _heading_number(lines[run]) is not None
            and (run == index + 1 or not lines[run].blank_before)
        ):
            run += 1
        if run - index - 1 >= 3:
            skip.update(range(index + 1, run))
    return skip


_AGENDA_HEADING = re.compile(
    r"^(?:Afspraak[ \t]+)?(?P<number>[A-H]\d{1,2})[.:]?(?:[ \t]*+[–—-])?[ \t]++"
    r"(?P<title>[A-Z][^\n]{2,100})$"
)


def _agenda_numbers(lines: list[_Line]) -> set[int]:
    """Indexes of "A1 Titel" headings when A1, A2 and A3 all occur: an agenda numbers its
    items so (a road is never numbered A1, A2, A3 in a row). Once one letter runs so, the
    next letters' runs ("B1", "B2" under a second part) number items too."""
    found: dict[int, tuple[str, int]] = {
        i: (m.group("number")[0], int(m.group("number")[1:]))
        for i, line in enumerate(lines)
        if (m := _AGENDA_HEADING.match(line.text)) and not line.text.endswith((".", ";", ","))
    }
    runs: dict[str, int] = {}
    for letter in "ABCDEFGH":
        numbers = {n for lt, n in found.values() if lt == letter}
        run = 0
        while run + 1 in numbers:
            run += 1
        previous = chr(ord(letter) - 1)
        if run >= 3 or (run >= 1 and runs.get(previous, 0) > 0):
            runs[letter] = run
    return {i for i, (letter, number) in found.items() if number <= runs.get(letter, 0)}


def _sections(lines: list[_Line], document: Document) -> list[Section]:
    toc = _toc_lines(lines)
    agenda = _agenda_numbers(lines)
    runs = run_headings([line.text for line in lines])
    subs = sub_letter_headings(
        [line.text for line in lines],
        [line.blank_before for line in lines],
        [_heading_number(line) is not None for line in lines],
    )
    opened: list[dict[str, object]] = []
    used: dict[str, int] = {}
    unnumbered_count: dict[str | None, int] = {}
    stack: list[dict[str, object]] = []
    for index, line in enumerate(lines):
        if index in toc:
            continue
        numbered = _heading_number(line)
        if numbered is None and index in agenda:
            match = _AGENDA_HEADING.match(line.text)
            assert match is not None
            numbered = (match.group("number"), match.group("title").strip())
        if numbered is None and index in runs:
            numbered = runs[index]
        if numbered is None and index in subs:  # "b." under a grouping "2.": one level down
            number, title = subs[index]
            grouping = next(
                (s for s in reversed(stack) if s["number"] not in (None, *"abcdefgh")), None
            )
            level = int(grouping["level"]) + 1 if grouping else 1
            base = f"{document.identifier}.s{grouping['number'] if grouping else ''}{number}"
        elif numbered is not None:
            number, title = numbered
            level = number.rstrip(".").count(".") + 1
            # "II-1" under "II  WEGEN": an item numbered by its chapter and a dash is inside it
            level = max(level, _under_chapter(stack, number))
            base = f"{document.identifier}.s{number}"
        elif _is_unnumbered_heading(lines, index) or marked_title(line.text):
            number, title = None, marked_title(line.text) or line.text
            parent_level = next((int(s["level"]) for s in reversed(stack) if s["number"]), 0)
            level = parent_level + 1
            parent_id = next(
                (str(s["id"]) for s in reversed(stack) if int(s["level"]) < level), None
            )
            unnumbered_count[parent_id] = unnumbered_count.get(parent_id, 0) + 1
            base = f"{parent_id or document.identifier}.h{unnumbered_count[parent_id]}"
        else:
            continue
        used[base] = used.get(base, 0) + 1
        identifier = base if used[base] == 1 else f"{base}~{used[base]}"
        while stack and int(stack[-1]["level"]) >= level:
            closed = stack.pop()
            closed["end"] = line.start
        entry: dict[str, object] = {
            "id": identifier,
            "number": number,
            "title": title,
            "level": level,
            "parent": stack[-1]["id"] if stack else None,
            "start": line.start,
            "heading_end": line.end,
            "end": document.end,
        }
        stack.append(entry)
        opened.append(entry)
    return [
        Section(
            identifier=str(e["id"]),
            document=document.identifier,
            number=str(e["number"]) if e["number"] else None,
            title=str(e["title"]),
            level=int(e["level"]),
            parent=str(e["parent"]) if e["parent"] else None,
            start=int(e["start"]),
            heading_end=int(e["heading_end"]),
            end=int(e["end"]),
        )
        for e in opened
    ]


def _under_chapter(stack: list[dict[str, object]], number: str) -> int:
    """One level below the open section whose number ``number`` extends with a dash ("II" for
    "II-1"); 0 when none does."""
    for entry in reversed(stack):
        if entry["number"] and number.startswith(f"{entry['number']}-"):
            return int(str(entry["level"])) + 1
    return 0


def _typed_heading(lines: list[_Line], index: int) -> tuple[str, str] | None:
    """ "2.1  Woningbouw (eerder: 1.3)" over "Soort afspraak: …" or "Departementen: …": an
    agreement numbered without the word "Afspraak", known by the type lines under it; so is
    "Artikel 3  Titel" over them, whose number needs no dot."""
    numbered = _heading_number(lines[index])
    article = lines[index].text[:8].lower().startswith(("artikel", "art."))
    if numbered is None or ("." not in numbered[0].rstrip(".") and not article):
        return None
    for line in lines[index + 1 : index + 3]:
        parts = [part.strip() for part in _LABEL_SEPARATOR.split(line.text) if part.strip()]
        if any(TYPE_LINE.match(part) or DEPARTMENTS_LINE.match(part) for part in parts):
            return numbered[0].rstrip("."), numbered[1]
    return None


def _block_head(lines: list[_Line], index: int) -> tuple[str, str, str | None] | None:
    """Number, title and previous number of a block's first line, or None."""
    match = AFSPRAAK_LINE.match(lines[index].text)
    if match is not None:
        return match.group("number"), match.group("title").strip(), match.group("previous")
    typed = _typed_heading(lines, index)
    return (typed[0], typed[1], None) if typed else None


_TYPED_TAIL = re.compile(
    rf"(?:{NOT_MID_BLANKS}[ \t]++)?"
    r"\((?P<type>[^;()]+)(?:;[ \t]*(?P<departments>[^()]*))?\)[ \t]*$"
)
# "Slotafspraak: monitoring" after the last block: the closing agreement, not the block's.
_CLOSING_HEADING = re.compile(r"^slot(?:afspraak|afspraken|bepaling(?:en)?)\b[^.\n]{0,60}$", re.I)
_PROSE_CHARS = 40
_SENTENCE_END = re.compile(r"[a-zà-ÿ)\d]\.(?:\s|$)")


def _blocks(lines: list[_Line], document: Document, sections: list[Section]) -> list[AfspraakBlock]:
    heads = {i: head for i in range(len(lines)) if (head := _block_head(lines, i))}
    starts = sorted(heads)
    heading_lines = {i for i, line in enumerate(lines) if _heading_number(line) is not None}
    # Sections by number, in order: a block's chapter is the last one before it with the
    # block's first number (looked up by bisection, not by scanning every section).
    by_number: dict[str | None, tuple[list[int], list[str]]] = {}
    for section in sections:
        starts_of, ids_of = by_number.setdefault(section.number, ([], []))
        starts_of.append(section.start)
        ids_of.append(section.identifier)
    blocks: list[AfspraakBlock] = []
    for position, index in enumerate(starts):
        number, title, previous = heads[index]
        types: tuple[str, ...] = ()
        departments = ""
        remark = ""
        header_end = lines[index].end
        cursor = index + 1
        limit = starts[position + 1] if position + 1 < len(starts) else len(lines)
        while cursor < min(limit, index + 8):
            text = lines[cursor].text
            # "Soort: uitvoeringsafspraak | Betrokken: IenW, VRO": type and departments on one line
            parts = [part.strip() for part in _LABEL_SEPARATOR.split(text) if part.strip()]
            found_type = next((part for part in parts if TYPE_LINE.match(part)), None)
            found_departments = next(
                (m for part in parts if (m := DEPARTMENTS_LINE.match(part))), None
            )
            if (found_type and not types) or (found_departments and not departments):
                if found_type and not types:
                    types = parse_types(found_type)
                if found_departments and not departments:
                    departments = found_departments.group("list").strip()
            elif REMARK_LINE.match(text) and not types and not remark:
                remark = text
            elif (
                not types
                and not departments
                and cursor <= index + 2
                and (text[:1].islower() or _CONNECTOR_END.search(title))
                and len(text) < 100
                and not ENUMERATOR.match(text)  # "a) De provincie …" is a first item
            ):
                title = f"{title} {text}"  # a heading wrapped over two or three lines
            else:
                break
            header_end = lines[cursor].end
            cursor += 1
        bracketed = _TYPED_TAIL.search(title)
        if bracketed is not None and not types and TYPE_LINE.match(bracketed.group("type")):
            # "Afspraak 2.1  Titel (uitvoeringsafspraak; VRO, BZK)": type and departments
            types = parse_types(bracketed.group("type"))
            departments = departments or (bracketed.group("departments") or "").strip()
            title = title[: bracketed.start()]
        if (
            not types
            and not departments
            and not _has_lead_in(lines, cursor, limit)
            and not (
                document.kind != "ruimtelijk_arrangement" and _has_bullets(lines, cursor, limit)
            )
            and not (
                lines[index].text.startswith("Afspraak")
                and title[:1].isupper()
                and _has_prose(lines, cursor, limit, heading_lines)
            )
        ):
            continue  # "Afspraak 4.1 …" without a type, departments or lead-in is a reference
        trailing = PREVIOUS_NUMBER.search(title)
        if trailing is not None:
            previous = previous or trailing.group("previous")
            title = title[: trailing.start()]
        end_index = limit
        for candidate in range(cursor, limit):
            if candidate in heading_lines or _CLOSING_HEADING.match(lines[candidate].text):
                end_index = candidate
                break
        end = lines[end_index].start if end_index < len(lines) else document.end
        starts_of, ids_of = by_number.get(number.split(".")[0], ([], []))
        before = bisect_right(starts_of, lines[index].start)
        chapter = ids_of[before - 1] if before else None
        blocks.append(
            AfspraakBlock(
                number=number,
                title=" ".join(title.split()).strip(" –—-:"),
                types=types,
                departments_as_written=departments,
                remark=remark,
                document=document.identifier,
                section=chapter,
                start=lines[index].start,
                header_end=header_end,
                end=max(end, header_end),
                previous_number=previous,
            )
        )
    return blocks


def _has_bullets(lines: list[_Line], start: int, limit: int) -> bool:
    """In a list of agreements an "Afspraak 3 – Titel" heading is followed by its bullets."""
    return any(
        BULLET_GLYPH.match(line.text) or line.text.startswith("•")
        for line in lines[start : min(limit, start + 12)]
    )


def _has_prose(lines: list[_Line], start: int, limit: int, headings: set[int]) -> bool:
    """An "Afspraak 3.1 Titel" heading over its own paragraph of sentences (what is agreed,
    written as prose) opens a block; a reference line in a list or an annex has none."""
    body: list[str] = []
    for index in range(start, min(limit, start + 12)):
        if index in headings:
            break
        body.append(lines[index].text)
    text = " ".join(body)
    return len(text) >= _PROSE_CHARS and _SENTENCE_END.search(text) is not None


def _has_lead_in(lines: list[_Line], start: int, limit: int) -> bool:
    """An agreement heading without type lines still opens a block when Rijk and region agree."""
    return any(AGREEMENT_FORMULA.search(line.text) for line in lines[start : min(limit, start + 4)])
