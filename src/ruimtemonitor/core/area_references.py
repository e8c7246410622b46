"""Agreements a letter ties to an area by pointing at them under a heading that names it.

An arrangement may end with an annex that groups its agreements per area:

    Raakvlakken met de gebiedsagenda Westerkwartier

    − Droogte en zoetwater: zie Afspraak 2.4 Water
    − Ruimte voor bedrijven (afspraak 5.1)

Each pointer ("zie Afspraak 2.4", "Afspraak 2.4", "(afspraak 5.1)", "afspraken 3.1 en 3.2")
under a heading naming an area known to the reference data says that the agreement concerns
that area, though its own text may never name it. A heading is a short block of its own
(after a blank line or a finished sentence, no bullet, no sentence, date or pointer inside
it); its reach ends at the next heading, named area or not, and at the start of an agreement,
so a subheading naming another place takes over and an agreement's own text is never read as
the annex; a heading may be numbered ("2. Regio …", "B. …"). Page numbers and running headers
are passed over, so an annex goes on over a page break; a repeated line away from a page
break is kept when it names an area and otherwise, when shaped as a heading, ends the reach.
Pure Python: the caller gives the text, the areas found in it and where its agreements begin.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ruimtemonitor.core.dutch.dates import FULL_MONTH
from ruimtemonitor.core.extraction.patterns import PAGE_NUMBER

__all__ = ["AreaReference", "NamedArea", "area_references", "pointed_numbers"]

_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}(?![\d])"
# "Afspraak 4.4.", "afspraken 3.1, 3.2 en 3.4", "Afspraak 4.1 … & Afspraak 4.2": the word is
# needed, a bare "zie 2.3" may be a section of the letter.
_POINTER = re.compile(
    rf"(?<![\w])afspra(?:ak|ken)\s+(?P<numbers>{_NUMBER}(?:\s*(?:,|en|&|/)\s*{_NUMBER})*)",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(_NUMBER)
_BULLET = re.compile(r"^[-–—−•·*▪■●◦❖o\uf000-\uf8ff](?:\s|$)")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-z][.)])\s")  # 1. 8.1 a)
_SENTENCE_INSIDE = re.compile(r"[.!?;]\s+[A-ZÀ-Þ]")
# "2. Regio Zuidrand", "B. Raakvlakken …", "IV) Kust": the number of a heading, not a sentence.
_ENUMERATOR = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Z]|[IVX]{1,4})[.)]\s+")
# "Pagina 5 van 9", "blz. 3": a line carrying its page figure sits at a page break.
_PAGE_FIGURE = re.compile(r"\b(?:pagina|page|blz\.?)\s*\d|\b\d{1,4}\s+van\s+\d{1,4}\b", re.I)
_FINISHED = re.compile(r"[.!?;]$")
# A wrapped pointer: "… zie" at the end of a block, the agreement after a blank line.
_DANGLING = re.compile(r"(?:\bzie(?:\s+ook)?|&|\bvgl\.?)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
_DIGITS = re.compile(r"\d+")
# "Apeldoorn, 9 juni 2022": the place and date of a letter or meeting, not a heading.
_DATELINE = re.compile(rf"\b\d{{1,2}}\s+(?:{FULL_MONTH})\s+\d{{4}}\b", re.IGNORECASE)
HEADING_MAX_CHARS = 220
HEADING_MAX_LINES = 2
FURNITURE_REPEATS = 3  # a line whose shape repeats this often is a page header or footer


@dataclass(frozen=True, slots=True)
class NamedArea:
    """An area found in the text: ``text[start:end]`` names it; ``area`` is the caller's key."""

    start: int
    end: int
    area: Hashable


@dataclass(frozen=True, slots=True)
class AreaReference:
    """Agreement ``number`` concerns ``area``: a pointer at ``start:end`` under ``heading``.

    ``block_start:block_end`` is the line or bullet holding the pointer (what to quote)."""

    number: str
    area: Hashable
    start: int
    end: int
    heading: str
    block_start: int
    block_end: int


def pointed_numbers(text: str) -> list[tuple[str, int, int]]:
    """Every agreement number a pointer in ``text`` names, with the pointer's span; "4.4."
    is agreement 4.4."""
    found = []
    for match in _POINTER.finditer(text):
        for number in _ONE_NUMBER.finditer(match.group("numbers")):
            found.append((number.group().rstrip("."), match.start(), match.end()))
    return found


@dataclass(frozen=True, slots=True)
class _Block:
    spans: tuple[tuple[int, int], ...]  # its lines (page furniture between them left out)
    lines: tuple[str, ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)

    def holds(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.spans)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        spans.append((at, stop))
        at = stop + 1
    return spans


def _shape(line: str) -> str:
    """A line with its figures as "#": page headers and footers differ only in those."""
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def _furniture(text: str, lines: list[tuple[int, int]]) -> set[str]:
    """The shapes of page numbers and running headers or footers: a line whose shape comes
    back (twice when it carries a page figure, else three times) and points at nothing."""
    shapes = Counter(
        _shape(text[a:b])
        for a, b in lines
        if text[a:b].strip() and _POINTER.search(text, a, b) is None
    )
    return {
        shape
        for shape, count in shapes.items()
        if count >= FURNITURE_REPEATS or (count >= 2 and "#" in shape)
    }


def _at_page_breaks(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines (by index) next to a page break: a form feed, a page number or a page
    figure on the line itself or on the nearest written line before or after it."""
    written = [i for i, (a, b) in enumerate(lines) if text[a:b].strip()]
    marks = {
        i
        for i in written
        if "\f" in text[lines[i][0] : lines[i][1]]
        or PAGE_NUMBER.match(text[lines[i][0] : lines[i][1]].strip())
        or _PAGE_FIGURE.search(text, *lines[i])
    }
    near = set(marks)
    for before, after in pairwise(written):
        if before in marks:
            near.add(after)
        if after in marks:
            near.add(before)
    # a form feed right after a line's end marks that line as the last of its page
    near.update(i for i in written if text.startswith("\f", lines[i][1] + 1))
    return near


def _blocks(
    text: str, start: int, end: int, headers: set[int], named: Sequence[NamedArea]
) -> list[_Block]:
    """Runs of lines, broken at blank lines, after a finished sentence, before a bullet and
    at the start of an agreement; a block ending in a dangling "zie" goes on after a blank.
    Page numbers and running headers are left out without breaking a block: an annex and
    its bullets go on over a page break. A repeated line naming an area is a running header
    only next to a page break; elsewhere it is a heading used twice (as chapter and annex
    title). A repeated line left out elsewhere that looks like a heading ends the block and
    stands as an empty block (no lines) that ends the reach of the heading before it."""
    blocks: list[_Block] = []
    current: list[tuple[int, int]] = []

    def close() -> None:
        if current:
            blocks.append(_Block(tuple(current), tuple(text[a:b] for a, b in current)))
            current.clear()

    lines = _lines(text, start, end)
    furniture = _furniture(text, lines)
    at_break = _at_page_breaks(text, lines) if furniture else set()
    starts = [a.start for a in named]
    for index, (line_start, line_end) in enumerate(lines):
        raw = text[line_start:line_end]
        line = raw.strip()
        if not line:
            if current and not _DANGLING.search(text[current[-1][0] : current[-1][1]].strip()):
                close()
            continue
        if PAGE_NUMBER.match(line):
            continue
        if _shape(line) in furniture:
            if index in at_break:
                continue
            at = bisect_left(starts, line_start)
            if at >= len(starts) or starts[at] >= line_end:  # names no area: left out
                if _is_heading(_Block(((line_start, line_end),), (raw,))):
                    close()
                    blocks.append(_Block(((line_start, line_start),), ()))
                continue
        first = line_start + len(raw) - len(raw.lstrip())
        if current and (_BULLET.match(line) or _LIST_ITEM.match(line) or first in headers):
            close()
        current.append((line_start, line_end))
        if _FINISHED.search(line):
            close()
    close()
    return blocks


def _is_heading(block: _Block) -> bool:
    text = _ENUMERATOR.sub("", block.text)
    return (
        0 < len(block.lines) <= HEADING_MAX_LINES
        and len(text) <= HEADING_MAX_CHARS
        and not _BULLET.match(text)
        and not _FINISHED.search(text)
        and not _SENTENCE_INSIDE.search(text)
        and _DATELINE.search(text) is None
        and _POINTER.search(text) is None
        and len(_WORD.findall(text)) >= 2
    )


def area_references(
    text: str,
    areas: Iterable[NamedArea],
    *,
    start: int = 0,
    end: int | None = None,
    headers: Sequence[int] = (),
) -> list[AreaReference]:
    """The pointers in ``text[start:end]`` under a heading that names one of ``areas``,
    one reference per agreement number and area named there (in the order of the text).

    ``headers`` are the offsets where the letter's agreements begin: an agreement's own
    heading ("Afspraak 2.4 Water") is no pointer, and an annex's reach ends there."""
    end = len(text) if end is None else min(end, len(text))
    named = sorted((a for a in areas if start <= a.start < end), key=lambda a: a.start)
    if not named:
        return []
    header_set = set(headers)
    ordered = sorted(header_set)
    blocks = _blocks(text, start, end, header_set, named)
    found: list[AreaReference] = []
    seen: set[tuple[str, Hashable]] = set()
    scope: tuple[str, tuple[Hashable, ...]] | None = None
    for block in blocks:
        at = bisect_left(ordered, block.start)
        if at < len(ordered) and ordered[at] < block.end:
            scope = None  # an agreement of the letter begins: its text is its own
            continue
        if not block.lines:
            scope = None  # a repeated heading left out: what follows is not the annex's
            continue
        if _is_heading(block):
            inside = tuple(dict.fromkeys(a.area for a in named if block.holds(a.start)))
            scope = (block.text, inside) if inside else None
            continue
        if scope is None:
            continue
        heading, inside = scope
        body = text[block.start : block.end]
        for number, a, b in pointed_numbers(body):
            for area in inside:
                if (number, area) in seen:
                    continue
                seen.add((number, area))
                found.append(
                    AreaReference(
                        number=number,
                        area=area,
                        start=block.start + a,
                        end=block.start + b,
                        heading=heading,
                        block_start=block.start,
                        block_end=block.end,
                    )
                )
    return found
