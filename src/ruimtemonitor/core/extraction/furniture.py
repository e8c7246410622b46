"""Detect page furniture: page numbers, running headers/footers and repeated side columns.

These lines carry no content but break sentences, agreements and bullets in
two. Detection works with real page boundaries (PDF pages, form feeds) and
without them (plain text from a PDF with the form feeds lost), where a block of
short lines that keeps coming back — "Ministerie van / ... / Kenmerk / ... /
Pagina 4 van 16" — gives itself away by repetition.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations

from .patterns import AFSPRAAK_LINE, DEPARTMENTS_LINE, PAGE_NUMBER, TYPE_LINE

__all__ = ["find_furniture", "find_page_numbers"]

_DIGITS = re.compile(r"\d+")
_FOOTER = re.compile(
    r"^[^\n]{1,110}?[ \t|·–-](?:pagina|blz\.?|page)[ \t]*\d{1,4}[ \t]*(?:van|of|/)[ \t]*"
    r"\d{1,4}[ \t]*$",
    re.IGNORECASE,
)
# The colophon and running footer of a printed Kamerstuk: "kst-35925-A-12", "ISSN 0921 -
# 7371", "'s-Gravenhage 2021", "Tweede Kamer, vergaderjaar 2021–2022, 35 925 A, nr. 12   1".
_PRINT_LINE = re.compile(
    r"^(?:kst-\d{4,6}(?:-[A-Z]{1,6})?-\d{1,4}|ISSN[ \t]+\d{4}[ \t]*-[ \t]*\d{3}[\dX]|"
    r"['’]s-Gravenhage[ \t]+(?:19|20)\d{2}|"
    r"(?:Tweede|Eerste)[ \t]+Kamer,[ \t]+vergaderjaar[ \t]+\d{4}[–-]\d{4},[^\n]{1,60}?)$"
)
# A footnote rule ("_______________") separates the page's footnotes; it is no content.
# "__________", "----------", and the rule under a header of columns aligned with spaces
# ("---  ------------  ------"): one run of dashes per column.
RULE = re.compile(
    r"^[ \t]*[_]{5,}[ \t]*$|^[ \t]*[-–—]{10,}[ \t]*$|^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$"
)
_SHORT = 60
# A line that is one number cell of a table: "27.000", "96,5", "1.034.000".
_NUMBER_CELL = re.compile(r"^(?:€[ \t]*)?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_ZONE = 3


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def find_page_numbers(text: str, lines: list[tuple[int, int]]) -> dict[int, str]:
    """Map line index → "page_number" for "Pagina 4 van 16", "- 4 -" and lone figures."""
    stripped = [text[s:e].strip() for s, e in lines]
    found = {
        index: "page_number"
        for index, line in enumerate(stripped)
        if line and PAGE_NUMBER.match(line) and _isolated(stripped, index, line)
    }
    for index, line in enumerate(stripped):
        if index not in found and (
            (_FOOTER.match(line) and not _SUBJECT_LABEL.match(line)) or _PRINT_LINE.match(line)
        ):
            found[index] = "page_footer"  # "Afsprakenlijst BO MIRT Zuid   Pagina 3 van 4"
        elif index not in found and _bar_footer(text, lines[index][1], line):
            found[index] = "page_footer"  # "Uitvoeringsagenda Noord 2030 | 2" over a page break
        elif index not in found and _page_header(text, lines[index][0], line):
            found[index] = "page_footer"  # "BOL Zuidwest - 20 november 2019    pag. 2" atop a page
    return found


# "Onderwerp: MIRT-brief najaar 2013        Pagina 1 van 2": a letterhead puts the page count
# beside the subject; the line is the letter's subject, no running footer.
_SUBJECT_LABEL = re.compile(r"^(?:onderwerp|betreft)[ \t]*:", re.IGNORECASE)


# "Ruimtelijk Arrangement Noord 2031 | 1", "Afsprakenlijst BOL · 2": a footer that ends in the
# page number after a bar or a middle dot.
_BAR_FOOTER = re.compile(r"^[^|·\n]{3,110}?[ \t]*[|·][ \t]*\d{1,3}[ \t]*$")


# "BOL Zuidwest  -  20 november 2019          pag. 2": a running header whose page number
# stands apart at the right, without "van N".
_PAGE_HEADER = re.compile(
    r"^[^\n]{3,110}?[ \t]{2,}(?:pag(?:ina)?\.?|blz\.?|page)[ \t]*\d{1,4}$", re.I
)


def _page_header(text: str, start: int, line: str) -> bool:
    """A header of that shape as the first line of a page (a form feed before it)."""
    return "\f" in text[max(0, start - 2) : start + 2] and bool(_PAGE_HEADER.match(line))


def _bar_footer(text: str, end: int, line: str) -> bool:
    """A footer of that shape as the last line of a page (a form feed follows it)."""
    return "\f" in text[end : end + 4] and bool(_BAR_FOOTER.match(line))


def find_furniture(
    text: str,
    lines: list[tuple[int, int]],
    line_pages: list[int],
    page_count: int,
    drop: dict[int, str],
    protected: set[int],
) -> None:
    """Add running headers/footers and repeated side-column lines to ``drop`` (index → reason).

    ``protected`` lines (footnote bodies) are never furniture, however often their shape repeats.
    """
    stripped = ["" if i in protected else text[s:e].strip() for i, (s, e) in enumerate(lines)]
    for index, line in enumerate(stripped):
        if RULE.match(line):
            drop.setdefault(index, "footnote_rule")
    if page_count >= 3:
        _running_lines(stripped, line_pages, page_count, drop)
    _repeated_clusters(stripped, drop)


def _isolated(stripped: list[str], index: int, line: str) -> bool:
    """A bare figure is a page number only when it stands alone between blank lines or edges."""
    if not line[:1].isdigit() and line[:1] not in "-–—":
        return True  # "Pagina 4 van 16" needs no context
    if " " in line.strip("-–— ") and ("van" in line or "/" in line):
        return True
    before = stripped[index - 1] if index > 0 else ""
    after = stripped[index + 1] if index + 1 < len(stripped) else ""
    if _NUMBER_CELL.match(before) and line[:1].isdigit():
        return False  # the last cell of a table flattened one cell per line ("27.000" / "378")
    return not before or not after


def _running_lines(
    stripped: list[str], line_pages: list[int], page_count: int, drop: dict[int, str]
) -> None:
    by_page: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(stripped):
        if line:
            by_page[line_pages[index]].append(index)
    zones: dict[int, list[int]] = {}
    counts: Counter[str] = Counter()
    for page, indexes in by_page.items():
        zone = indexes[:_ZONE] + indexes[-_ZONE:]
        zones[page] = zone
        for key in {_key(stripped[i]) for i in zone if len(stripped[i]) <= 120}:
            counts[key] += 1
    threshold = max(3, page_count // 2)
    frequent = {key for key, count in counts.items() if count >= threshold}
    for zone in zones.values():
        for index in zone:
            if _key(stripped[index]) in frequent:
                drop.setdefault(index, "running_header")


def _repeated_clusters(stripped: list[str], drop: dict[int, str]) -> None:
    """Drop blocks of short, often-repeated lines that recur together (a side column per page)."""
    counts = Counter(_key(line) for line in stripped if line and len(line) <= _SHORT)
    candidate = [
        bool(line)
        and (
            drop.get(i) == "page_number"
            or (len(line) <= _SHORT and counts[_key(line)] >= 2 and not _content_shape(line))
        )
        for i, line in enumerate(stripped)
    ]
    clusters: list[tuple[list[int], set[str]]] = []
    index = 0
    while index < len(stripped):
        if not candidate[index]:
            index += 1
            continue
        end = index
        members: list[int] = []
        while end < len(stripped) and (candidate[end] or not stripped[end]):
            if candidate[end]:
                members.append(end)
            end += 1
        keys = {_key(stripped[i]) for i in members if drop.get(i) != "page_number"}
        clusters.append((members, keys))
        index = end
    for members, _keys in _recurring(clusters):
        for member in members:
            drop.setdefault(member, "letterhead")


_SMALL_CLUSTER = 12


def _recurring(
    clusters: list[tuple[list[int], set[str]]],
) -> Iterator[tuple[list[int], set[str]]]:
    """The clusters that share at least three lines with another cluster.

    Comparing every cluster with every other grew with the square of the number of pages.
    Instead clusters with the same lines are taken together (a side column repeated on every
    page is one set of lines, held by many clusters), and every three lines of a small set
    are counted once per cluster: two clusters share three lines exactly when such a triple
    is counted twice. Large sets (rare: a long run of repeated short lines) are compared with
    the other distinct sets through an index of their lines.
    """
    holders: dict[frozenset[str], list[int]] = {}
    for position, (_, keys) in enumerate(clusters):
        if len(keys) >= 3:
            holders.setdefault(frozenset(keys), []).append(position)
    distinct = list(holders)
    triples: Counter[tuple[str, ...]] = Counter()
    by_line: dict[str, list[int]] = {}  # line -> distinct sets that hold it
    by_line_large: dict[str, list[int]] = {}  # line -> large distinct sets that hold it
    for number, keys in enumerate(distinct):
        for key in keys:
            by_line.setdefault(key, []).append(number)
            if len(keys) > _SMALL_CLUSTER:
                by_line_large.setdefault(key, []).append(number)
        if len(keys) <= _SMALL_CLUSTER:
            for triple in combinations(sorted(keys), 3):
                triples[triple] += len(holders[keys])
    recurring: set[int] = set()
    for number, keys in enumerate(distinct):
        small = len(keys) <= _SMALL_CLUSTER
        found = len(holders[keys]) >= 2 or (
            small and any(triples[t] >= 2 for t in combinations(sorted(keys), 3))
        )
        if not found:
            # Three lines shared with a large set, or this set is large itself.
            index = by_line_large if small else by_line
            shared = Counter(
                other for key in keys for other in index.get(key, ()) if other != number
            )
            found = any(count >= 3 for count in shared.values())
        if found:
            recurring.update(holders[keys])
    for position in sorted(recurring):
        yield clusters[position]


def _content_shape(line: str) -> bool:
    return bool(AFSPRAAK_LINE.match(line) or TYPE_LINE.match(line) or DEPARTMENTS_LINE.match(line))
