"""Shapes of motions and commitments the sentence reading of ``entities`` misses or repeats.

A table drawn with characters wraps a cell over several lines:

    | 05 | Rondvraag | De minister zegt toe de Kamer te     | IenM |
    |    |           | informeren over de motie van het lid |      |
    |    |           | Jansen (kst. 31 000 A nr. 12)         |      |

Read line by line, "motie" and its Kamerstuk stand on different lines and neither line names
one motion. Joined cell by cell, the row's column reads as the sentence it was written as.

A motion named once by all its members ("de motie van de leden Smit en De Boer") is often named
again by the first one with a slash ("de motie-Smit/De Boer"): the same motion, not a second.
A promise to report later, told right after a listed commitment in the same list item ("c)
Toezegging aan het lid X (…). Stand: loopt; ik stuur u de raming in mei."), is that commitment.
Minutes may put the verb first: "Op een vraag van X zegt de minister toe de Kamer … te
informeren".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

from .announced_promises import asks_by_motion, only_sends
from .textutil import iter_lines

__all__ = ["INVERTED_PROMISE", "first_member", "grid_motions", "promise_near", "relisted"]

# "Op een vraag van X zegt de minister toe de Tweede Kamer … te informeren": minutes put the
# verb first when a phrase opens the sentence (a regex part for the promise patterns).
INVERTED_PROMISE = (
    r"\bzeg(?:t|gen|den?)\s+(?:de|het)\s+(?:minister|staatssecretaris|bewindspersonen?|kabinet)\s+"
    r"(?:[\w&.]+\s+){0,3}?toe\b"
)


# A content line of a drawn table: it opens and closes with a cell border.
_ROW_LINE = re.compile(r"^[ \t]*[|│┃].*[|│┃][ \t]*$")
_CELL_BORDER = re.compile(r"[|│┃]")
_MOTION = re.compile(r"\b(?:kamer)?motie\b", re.IGNORECASE)
_MEMBER = re.compile(
    r"\b(?:lid|leden|motie-?)\s*(?P<name>(?:(?:van|de|der|den)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+)"
)
# (a separator starts only at the first blank of a run: a run of thousands of blanks is then
# crossed once, not once from each of its blanks)
_SEPARATORS = re.compile(r"(?<!\s)\s*+(?:/|,|\ben\b|\bc\.s\.)\s*+")


def first_member(name: str) -> str:
    """ "Smit en De Boer", "Smit/De Boer", "Smit c.s." -> "Smit": the member named first."""
    return _SEPARATORS.split(name.strip(), maxsplit=1)[0].strip()


def _rows(text: str, lines: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The rows of drawn tables: a content line with a first cell opens one, a line whose
    first cell is empty continues it, a border or other line ends it."""
    rows: list[list[tuple[int, int]]] = []
    open_row: list[tuple[int, int]] | None = None
    for start, end in lines:
        line = text[start:end]
        if not _ROW_LINE.match(line):
            open_row = None
            continue
        cells = _CELL_BORDER.split(line)
        if open_row is not None and len(cells) > 2 and not cells[1].strip():
            open_row.append((start, end))
            continue
        open_row = [(start, end)]
        rows.append(open_row)
    return rows


def _columns(text: str, row: list[tuple[int, int]]) -> list[str]:
    """Each column of a row with its wrapped lines joined."""
    columns: list[list[str]] = []
    for start, end in row:
        cells = _CELL_BORDER.split(text[start:end])[1:-1]
        for index, cell in enumerate(cells):
            if index == len(columns):
                columns.append([])
            if cell.strip():
                columns[index].append(cell.strip())
    return [" ".join(parts) for parts in columns]


def grid_motions(text: str, document: Any, found: list[Any], make: Callable[..., Any]) -> list[Any]:
    """One motion per Kamerstuk that a wrapped cell of ``document`` cites after the word
    "motie"; ``make(kind, kamerstuk, member, words, document, start, end)`` builds the item.
    A motion read from one of the row's lines without its Kamerstuk is taken out of ``found``
    (it is this motion); a row whose lines gave a motion with a Kamerstuk is left alone."""
    out: list[Any] = []
    known = {item.kamerstuk for item in found if item.kind == "motie" and item.kamerstuk}
    for row in _rows(text, iter_lines(text, document.start, document.end)):
        start, end = row[0][0], row[-1][1]
        inside = [i for i in found if i.kind == "motie" and i.start < end and start < i.end]
        if len(row) < 2 or any(item.kamerstuk for item in inside):
            continue
        for column in _columns(text, row):
            motion = _MOTION.search(column)
            cites = find_kamerstukken(column[motion.end() :]) if motion else []
            for cite in [c for c in cites if c.kst_id not in known]:
                known.add(cite.kst_id)
                member = _MEMBER.search(column, motion.start())
                name = member.group("name") if member else None
                out.append(make("motie", cite.kst_id, name, column, document, start, end))
                for item in inside:
                    found.remove(item)
                inside = []
    return out


def promise_near(
    text: str, items: list[Any], before: tuple[int, int], span: tuple[int, int]
) -> bool:
    """Whether the sentence at ``span`` names no new commitment: one already read holds it; it
    only sends the answer to a motion that the sentence ``before`` it says asks for it; or a
    list item that names a commitment is the sentence ``before`` it and goes on in it ("c)
    Toezegging aan het lid X (…): kosten. Stand: loopt; ik stuur u de raming in mei.")."""
    start, end = span
    if only_sends(text[start:end]) and asks_by_motion(text[before[0] : before[1]]):
        return True  # "De motie-X vraagt om een overzicht. Dat stuur ik u voor 1 juni."
    promises = [item for item in items if item.kind == "toezegging"]
    if any(item.start < end and start < item.end for item in promises):
        return True
    if before[1] > start or "\n\n" in text[before[1] : start] or _LIST_MARK.match(text, start):
        return False
    return any(
        item.start == before[0] and item.end == before[1] and _LISTED_PROMISE.match(item.text)
        for item in promises
    )


# An item of a list: "c) Toezegging aan het lid X", "2. Toezegging …", "- Toezegging …".
_LIST_MARK = re.compile(r"[ \t]*(?:[a-z]|\d{1,2})[.)][ \t]|[ \t]*[-•*▪–☐☑☒✓✔][ \t]")
_LISTED_PROMISE = re.compile(
    rf"(?:{_LIST_MARK.pattern})[^.;]*?\btoe(?:zegging|gezegd)", re.IGNORECASE
)


# "commissiedebat MIRT van 7 februari 2024", "(commissiedebat MIRT, 7 feb. 2024)": a debate by
# its kind, day and month.
_DEBATE_DAY = re.compile(
    r"\b(?P<kind>commissiedebat|notaoverleg|wetgevingsoverleg|algemeen\s+overleg|AO|CD|WGO)\b"
    r"[^()\d.;]{0,30}?(?P<day>\d{1,2})\s+(?P<month>[a-z]{3})[a-z]*\.?",
    re.IGNORECASE,
)


def _debate_day(words: str) -> tuple[str, str, str] | None:
    found = _DEBATE_DAY.search(words)
    if found is None:
        return None
    kind = " ".join(found.group("kind").lower().split())
    month = found.group("month").lower()
    return kind, found.group("day"), "mrt" if month == "maa" else month  # "maart", "mrt."


def relisted(kind: str, sentence: str, items: list[Any]) -> bool:
    """Whether a listed commitment ("b) Toezegging aan het lid X (commissiedebat MIRT, 7 feb.
    2024): …") is the one the letter's own sentences named before from the same debate ("In het
    commissiedebat MIRT van 7 februari 2024 heb ik u … toegezegd"): counted once."""
    if kind != "toezegging" or not _ENTRY.match(sentence):
        return False
    debate = _debate_day(sentence)
    if debate is None:
        return False
    earlier = [
        item for item in items if item.kind == "toezegging" and _debate_day(item.text) == debate
    ]
    return len(earlier) == 1 and not _ENTRY.match(earlier[0].text)


# An entry of a list of commitments: "b) Toezegging aan …", or "Toezegging aan …" after its mark.
_ENTRY = re.compile(rf"(?:{_LIST_MARK.pattern})?[ \t]*toezegging\b", re.IGNORECASE)
