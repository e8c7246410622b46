"""Motions and commitments to parliament a document names: one item per sentence, with the
Kamerstuk its words or its footnote give and the member who filed it.

The shapes of lists, grids and registers of them live in ``parliament_shapes`` and
``own_promises``; this module reads sentences, footnotes and the tables that list them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruimtemonitor.core.dutch.completion import find_completion
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

from .announced_promises import announces_report, asks_by_motion, reports_promise
from .cleaning import CleanText
from .own_promises import DEBATE_CELL, DEBATE_OPENS_ROW, is_own_promise, listed_promises, said_again
from .parliament_shapes import INVERTED_PROMISE, first_member, grid_motions, promise_near, relisted
from .printed_motions import printed_motions
from .splitting import Document
from .textutil import iter_lines, sentence_spans
from .time_words import MONTH_NAMES

__all__ = ["ParliamentaryItem", "find_parliamentary_items"]

# "motie", also in the compound "Kamermotie" ("Een Tweede Kamermotie van het lid …").
_MOTION = re.compile(r"\b(?:kamer)?moties?\b", re.IGNORECASE)
# "toezegging", "heb ik toegezegd", "zeg ik (uw Kamer) toe"
_PROMISE = re.compile(
    # "zegde ik toe", "De minister zegde toe": the past tense too
    r"\btoe(?:zegging(?:en)?|gezegd)\b|\bzeg(?:gen|den?)?\s+(?:ik|wij|we)\s+(?:\w+\s+){0,4}?toe\b|"
    r"\b(?:ik|wij|we)\s+zeg(?:gen|den?)?\s+(?:\w+\s+){0,4}?toe\b|"
    # minutes in the third person: "De minister (van V&W) zegt toe de Tweede Kamer … te informeren"
    r"\b(?:minister|staatssecretaris|bewindspersonen?)\s+(?:[\w&.'’-]+\s+){0,3}?zeg(?:t|gen|den?)\s+"
    r"(?:\w+\s+){0,4}?toe\b|" + INVERTED_PROMISE,
    re.IGNORECASE,
)
_MEMBER = re.compile(
    r"\b(?:(?:het\s+)?lid|de\s+leden|rapporteur|[Mm]otie(?:\s+van)?)(?:\s+|(?<=otie)-)"
    r"(?P<name>(?:(?:van|de|der|den|ter|ten)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:en\s+)?(?:(?:van|de|der|den)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+)*"
    r"(?:\s+c\.s\.)?)"
)


@dataclass(frozen=True, slots=True)
class ParliamentaryItem:
    """A motion or commitment, at the sentence (or footnote) that names it."""

    kind: str
    kamerstuk: str | None
    member: str | None
    text: str
    document: str
    start: int
    end: int
    reported: str | None = None  # "afgedaan" / "deels afgedaan" when the letter says so


def _kamerstuk_ids(text: str) -> list[str]:
    return [m.kst_id for m in find_kamerstukken(text)]


# "de motie-Van der Graaf¹ …" and later "De motie¹ verzoekt …" over "¹ Kamerstukken …": one
# superscript digit written twice for one footnote. Only the last before the note is found as
# its marker; an earlier one points at the same note. A unit's square ("m²", "km²") is none.
_SUPERSCRIPT_MARK = re.compile(r"(?<=[^\W\d_]{2})(?<!km|cm|dm|mm)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _notes_of_repeated_marks(sentence: str, notes: dict[int, Any]) -> list[Any]:
    """The footnotes a sentence points at by superscript digits that are no found marker."""
    found = (
        notes.get(int(m.group().translate(_FROM_SUPERSCRIPT)))
        for m in _SUPERSCRIPT_MARK.finditer(sentence)
    )
    return [note for note in dict.fromkeys(found) if note is not None]


def _member_per_citation(sentence: str) -> dict[str, str]:
    """Each Kamerstuk the sentence cites with the member named last before it."""
    names = [(m.start(), m.group("name").strip()) for m in _MEMBER.finditer(sentence)]
    return {
        cite.kst_id: before[-1][1]
        for cite in find_kamerstukken(sentence)
        if (before := [n for n in names if n[0] < cite.start])
    }


# "… conform de motie" at the end of a table cell's line, "Van Tuinen¹." on the next: the
# member's name (and its footnote marker) wrapped onto the line below.
_MOTION_AT_LINE_END = re.compile(r"\b(?:motie|motie\s+van\s+(?:het\s+lid|de\s+leden))\s*$", re.I)
_NAME_LINE_START = re.compile(r"\s*(?:(?:van|de|der|den|ter|ten)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+")


def _motion_names_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a motion whose member's name starts the next line joined to it."""
    out: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        if (
            index + 1 < len(spans)
            and _MOTION_AT_LINE_END.search(text[start:end])
            and "\n" in text[end : spans[index + 1][0] + 1]
            and _NAME_LINE_START.match(text, spans[index + 1][0])
        ):
            out.append((start, spans[index + 1][1]))
            index += 2
            continue
        out.append((start, end))
        index += 1
    return out


def find_parliamentary_items(clean: CleanText, document: Document) -> list[ParliamentaryItem]:
    """Motions and commitments to parliament: one per sentence, Kamerstuk from its footnote."""
    text = clean.text
    items: list[ParliamentaryItem] = []
    markers = [m for m in clean.markers if document.start <= m.clean_offset <= document.end]
    spans = _motion_names_joined(
        text,
        [
            span
            for line in iter_lines(text, document.start, document.end)
            for span in sentence_spans(text, *line)
        ],
    )
    notes_by_marker = {f.marker: f for f in clean.footnotes}
    notes_by_number = {f.number: f for f in clean.footnotes}
    cited: set[tuple[int, int]] = set()
    seen: set[tuple[str, str]] = set()
    previous = (0, 0)
    for start, end in spans:
        sentence = text[start:end]
        before, previous = previous, (start, end)
        if len(sentence.split()) < 6 or _SUBJECT_LINE.match(sentence):
            continue  # a heading such as "3. Moties en toezeggingen", or the subject line
        kinds = []
        plain = _SPLIT_WORD.sub("", sentence)  # "toege-zegd": a word the line end split
        motion = _MOTION.search(plain)
        promise = _PROMISE.search(plain)
        if motion:
            kinds.append("motie")
        if promise and (not motion or promise.start() < motion.start()):
            kinds.insert(0, "toezegging")
        if not kinds:
            continue
        about = _promise_about_motion(plain, promise, motion, document.kind)
        if about == "motie":
            kinds = ["motie"]  # "De minister zegt toe de motie-X mee te nemen": no promise to it
        kamerstuk = None
        notes = ""
        every: list[str] = []  # each Kamerstuk the sentence cites, in its footnotes or words
        for marker in markers:
            if start <= marker.clean_offset <= end + 1:
                note = notes_by_marker.get(marker.span)
                notes += f" {note.text}" if note else ""
                ids = _kamerstuk_ids(note.text) if note else []
                every.extend(ids[:1])
                if ids and kamerstuk is None:
                    kamerstuk = ids[0]
        if not notes:  # "de motie-X¹ …" before the marker the note was found by: that note
            for note in _notes_of_repeated_marks(sentence, notes_by_number):
                notes += f" {note.text}"
                ids = _kamerstuk_ids(note.text)
                every.extend(ids[:1])
                kamerstuk = kamerstuk or (ids[0] if ids else None)
        member = _MEMBER.search(sentence) or _MEMBER.search(notes)
        name = member.group("name").strip() if member else None
        in_text = _kamerstuk_ids(sentence)
        if not in_text and (
            _CITATION_CUT.search(sentence) or _CITATION_BELOW.match(text, end, document.end)
        ):
            # "…, Kamerstuk" at a line end, the number on the next line; or a heading "Motie
            # van het lid X over …" over "(Kamerstuk 35 300 A, nr. 47)"
            in_text = _kamerstuk_ids(text[start : min(document.end, end + _CUT_REACH)])[:1]
        every.extend(in_text)
        if kamerstuk is None:
            kamerstuk = in_text[0] if in_text else None
        addressed = (
            document.kind in _TO_PARLIAMENT_KINDS
            and kinds[0] == "toezegging"
            and _PROMISE_TO_YOU.search(plain) is not None
        )
        addressed = addressed or _answers_the_kamer(text, before, start, sentence, kinds[0])
        # "Ik heb toegezegd u te informeren", "Ook heb ik toegezegd …": in a letter to
        # parliament the minister's own promise is one to the Kamer, unless made "aan" another.
        addressed = addressed or (
            document.kind in _TO_PARLIAMENT_KINDS
            and kinds[0] == "toezegging"
            and (_I_PROMISED.search(plain) is not None or is_own_promise(plain))
        )
        if not addressed and not _individual(f"{sentence} {notes}", kinds[0], name, kamerstuk):
            continue
        if said_again(text, items, before, (start, end), kinds[0], name or kamerstuk):
            continue  # "… heb ik toegezegd u te informeren. Hiermee kom ik mijn toezegging na."
        if not name and not in_text and not _SINGLE_ITEM.search(plain):
            continue  # "… zijn twee moties aangenomen en heb ik twee toezeggingen gedaan.¹"
        council = document.kind in {"raadsvoorstel", "raadsinformatiebrief"}
        if council and kamerstuk is None and not _TO_PARLIAMENT.search(f"{sentence} {notes}"):
            continue  # a motion of the council itself, or a promise to it
        cited.update(m.span for m in markers if start <= m.clean_offset <= end + 1)
        # "de moties van de leden X (Kamerstuk …, nr. 12) en Y (…, nr. 14)": one item each.
        distinct = list(dict.fromkeys(every)) if kinds[0] == "motie" else []
        emitted = [(kinds[0], k) for k in distinct] or [(kinds[0], kamerstuk)]
        if about == "both":  # "zegt toe de Kamer over de motie-X te informeren": two items
            emitted.append(("motie", in_text[0] if in_text else None))
        owners = _member_per_citation(sentence) if len(distinct) > 1 else {}
        for kind, number in emitted:
            own = owners.get(number or "", name)  # "de motie X (…) en de motie Y (…)"
            if number is not None and (kind, number) in seen:
                continue  # the same motion named again further on
            if number is None and own and (kind, first_member(own)) in seen:
                continue  # "de motie Hoogland" again, after "de motie van het lid Hoogland¹"
            if number is None and relisted(kind, sentence, items):
                continue
            if number is not None:
                seen.add((kind, number))
            if own:
                seen.update({(kind, own), (kind, first_member(own))})
            items.append(_item(kind, number, own, sentence, document, start, end))
        if kinds[0] == "motie" and _promise_after_motion(plain, motion):
            # "De Kamer vroeg met de motie X om snelheid; de minister heeft toegezegd …"
            items.append(_item("toezegging", None, None, sentence, document, start, end))
    # A motion or commitment named only in a footnote ("2 Motie van het lid X, Kamerstuk …").
    for marker in markers:
        note = notes_by_marker.get(marker.span)
        if note is None or marker.span in cited or not _NOTE_ITEM.match(note.text):
            continue
        kind = "toezegging" if "toezeg" in note.text.lower()[:20] else "motie"
        ids = _kamerstuk_ids(note.text)
        member = _MEMBER.search(note.text)
        at = marker.clean_offset
        start, end = next(((s, e) for s, e in spans if s <= at <= e + 1), (at, at))
        name = member.group("name").strip() if member else None
        items.append(
            _item(kind, ids[0] if ids else None, name, note.text, document, start, end, read=False)
        )
    # "… informeer ik uw Kamer voor de zomer."; in a press release or council letter "De minister
    # informeert de Kamer voor de zomer.", unless it answers a motion that asks (as minutes do)
    told = announces_report if document.kind in _TO_PARLIAMENT_KINDS else reports_promise
    if document.kind != "afsprakenlijst":
        items.extend(
            _item("toezegging", None, None, text[a:b], document, a, b)
            for n, (a, b) in enumerate(spans)
            if any(told(c) for c in _SPLIT_WORD.sub("", text[a:b]).split(";"))
            and (told is announces_report or not asks_by_motion(text[slice(*spans[n - 1])]))
            and not promise_near(text, items, spans[n - 1], (a, b))
        )
    items.extend(_table_promises(text, document, items))
    items.extend(_numbered_promises(text, document, items))
    items.extend(grid_motions(text, document, items, _item))
    items.extend(printed_motions(text, document, items, _item))
    items.extend(
        _item("toezegging", None, None, text[a:b], document, a, b, read=False)
        for a, b in listed_promises(text, document.start, document.end)
        if not any(item.start < b and a < item.end for item in items)
    )
    items.sort(key=lambda item: item.start)
    return items


# A letter to parliament says "u" to the Kamer: "Wij zeggen toe u … te informeren".
_TO_PARLIAMENT_KINDS = frozenset({"kamerbrief", "mirt_brief"})
_PROMISE_TO_YOU = re.compile(
    r"\b(?:(?:ik|wij|we)\s+zeg(?:gen|den?)?\s+(?:\w+\s+){0,2}?toe|zeg(?:gen|den?)?\s+(?:ik|wij|we)\s+"
    r"(?:\w+\s+){0,2}?toe)\s+(?:\w+\s+){0,2}?u\b"
    # "Ik zeg u toe dat …", "Wij zeggen u toe …", "zegde ik u toe"
    r"|\b(?:(?:ik|wij|we)\s+zeg(?:gen|den?)?|zeg(?:gen|den?)?\s+(?:ik|wij|we))\s+u\s+toe\b",
    re.IGNORECASE,
)
_I_PROMISED = re.compile(
    r"\b(?:(?:ik|wij|we)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|wij|we))\s+"
    r"(?:(?:ook|daarbij|toen|eerder|destijds|al|reeds)\s+)?toegezegd\b(?!\s+aan\b)"
    # "heb ik u een overzicht van de overleggen toegezegd": "u" and the thing promised first
    r"|\b(?:(?:ik|wij|we)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|wij|we))\s+(?:u|uw\s+kamer)\s+"
    r"(?!aan\b)\w[^.;:\n]{0,80}?\btoegezegd\b",
    re.IGNORECASE,
)
# "TZ202406-112 — Informeren over … — afgedaan": the number the Kamer's register gives a
# commitment names one toezegging (the number is no Kamerstuk), wherever a list puts it.
# Registers also write "TZ-16-41" or "TZ 2016/041", or "T-2031-007": a year and a serial.
_TZ_NUMBER = re.compile(
    r"\bTZ(?:\d{6,}|[- ]?\d{2,4}[-/.]\d{1,4})(?:[-/.]\d+)?\b|\bT-(?:19|20)\d\d-\d{2,4}\b"
)
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]+")


def _item(
    kind: str,
    kamerstuk: str | None,
    member: str | None,
    words: str,
    document: Document,
    start: int,
    end: int,
    *,
    read: bool = True,
) -> ParliamentaryItem:
    """An item of ``document`` with its wording on one line; with ``read``, the wording also
    says whether it is done ("is afgedaan"). A footnote or a listed promise only names it."""
    completion = find_completion(words) if read else None
    return ParliamentaryItem(
        kind,
        kamerstuk,
        member,
        " ".join(words.split()),
        document.identifier,
        start,
        end,
        completion.status if completion else None,
    )


def _numbered_promises(
    text: str, document: Document, found: list[ParliamentaryItem]
) -> list[ParliamentaryItem]:
    """One toezegging per register number ("TZ202406-112") no found item already holds."""
    out: list[ParliamentaryItem] = []
    numbers = list(_TZ_NUMBER.finditer(text, document.start, document.end))
    seen: set[str] = set()
    for position, number in enumerate(numbers):
        start = number.start()
        if number.group() in seen or any(i.start <= start < i.end for i in found):
            continue
        seen.add(number.group())
        line_end = text.find("\n", start)
        end = min(
            line_end if line_end >= 0 else document.end,
            numbers[position + 1].start() if position + 1 < len(numbers) else document.end,
        )
        words = _BOX_DRAWING.sub(" ", text[start:end])  # "│ TZ-16-41 │ … │" of a drawn table
        out.append(_item("toezegging", None, None, words, document, start, end))
    return out


# "Toezegging   Stand", "Nr.   Toezegging   Datum debat   Status", "Motie | Kamerstuk | Stand":
# a column of commitments or motions (after a number or date column, if any), one per row.
_TABLE_HEADER = re.compile(
    r"^[ \t|]*(?:(?:nr\.?|nummer|#|datum(?:[ \t]\w+)?)(?:[ \t]{2,}|[ \t]*\|[ \t]*))?"
    r"(?P<kind>Toezegging(?:en)?|Moties?)(?:[ \t]{2,}|[ \t]*\|[ \t]*)\S",
    re.I,
)
# A column that dates each row ("Datum debat", "Datum toezegging"), and a cell holding a date.
_DATE_COLUMN = re.compile(r"\bdatum\b|\bdebat\b", re.I)
_DATE_CELL = re.compile(
    rf"(?:^[ \t|]*|[ \t]{{2,}}|\|[ \t]*)(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}|"
    rf"\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d{{2}})(?![\d])",
    re.I,
)
_DEBATE = re.compile(
    r"\((?:[^()\n]{0,40}?\b(?:CD|AO|NO|WGO|Commissiedebat|Algemeen\s+Overleg|Notaoverleg)\b"
    r"[^()\n]{0,40})\)"
)


def _table_promises(
    text: str, document: Document, found: list[ParliamentaryItem]
) -> list[ParliamentaryItem]:
    """One item per row of a table of commitments or motions: a commitment row cites its Kamer
    debate or dates it in a column the header names; a motion row cites its Kamerstuk."""
    out: list[ParliamentaryItem] = []
    known = {(item.kind, item.kamerstuk) for item in found if item.kamerstuk}
    lines = list(iter_lines(text, document.start, document.end))
    for index, (start, end) in enumerate(lines):
        header = _TABLE_HEADER.match(text[start:end])
        if not header:
            continue
        kind = "motie" if header.group("kind").lower().startswith("motie") else "toezegging"
        council = document.kind in {"raadsvoorstel", "raadsinformatiebrief"}
        dated = _DATE_COLUMN.search(text, start, end) is not None
        for row_start, row_end in lines[index + 1 :]:
            row = text[row_start:row_end]
            if not row.strip():
                break
            ids = _kamerstuk_ids(row)
            if council and not ids and not _TO_PARLIAMENT.search(row):
                continue  # a promise to the council itself
            if kind == "motie":
                cites = list(find_kamerstukken(row))[:1]
            else:
                cites = list(_DEBATE.finditer(row)) or list(DEBATE_CELL.finditer(row))[:1]
                cites = cites or [m for m in [DEBATE_OPENS_ROW.match(row)] if m]
                if not cites and dated:
                    cites = list(_DATE_CELL.finditer(row))[:1]
            for cite in cites:
                at, until = _cite_span(cite)
                if any(item.start <= row_start + at < item.end for item in found):
                    continue
                if ids and (kind, ids[0]) in known:
                    continue
                number = ids[0] if ids else None
                out.append(
                    _item(kind, number, None, row, document, row_start + at, row_start + until)
                )
    return out


def _cite_span(cite: Any) -> tuple[int, int]:
    """Start and end of a regex match or a ``KamerstukMatch`` within its row."""
    if isinstance(cite, re.Match):
        return cite.start(), cite.end()
    return cite.start, cite.end


# "Motie van het lid X, Kamerstuk …", also after the Kamerstuk: "Kamerstuk 31 200, nr. 7,
# motie-X c.s. over …".
_NOTE_ITEM = re.compile(
    r"^\s*(?:kamerstuk(?:ken)?\b[^,\n]{1,40},\s*nr\.?\s*\d{1,4}\s*,\s*)?"
    r"(?:zie\s+(?:ook\s+)?(?:de\s+)?)?(?:gewijzigde\s+)?(?:motie|toezegging)\b",
    re.IGNORECASE,
)
# One motion or commitment (the plural words "moties"/"toezeggingen" name them in general).
_SINGLE_ITEM = re.compile(
    r"\b(?:kamer)?motie\b|\btoezegging\b|\btoegezegd\b|\btoe\b", re.IGNORECASE
)
_SUBJECT_LINE = re.compile(r"^\W*(?:betreft|onderwerp)\b", re.IGNORECASE)
_CITATION_CUT = re.compile(r"\b[Kk]amerstuk(?:ken)?(?:\s+II)?(?:\s+\d{4}[/-]\d{2,4})?,?\s*$")
_CUT_REACH = 80
_CITATION_BELOW = re.compile(r"[ \t]*\n[ \t]*\(\s*[Kk]amerstuk(?:ken)?\b")
_BACK_REFERENCE = re.compile(
    r"\b(?:deze|die|dit|genoemde|bovengenoemde)\s+(?:motie|toezegging)"
    r"|^\W*(?:de|deze)\s+(?:motie|toezegging)\s+(?:en\s+de\s+\w+\s+)?"
    r"(?:beschouw|worden|wordt|is\s+(?:hiermee|daarmee))",
    re.IGNORECASE,
)
_TO_PARLIAMENT = re.compile(
    r"\b(?:uw\s+kamer|de\s+(?:tweede\s+)?kamer|kamerlid|kamerleden|notaoverleg|"
    r"algemeen\s+overleg|commissiedebat|wetgevingsoverleg|begrotingsbehandeling|"
    r"(?:plenair|kamer)debat|het\s+lid|de\s+leden|vragenuur|(?-i:AO|WGO|NO|CD))\b",
    re.IGNORECASE,
)


# "Het lid X vroeg in het Commissiedebat … De minister heeft toegezegd …": the minister's
# promise answers the Kamer named in the sentence just before it.
_MINISTER_PROMISED = re.compile(
    r"\b(?:de\s+)?(?:minister|staatssecretaris|bewindspersoon)\s+(?:\w+\s+){0,3}?"
    r"(?:heeft|hebben)\s+(?:\w+\s+){0,3}?toegezegd\b",
    re.IGNORECASE,
)


def _answers_the_kamer(
    text: str, before: tuple[int, int], start: int, sentence: str, kind: str
) -> bool:
    """A minister's promise right after a sentence that names a Kamer member or debate."""
    if kind != "toezegging" or not _MINISTER_PROMISED.search(sentence):
        return False
    if before[1] == 0 or "\n\n" in text[before[1] : start]:
        return False  # no sentence before it in the same paragraph
    return _TO_PARLIAMENT.search(text[before[0] : before[1]]) is not None


_SPLIT_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")
# "de motie-X", "de motie van het lid X", "de motie X c.s.": one motion, named by its member.
_NAMED_MOTION = re.compile(
    r"\bmotie(?:-|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)(?:(?:van|de|der|den)\s+)*"
    r"[A-ZÀ-ÖØ-Þ]"
)


def _promise_about_motion(
    plain: str, promise: re.Match[str] | None, motion: re.Match[str] | None, kind: str
) -> str:
    """What a promise made about a named motion is: "motie" when the promise (in minutes or a
    council letter, not a letter to parliament) is not made to the Kamer ("zegt toe de motie-X
    mee te nemen"), "both" when it is ("zegt toe de Kamer over de motie-X te informeren"),
    else ""."""
    if promise is None or motion is None or promise.start() > motion.start():
        return ""
    if not _NAMED_MOTION.search(plain, motion.start()):
        return ""
    if _TO_PARLIAMENT.search(plain, 0, motion.start()):
        return "both"
    return "" if kind in _TO_PARLIAMENT_KINDS else "motie"


# "Bij de behandeling van de motie-X (…) heeft de minister toegezegd …": the main clause.
_MAIN_CLAUSE_PROMISE = re.compile(
    r"\b(?:heeft|hebben)\s+(?:de|het)\s+(?:minister|staatssecretaris|kabinet|bewindspersonen?)"
    r"\b[^;]{0,40}?\btoegezegd\b",
    re.IGNORECASE,
)


def _promise_after_motion(plain: str, motion: re.Match[str] | None) -> bool:
    """A promise to the Kamer in a clause after the one that names a motion ("… met de motie
    X (…) om snelheid; de minister heeft toegezegd de Kamer vóór … te berichten"): a second
    item, a toezegging of its own, not the motion named again; also in the main clause after
    a phrase that names the motion ("Bij de motie-X … heeft de minister toegezegd …")."""
    if motion is None:
        return False
    cut = plain.find(";", motion.end())
    main = _MAIN_CLAUSE_PROMISE.search(plain, motion.end()) if cut < 0 else None
    if cut < 0 and main is None:
        return False
    clause = plain[cut + 1 :] if main is None else plain[main.start() :]
    return (
        _PROMISE.search(clause) is not None
        and _TO_PARLIAMENT.search(clause) is not None
        and _BACK_REFERENCE.search(clause) is None
        and _MOTION.search(clause) is None
    )


def _individual(sentence: str, kind: str, member: str | None, kamerstuk: str | None) -> bool:
    """One motion or commitment to parliament, not a mention of them in general or again."""
    if member or kamerstuk:
        return True
    # "De minister zegt toe de Kamer over deze motie te informeren": a new promise about the
    # motion named before; only "deze toezegging" would name the promise again.
    if any(kind[:5] in back.group().lower() for back in _BACK_REFERENCE.finditer(sentence)):
        return False
    if kind == "toezegging":
        # "commis-siedebat": a word the line end split and the cleaning could not join
        return bool(_TO_PARLIAMENT.search(_SPLIT_WORD.sub("", sentence)))
    return bool(re.search(r"\bmotie\s+(?:[A-ZÀ-ÖØ-Þ]|nr\.|nummer)", sentence))
