"""Small text helpers shared by the stages: line iteration and sentence spans.

Kept apart so each stage module stays about one concern; nothing here knows
about agreements or letters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from itertools import accumulate
from typing import Any, TypeVar

__all__ = [
    "ABBREVIATIONS",
    "Spans",
    "iter_lines",
    "normalise_space",
    "once_per_extraction",
    "readings_kept",
    "sentence_spans",
    "spans_to_blank_line",
]

_T = TypeVar("_T")

# The readings kept while one extraction runs: (function, ids of its arguments) to the
# arguments (kept alive, so no other object can take their ids) and the result.
_KEPT: ContextVar[dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] | None] = ContextVar(
    "_KEPT", default=None
)


@contextmanager
def readings_kept() -> Iterator[None]:
    """While this is open, functions marked ``once_per_extraction`` read each document once:
    several steps ask for the same reading of one document (its region lines, its tables,
    its units), and each reading scans the whole document. Nothing is kept after it closes."""
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)


def once_per_extraction(
    function: Callable[..., list[_T]],
) -> Callable[..., list[_T]]:
    """Mark a function of (text, document, …) whose result depends on nothing else: inside
    ``readings_kept`` a second call with the same objects returns the first result (a fresh
    list, so callers may change theirs); outside, it is simply called."""

    @wraps(function)
    def kept(*args: Any) -> list[_T]:
        store = _KEPT.get()
        if store is None:
            return function(*args)
        key = (function, *map(id, args))
        hit = store.get(key)
        if hit is None:
            hit = store[key] = (args, function(*args))
        return list(hit[1])

    return kept


class Spans:
    """Spans ``(start, end)`` asked "does any of you overlap this?" in logarithmic time.

    A letter bundle holds thousands of time phrases and amounts; scanning them all for each
    new one made those steps grow with the square of the document's size.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans that start at or before each position.
        self._ends = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span has ``s < end and start < e`` (the pairs the scans used to test)."""
        index = bisect_left(self._starts, end)
        return index > 0 and self._ends[index - 1] > start

    def contains(self, offset: int) -> bool:
        """Whether a span has ``s <= offset < e``."""
        return self.overlaps(offset, offset + 1)

    def starts_within(self, start: int, end: int) -> bool:
        """Whether a span begins at ``start <= s < end``."""
        index = bisect_left(self._starts, start)
        return index < len(self._starts) and self._starts[index] < end


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\f")


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line in ``text[start:end]``, without its line break."""
    stop = len(text) if end is None else end
    pos = start
    for match in _LINE_BREAK.finditer(text, start, stop):
        yield pos, match.start()
        pos = match.end()
    if pos < stop or pos == start:
        yield pos, stop


def spans_to_blank_line(
    lines: Iterable[tuple[int, str]], end: int, opens: Callable[[str], object]
) -> list[tuple[int, int]]:
    """Blocks of ``lines`` (offset, text): each from a line that ``opens`` one to the next
    blank line, the last one to ``end`` when no blank line closes it."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for at, line in lines:
        if not line.strip():
            if opened is not None:
                spans.append((opened, at))
                opened = None
        elif opened is None and opens(line):
            opened = at
    if opened is not None:
        spans.append((opened, end))
    return spans


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to one space; used for matching, never for output offsets."""
    return " ".join(text.split())


# Abbreviations that end in a dot inside Dutch policy sentences.
_ABBREVIATIONS = (
    "o.a",
    "i.r.t",
    "t.b.v",
    "t.a.v",
    "i.c.m",
    "m.b.t",
    "mbt",
    "nr",
    "nrs",
    "kst",  # "(kst. 34 567 A, nr. 8)": the Kamerstuk, abbreviated
    "ca",
    "mln",
    "mld",
    "bijv",
    "incl",
    "excl",
    "c.s",
    "a.i",
    "e.d",
    "etc",
    "o.m",
    "z.s.m",
    "d.w.z",
    "i.p.v",
    "n.a.v",
    "zgn",
    "resp",
    "jl",
    "dd",
    "vs",
    "m.i.v",
    "t.z.t",
    "p.j",
    "art",
    "blz",
    "e.a",
    "min",
    "ir",
    "dr",
    "mr",
    "drs",
    "prof",
    "ing",
    "mw",
    "dhr",
    "t.o.v",
    "m.b.v",
    "o.b.v",
    "i.v.m",
    "e.e.a",
    "t/m",
    "i.s.m",
    "a.s",
    "z.o.z",
    "m.u.v",
    "n.v.t",
    "o.l.v",
    "p.m",
    "kw",  # "in het 2e kw. 2016": the quarter, abbreviated
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS)
_CANDIDATE_END = re.compile(r"[.!?][’'\")\]]*(?=\s+[A-Z0-9“‘\"(€•-]|\s*$)|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# "… en de gemeente € 3 mln. Start uiterlijk …": an amount in millions may end a sentence;
# its unit is followed by a lower-case word ("mln. bij") when the sentence goes on.
_UNIT_ENDS = frozenset({"mln", "mld", "mrd"})
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans, not breaking after common abbreviations."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _CANDIDATE_END.finditer(text, start, stop):
        if match.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(pos, match.start() - 12), match.start())
            if word and _abbreviation(text, word.group(1), match.end()):
                continue
        cut = match.end() if match.group()[0] != "\n" else match.start()
        if text[pos:cut].strip():
            spans.append(_trim(text, pos, cut))
        pos = match.end()
    if text[pos:stop].strip():
        spans.append(_trim(text, pos, stop))
    return spans


# "medio nov. 2021", "uiterlijk 1 jan. 2026": a month abbreviated before its year.
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
)
_YEAR_NEXT = re.compile(r"[ \t]+(?:19|20)\d{2}\b")
# "(Kamerstuk 34 550-A no. 17)": "no." (numero) before a number; "no" alone is no Dutch word.
_NUMBER_NEXT = re.compile(r"[ \t]*\d")


def _abbreviation(text: str, word: str, after: int) -> bool:
    """Whether the dot after ``word`` marks an abbreviation, not the sentence's end."""
    if word.lower() in _MONTH_ABBREVIATIONS and _YEAR_NEXT.match(text, after):
        return True
    if word.lower() == "no" and _NUMBER_NEXT.match(text, after):
        return True
    if word.lower() in _UNIT_ENDS and _CAPITAL_NEXT.match(text, after):
        return False
    return word.lower() in ABBREVIATIONS or len(word) == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
