"""Stage 2: turn PDF-extracted text into clean running text, keeping a map to the original.

What goes: page numbers, running headers/footers, repeated side columns
(furniture.py), footnote bodies and their glued markers (footnotes.py, kept as
``Footnote`` records). What changes: words hyphenated across lines are joined,
wrapped lines become one line, bullet glyphs become "• " indented two spaces per
nesting level (so "-", "−" and "" in one list stay distinguishable as levels).
Paragraph breaks, headings and bullets keep their own lines. Every cleaned
character maps back to an original offset through ``CleanText.to_original``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .aligned_tables import aligned_table_lines
from .bullet_indents import outdented_after_bullets
from .footnotes import drop_link_annotations, find_footnotes
from .furniture import RULE, find_furniture, find_page_numbers
from .heading_forms import HEADING_START, code_rows, labelled_head, runs_on, set_off_heading
from .label_rows import is_bare_label_row, is_label_row
from .markdown import markdown_marks
from .ocr_digits import repair_ocr_digits
from .offsets import OffsetMap, OffsetMapBuilder
from .patterns import (
    AFSPRAAK_LINE,
    BULLET_GLYPH,
    DEPARTMENTS_LINE,
    ENUMERATOR,
    LETTER_START,
    REMARK_LINE,
    SENTENCE_OPENS,
    TYPE_LINE,
    is_structural,
)
from .sources import SourceText
from .tables import flat_row
from .textutil import ABBREVIATIONS, iter_lines
from .vertical_tables import cell_starts

__all__ = ["BULLET", "CleanText", "Footnote", "FootnoteMarker", "RemovedBlock", "clean"]

BULLET = "• "
_TERMINAL = (".", "!", "?", ":", ";")
_CONNECTOR_WORDS = (
    "en of de het van een voor met in op te aan die dat om door bij als"
    " naar tot uit over zijn is wordt worden we wij zij ook nog niet maar onder tussen na"
)
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_WIDTH_WINDOW = 12
_FULL_LINE = 0.72
_FULL_UPPER = 0.85
_HEADING_WORDS = 10
_REFERENCE_TAIL = re.compile(r"(?:\bzie(?: ook)?|\bafspraak|\bAfspraak [\d.]+:?|&)$", re.IGNORECASE)
_LABEL_LINE = re.compile(r"^[\w-]+(?: [\w-]+)?:$")
_LABEL_START = re.compile(r"^(?:afspraak|afspraken|conclusie|besluit|actie|vervolg)\s*:", re.I)
_ACTION_LABEL = re.compile(r"^(?:wie|wat|wanneer|trekker|middelen|planning)[ \t]*:", re.I)
_MIN_WRAPPED = 50


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote body, separated from the running text; spans are original offsets."""

    number: int
    text: str
    span: tuple[int, int]
    marker: tuple[int, int]


@dataclass(frozen=True, slots=True)
class FootnoteMarker:
    """Where a glued footnote marker stood: original span and the cleaned offset it was cut at."""

    number: int
    span: tuple[int, int]
    clean_offset: int


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A removed line of page furniture: ``kind`` is page_number, running_header or letterhead."""

    kind: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class CleanText:
    """Clean running text plus everything needed to cite the original."""

    text: str
    offsets: OffsetMap
    source: SourceText
    footnotes: tuple[Footnote, ...]
    markers: tuple[FootnoteMarker, ...]
    removed: tuple[RemovedBlock, ...]
    line_starts: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the cleaned span ``[start, end)``."""
        return self.offsets.to_original(start, end)

    def page_and_line(self, original_offset: int) -> tuple[int, int]:
        """1-based page and 1-based line within that page of an original offset."""
        offset = min(max(original_offset, 0), len(self.source.text))
        page = self.source.page_of(offset)
        page_start = self.source.page_starts[page - 1] if self.source.page_starts else 0
        first = bisect_right(self.line_starts, page_start) - 1
        current = bisect_right(self.line_starts, offset) - 1
        return page, max(1, current - first + 1)

    def footnote(self, number: int, near: int) -> Footnote | None:
        """The footnote ``number`` whose marker is closest before cleaned offset ``near``."""
        best: Footnote | None = None
        for marker, note in zip(self.markers, self.footnotes, strict=True):
            if marker.number == number and marker.clean_offset <= near + 2:
                best = note
        return best


# Words of these letters that a line end often splits, also when the letter uses them only
# once ("5 mil-/joen", "start-/beslissing"): the joined word is known, so the hyphen goes.
_KNOWN_WORDS = frozenset(
    [
        "miljoen",
        "miljard",
        "duizend",
        "honderd",
        "bijdrage",
        "bijdragen",
        "beschikbaar",
        "rijksbijdrage",
        "startbeslissing",
        "voorkeursbeslissing",
        "projectbeslissing",
        "opleveringsbeslissing",
        "tracébesluit",
        "voorkeursalternatief",
        "planuitwerking",
        "verkenning",
        "realisatie",
        "aanbesteding",
        "openstelling",
        "oplevering",
        "bestuursovereenkomst",
        "afsprakenlijst",
        "overeenkomst",
        "uitvoeringsagenda",
        "woningbouw",
        "bereikbaarheid",
        "gemeente",
        "gemeenten",
        "provincie",
        "provincies",
        "ministerie",
        "januari",
        "februari",
        "maart",
        "april",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "voorjaar",
        "najaar",
        "kwartaal",
        "kwartalen",
        "uiterlijk",
        "verwachting",
    ]
)


# The number a footnote body opens with: "3", "(3)", "**", "Noot 3:".
_NOTE_NUMBER = re.compile(r"^(?:[Nn]oot \d{1,3} ?[:.]|\S+) ?")


def clean(source: SourceText) -> CleanText:
    """Clean ``source``; see the module docstring for what is removed and what is joined."""
    text = repair_ocr_digits(source.text)
    lines = list(iter_lines(text))
    line_starts = tuple(start for start, _ in lines)
    line_pages = [source.page_of(start) for start, _ in lines]
    page_first = {i for i in range(1, len(lines)) if line_pages[i] != line_pages[i - 1]}
    drop = find_page_numbers(text, lines)
    line_counts = Counter(" ".join(text[s:e].split()) for s, e in lines if 0 < e - s <= 60)
    repeated = frozenset(key for key, count in line_counts.items() if count >= 2 and key)
    hits = find_footnotes(text, lines, set(drop), page_first, repeated)
    body_lines = {index for hit in hits for index in hit.line_indexes}
    drop_link_annotations(text, lines, hits, drop)
    find_furniture(text, lines, line_pages, len(source.page_starts), drop, body_lines)
    marker_spans = sorted(
        [(hit.marker_start, hit.marker_end, hit.number) for hit in hits] + markdown_marks(text)
    )
    vocabulary = Counter(word.casefold() for word in _WORD.findall(text))

    builder = OffsetMapBuilder(text)
    kept = [i for i in range(len(lines)) if i not in drop and i not in body_lines]
    widths = _local_widths(text, lines, kept)
    paragraphs, blocks = _paragraph_breaks(text, lines, kept)
    # A table flattened one cell per line keeps its cells apart (vertical_tables.py).
    cells = cell_starts([text[lines[i][0] : lines[i][1]].strip() for i in kept])
    blocks |= {kept[position] for position in cells} | outdented_after_bullets(text, lines, kept)
    # A letter of a bundle starts on a new page with its address: never the previous line's end.
    blocks |= {
        index
        for before, index in pairwise(kept)
        if line_pages[index] != line_pages[before]
        and LETTER_START.match(text[lines[index][0] : lines[index][1]].lstrip())
    }
    # A horizontal rule right between two lines ("----------" under a page's header row, over
    # its title), also with a blank line beside it, parts them: the line under it never
    # continues the one above.
    filled = [i for i in kept if text[lines[i][0] : lines[i][1]].strip()]
    blocks |= {
        index
        for before, index in pairwise(filled)
        if 2 <= index - before <= 4
        and any(RULE.match(text[lines[k][0] : lines[k][1]]) for k in range(before + 1, index))
    }
    # The rows and wrapped cells of a table aligned with spaces keep their lines and indents.
    aligned = aligned_table_lines([text[s:e] for s, e in lines])
    glyph_stack: list[str] = []
    marker_clean: dict[tuple[int, int], int] = {}
    previous: int | None = None
    in_bullet = False
    for index in kept:
        start, end = lines[index]
        content_start, content_end = _strip(text, start, end)
        if content_start >= content_end:
            continue
        line_text = text[content_start:content_end]
        if previous is not None and index in aligned and previous in aligned:
            gap_start = _strip(text, *lines[previous])[1]
            breaks = "\n\n" if text.count("\n", gap_start, start) > 1 else "\n"
            builder.insert(breaks + " " * (content_start - start), gap_start, content_start)
            previous = None  # nothing to separate below: the line is emitted as it stands
        joined = previous is not None and _separate(
            builder,
            text,
            lines,
            previous,
            index,
            line_text,
            vocabulary,
            widths,
            paragraphs,
            blocks,
            in_bullet,
        )
        if not joined and not _asterisk_note(text, lines, index, line_text):
            content_start = _emit_bullet(
                builder, text, content_start, content_end, line_text, glyph_stack, start
            )
            in_bullet = bool(BULLET_GLYPH.match(line_text) or ENUMERATOR.match(line_text))
        _copy_without_markers(builder, content_start, content_end, marker_spans, marker_clean)
        previous = index
    clean_text, offsets = builder.build()

    footnotes = tuple(
        Footnote(
            number=hit.number,
            text=_NOTE_NUMBER.sub(
                "",
                " ".join(
                    " ".join(text[lines[i][0] : lines[i][1]].split()) for i in hit.line_indexes
                ),
                count=1,
            ),
            span=(lines[hit.line_indexes[0]][0], lines[hit.line_indexes[-1]][1]),
            marker=(hit.marker_start, hit.marker_end),
        )
        for hit in hits
    )
    markers = tuple(
        FootnoteMarker(
            hit.number,
            (hit.marker_start, hit.marker_end),
            marker_clean.get((hit.marker_start, hit.marker_end), 0),
        )
        for hit in hits
    )
    removed = tuple(RemovedBlock(kind, lines[i]) for i, kind in sorted(drop.items()))
    return CleanText(clean_text, offsets, source, footnotes, markers, removed, line_starts)


_RULE_LINE = re.compile(r"^[ \t]*_{5,}[ \t]*$")


def _asterisk_note(text: str, lines: list[tuple[int, int]], index: int, line_text: str) -> bool:
    """ "* Bovenop de € 4 mln. …" right under a page's "_______" rule: the body of a footnote
    marked with asterisks, not a bullet of the list above the rule."""
    return (
        line_text.startswith("*")
        and index > 0
        and _RULE_LINE.match(text[lines[index - 1][0] : lines[index - 1][1]]) is not None
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u00a0":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0":
        end -= 1
    return start, end


def _local_widths(text: str, lines: list[tuple[int, int]], kept: list[int]) -> dict[int, int]:
    lengths = [len(text[lines[i][0] : lines[i][1]].strip()) for i in kept]
    widths: dict[int, int] = {}
    for position, index in enumerate(kept):
        window = lengths[max(0, position - _WIDTH_WINDOW) : position + _WIDTH_WINDOW + 1]
        widths[index] = max(window) if window else 0
    return widths


def _paragraph_breaks(
    text: str, lines: list[tuple[int, int]], kept: list[int]
) -> tuple[set[int], set[int]]:
    # Blank lines around removed furniture (a page break) say nothing about paragraphs.
    """Kept lines that start a paragraph (more blank lines before them than usual around here)
    and those that start a new block (two or more extra blank lines: never joined upwards).

    Some PDF exports put an empty line after every line; there a paragraph needs two.
    """
    gaps: list[tuple[int, int]] = []
    blanks = 0
    previous = -1
    crossed = False
    for index in kept:
        if index != previous + 1 and any(
            text[lines[i][0] : lines[i][1]].strip() for i in range(previous + 1, index)
        ):
            crossed = True
        previous = index
        if text[lines[index][0] : lines[index][1]].strip():
            gaps.append((index, 0 if crossed else blanks))
            blanks = 0
            crossed = False
        else:
            blanks += 1
    starts: set[int] = set()
    blocks: set[int] = set()
    for position, (index, gap) in enumerate(gaps):
        window = sorted(g for _, g in gaps[max(0, position - 20) : position + 20])
        typical = window[len(window) // 2] if len(window) >= 4 else 0
        if gap > typical:
            starts.add(index)
        if gap >= typical + 2:
            blocks.add(index)
    return starts, blocks


# "(ii) de regio draagt …" after a line that ends a list item: the next item of the list.
_BRACKET_MARK = re.compile(r"^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]+\S")
_NUMBER_CELL = re.compile(
    r"^[ \t]*(?:€[ \t]*)?(?:\d[\d.]*(?:,\d+)?|[-–—]|p\.m\.?|n\.v\.t\.?)[ \t]*$", re.IGNORECASE
)
# "Artikel II – Knooppunt" over "(1) Partijen werken …": a heading's first numbered lid.
_FIRST_MARK_UNDER = re.compile(r"^\((?:a|i|1)\)[ \t]+[A-ZÀ-Ý]")
# "1a;Waalhaven-Oost;De gemeente stelt …;Q4 2026;€ 120 mln": a row exported with semicolons.
_SEMICOLON_ROW = re.compile(r"^[^;\n]*(?:;[^;\n]*){3,}$")
_WIDE_GAP = re.compile(r"\S[ ]{3,}(?=\S)")
_TWO_CELLS = re.compile(r"\S(?:[ \t]{3,}|\t|[ \t]*\|[ \t]*|[ \t]*\.{4,}[ \t]*)\S")  # also "…… 2021"

_FLAT_ROW_END = frozenset("0123456789.-–—")  # flat_row itself looks closer


def _separate(
    builder: OffsetMapBuilder,
    text: str,
    lines: list[tuple[int, int]],
    previous: int,
    index: int,
    line_text: str,
    vocabulary: Counter[str],
    widths: dict[int, int],
    paragraphs: set[int],
    blocks: set[int],
    in_bullet: bool,
) -> bool:
    """Emit what goes between the previous kept line and this one; True when they were joined."""
    prev_start, prev_end = _strip(text, *lines[previous])
    prev_text = text[prev_start:prev_end]
    gap_start, gap_end = prev_end, _strip(text, *lines[index])[0]
    last = builder.last_char()
    # An odd quote in a line that ends a sentence ('… wordt genomen." De verkenning duurt
    # twee jaar.') closed a quotation opened above; it opens nothing.
    ended = prev_text.rstrip().rstrip('"”’)').endswith((".", "!", "?"))
    open_quote = prev_text.count('"') % 2 == 1 and not ended
    open_paren = (
        prev_text.count("(") > prev_text.count(")") or open_quote
    ) and not BULLET_GLYPH.match(line_text)
    current_line = "".join(builder.parts[-12:]).rsplit("\n", 1)[-1].lstrip()
    loose_remark = bool(REMARK_LINE.match(line_text)) and not HEADING_START.match(current_line)
    reference = _REFERENCE_TAIL.search(prev_text) is not None
    # An unbalanced quote or bracket never swallows the next agreement, type line or bullet.
    strong = bool(
        AFSPRAAK_LINE.match(line_text)
        or TYPE_LINE.match(line_text)
        or DEPARTMENTS_LINE.match(line_text)
        or (BULLET_GLYPH.match(line_text) and not prev_text.rstrip().endswith((",", "(")))
        or (
            _BRACKET_MARK.match(line_text)
            and (
                prev_text.rstrip().endswith((";", ":", "."))
                or (_FIRST_MARK_UNDER.match(line_text) and is_structural(prev_text))
            )
        )
    )
    # "2a<TAB>A1 …<TAB>Het Rijk legt een ontwerp-" over "<TAB><TAB>tracébesluit voor.": a cell
    # of a tab-separated row wrapped onto a line of its own; its leading tabs say which cell.
    if _asterisk_note(text, lines, index, line_text):  # a footnote: a paragraph of its own
        builder.insert("\n\n", gap_start, gap_end)
        return False
    raw_start = lines[index][0]
    if text.startswith("\t", raw_start) and "\t" in prev_text:
        tabs = len(text[raw_start:gap_end]) - len(text[raw_start:gap_end].lstrip("\t"))
        builder.insert("\n" + "\t" * tabs, gap_start, gap_end)
        return False
    if text.startswith("    ", raw_start) and len(_WIDE_GAP.findall(prev_text)) >= 2:
        # the same under a row whose cells are aligned with spaces: its indent tells the cell
        builder.insert("\n" + " " * (gap_end - raw_start), gap_start, gap_end)
        return False
    # Two rows of a two-column table ("Tracébesluit        2019"): never one line.
    rows = bool(
        (_TWO_CELLS.search(prev_text) and _TWO_CELLS.search(line_text))
        or (_SEMICOLON_ROW.match(prev_text) and _SEMICOLON_ROW.match(line_text))
    )
    # Two cells of a table flattened one cell per line ("87.000" over "p.m."): never one line.
    rows = rows or bool(_NUMBER_CELL.match(prev_text) and _NUMBER_CELL.match(line_text))
    rows = rows or is_label_row(prev_text, line_text)  # "Trekker: … — Gereed: …" over its sentence
    rows = rows or is_bare_label_row(line_text) or is_bare_label_row(prev_text)  # no colons
    # "A67 Veenweg –   planuitwerking   535   612" over "Kleidorp": the first cell wrapped
    rows = rows or (len(_WIDE_GAP.findall(prev_text)) >= 2 and not _WIDE_GAP.search(line_text))
    # "Onderwerp : Titel      Agendapunt 3" is a heading: the paragraph under it is not glued on
    rows = rows or set_off_heading(prev_text)
    rows = rows or code_rows(prev_text, line_text)  # "S-1 …" over "S-2 …": two table rows
    # Two rows flattened with single spaces ("Veldhoek 1.100 p.m. p.m." over "Oosterkamp 900
    # 12 6"): the abbreviation at the end closes a row, it ends no sentence that wraps.
    rows = rows or bool(
        prev_text[-1:] in _FLAT_ROW_END
        and flat_row(prev_text) is not None
        and flat_row(line_text) is not None
    )
    structural = (
        strong
        or rows
        or (is_structural(line_text) and not open_paren and not loose_remark and not reference)
    )
    if structural or not last or index in blocks:
        builder.insert("\n\n" if index in paragraphs else "\n", gap_start, gap_end)
        return False
    if last == "\u00ad":
        _drop_last_char(builder)
        return True
    if last == "-" and len(prev_text) > 1 and prev_text[-2].isalpha():
        left = _WORD.findall(prev_text[-40:])
        right = _WORD.match(line_text)
        if line_text.split(" ", 1)[0].casefold() in {"en", "of", "tot"}:
            builder.insert(" ", gap_start, gap_end)
        elif (
            left
            and right
            and line_text[0].islower()
            and left[-1][-1].islower()
            and (
                vocabulary[(left[-1] + right.group()).casefold()] > 0
                or (left[-1] + right.group()).casefold() in _KNOWN_WORDS
            )
        ):
            # A hyphen at a line end is a real hyphen unless the joined word occurs elsewhere.
            _drop_last_char(builder)
        return True
    if _ACTION_LABEL.match(line_text) and _ACTION_LABEL.match(current_line):
        # "Wie: … / Wanneer: … / Middelen: …" over "Wat: …": the label lines of an action
        builder.insert("\n", gap_start, gap_end)
        return False
    if _LABEL_LINE.match(line_text) and len(prev_text) < 40 and not in_bullet:
        builder.insert("\n\n" if index in paragraphs else "\n", gap_start, gap_end)
        return False
    lower = line_text[:1].islower() or line_text[:1] == "(" or open_paren
    last_word = prev_text.rsplit(" ", 1)[-1].casefold()
    if lower and (not prev_text.endswith(":") or (open_paren and line_text[:1].islower())):
        wraps = True  # "(nu voorzien:" over "najaar 2026)": the bracket goes on
    elif index in paragraphs and not in_bullet:
        wraps = False
    elif last_word.rstrip(".") in ABBREVIATIONS and prev_text.endswith("."):
        # "… blijft € 4,1 mld." over a blank line and "B2  Titel", or over "Afspraak: …":
        # the item or sentence ended there.
        wraps = index not in paragraphs and not _LABEL_START.match(line_text)
    elif prev_text.endswith(_TERMINAL):
        wraps = False
    elif reference:
        wraps = True
    elif (HEADING_START.match(prev_text) or labelled_head(prev_text)) and not runs_on(prev_text):
        wraps = last_word in _CONNECTORS or open_paren
    else:
        # An upper-case start after a shortish line is more often a heading than a wrap.
        full = _FULL_LINE if lower or len(prev_text.split()) > _HEADING_WORDS else _FULL_UPPER
        heads = previous in paragraphs and SENTENCE_OPENS.match(line_text)  # patterns.py
        wraps = (
            (len(prev_text) >= max(_MIN_WRAPPED, full * widths.get(previous, 0)) and not heads)
            or (prev_text.endswith(",") and len(prev_text) >= _MIN_WRAPPED - 10)
            or last_word in _CONNECTORS
        )
    if wraps:
        builder.insert(" ", gap_start, gap_end)
    else:
        builder.insert("\n\n" if index in paragraphs else "\n", gap_start, gap_end)
    return wraps


def _drop_last_char(builder: OffsetMapBuilder) -> None:
    builder.parts[-1] = builder.parts[-1][:-1]
    builder.length -= 1


def _emit_bullet(
    builder: OffsetMapBuilder,
    text: str,
    start: int,
    end: int,
    line_text: str,
    glyph_stack: list[str],
    line_start: int | None = None,
) -> int:
    """Replace a bullet glyph by indentation plus "• "; return where the copied content starts.

    A new glyph nests one level deeper, except when it stands exactly as far in as the
    glyph above it ("   * …" over "   > …"): then it is a sibling with another mark."""
    match = BULLET_GLYPH.match(line_text)
    if match is None:
        if not ENUMERATOR.match(line_text):
            glyph_stack.clear()
        return start
    indent = start - line_start if line_start is not None else 0
    glyph = match.group("glyph")
    marks = [seen.split("@", 1)[0] for seen in glyph_stack]
    if glyph in marks:
        del glyph_stack[marks.index(glyph) + 1 :]
    elif indent > 0 and glyph_stack and glyph_stack[-1].endswith(f"@{indent}"):
        glyph_stack[-1] = f"{glyph}@{indent}"
    else:
        glyph_stack.append(f"{glyph}@{indent}")
    level = len(glyph_stack) - 1
    builder.insert("  " * level + BULLET, start, start + match.end())
    return start + match.end()


def _copy_without_markers(
    builder: OffsetMapBuilder,
    start: int,
    end: int,
    markers: list[tuple[int, int, int]],
    marker_clean: dict[tuple[int, int], int],
) -> None:
    position = start
    first = bisect_right(markers, (start, -1, -1))
    for marker_start, marker_end, _number in markers[first:]:
        if marker_start >= end:
            break
        builder.copy(position, marker_start)
        marker_clean[(marker_start, marker_end)] = builder.length
        position = marker_end
    builder.copy(position, end)
