"""Bullet items in cleaned text: level, own text, sub-items, span.

Cleaning writes every bullet as two spaces per nesting level plus "• ".
Agreements take their commitments from level-0 items; a commitment's text is
its bullet line plus the plain lines right under it, up to a short heading line after a
finished sentence, and its sub-items ("a.", "b.", deeper bullets) are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cleaning import BULLET
from .patterns import ENUMERATOR
from .textutil import iter_lines, normalise_space

__all__ = ["Item", "Line", "bullet_level", "enumerated_items", "items_in", "lines_in"]

_BULLET_LINE = re.compile(r"^(?P<indent>(?:  )*)" + re.escape(BULLET))


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    blank_before: bool


@dataclass(frozen=True, slots=True)
class Item:
    """A bullet item; ``start``/``end`` cover the item and its sub-items in the cleaned text."""

    level: int
    text: str
    sub_items: tuple[str, ...]
    start: int
    text_end: int
    end: int


def lines_in(text: str, start: int, end: int) -> list[Line]:
    """Non-empty lines of ``text[start:end]`` with whether a blank line precedes them."""
    out: list[Line] = []
    blank = False
    for line_start, line_end in iter_lines(text, start, end):
        content = text[line_start:line_end]
        if not content.strip():
            blank = True
            continue
        out.append(Line(line_start, line_end, content, blank))
        blank = False
    return out


def bullet_level(line: str) -> int | None:
    """The nesting level of a bullet line (0 at the margin), None for a line of text."""
    match = _BULLET_LINE.match(line)
    return len(match.group("indent")) // 2 if match else None


_level = bullet_level


def items_in(text: str, start: int, end: int, level: int = 0) -> list[Item]:
    """Bullet items at ``level`` in ``text[start:end]``, with continuation lines and sub-items."""
    lines = lines_in(text, start, end)
    items: list[Item] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _level(line.text) != level:
            index += 1
            continue
        own = [line.text.strip()[len(BULLET) :].strip()]
        text_end = line.end
        sub_items: list[str] = []
        item_end = line.end
        cursor = index + 1
        while cursor < len(lines):
            candidate = lines[cursor]
            candidate_level = _level(candidate.text)
            stripped = candidate.text.strip()
            if candidate_level is not None and candidate_level <= level:
                break
            if candidate_level is not None or ENUMERATOR.match(stripped):
                sub_items.append(normalise_space(stripped.lstrip("• ")))
            elif _heading_after_sentence(own[-1], stripped):
                break
            elif not candidate.blank_before and not sub_items:
                own.append(stripped)
                text_end = candidate.end
            elif not candidate.blank_before and sub_items:
                sub_items[-1] = f"{sub_items[-1]} {stripped}"
            else:
                break
            item_end = candidate.end
            cursor += 1
        items.append(
            Item(
                level,
                normalise_space(" ".join(own)),
                tuple(sub_items),
                line.start,
                text_end,
                item_end,
            )
        )
        index = cursor
    return items


# A short line without closing punctuation ("Regionale aandachtspunten: Regio West",
# "Financiën") right after a finished sentence is a heading, also where a PDF export leaves
# no blank line between a bullet and the next block.
_SENTENCE_END = re.compile(r"[.!?][)\"'”’]?$")
_CLOSING = re.compile(r"[.,;:!?\"'”’-]$")


def _heading_after_sentence(previous: str, line: str) -> bool:
    """Also a short label over the next items ("De provincie:" after "• neemt … op.")."""
    return (
        bool(_SENTENCE_END.search(previous))
        and line[:1].isupper()
        and len(line) <= 80
        and len(line.split()) <= 8
        and (not _CLOSING.search(line) or (line.endswith(":") and len(line.split()) <= 5))
    )


# "a)", "b.", "1)", bracketed "(i)", "(b)" and "1°", "2°" (primo, secundo); "2.1.a", "3.b)":
# a letter after its item's own number, the number written out before each sub-item.
_ENUMERATED = re.compile(
    r"^(?P<open>\()?(?P<parent>\d{1,2}(?:\.\d{1,2}){0,2}\.(?=[a-z]))?"
    r"(?P<mark>[a-z]|[ivx]{2,4}|\d{1,2})(?(open)\)|(?(parent)[.)]?|(?:[.)]|(?<=\d)°)))\s+"
)
_ROMAN = re.compile(r"^[ivx]{1,4}$")


def _is_roman_sub_item(mark: str, previous: str | None) -> bool:
    """ "i.", "ii." under a lettered item ("a) … met daarin:" over "i. …", "ii. …") are its
    sub-items, not the next letters: only an "i" that follows "h" continues the letters."""
    if not _ROMAN.match(mark) or previous is None or previous.isdigit():
        return False
    return not (len(mark) == 1 and len(previous) == 1 and ord(mark) == ord(previous) + 1)


def _numbered_under_label(mark: str, parent: str, own: list[str]) -> bool:
    """ "1)", "2)" under "b. De provincie en het Rijk:": a lettered line that ends in a colon
    is a label over its numbered sub-items, not followed by the next numbered item."""
    return mark.isdigit() and parent.isalpha() and own[-1].endswith(":")


def enumerated_items(text: str, start: int, end: int) -> list[Item]:
    """Items lettered or numbered "a)", "b.", "1)", "(i)" at the left margin, with their
    continuation lines; bullets and roman marks under a letter are its sub-items. Used where
    a list of agreements is lettered instead of bulleted."""
    lines = lines_in(text, start, end)
    items: list[Item] = []
    index = 0
    roman = False  # a list numbered "(i)", "(ii)", "(iii)" itself, not under a letter
    while index < len(lines):
        line = lines[index]
        mark = _ENUMERATED.match(line.text)
        if mark is not None and not items:
            roman = mark.group("mark") == "i"
        if mark is None or (
            not roman and _ROMAN.match(mark.group("mark")) and len(mark.group("mark")) > 1
        ):
            index += 1
            continue
        own = [line.text[mark.end() :].strip()]
        text_end = item_end = line.end
        sub_items: list[str] = []
        cursor = index + 1
        while cursor < len(lines):
            candidate = lines[cursor]
            stripped = candidate.text.strip()
            sub_mark = _ENUMERATED.match(candidate.text)
            if candidate.blank_before or (
                sub_mark is not None
                and (roman or not _is_roman_sub_item(sub_mark.group("mark"), mark.group("mark")))
                and not _numbered_under_label(sub_mark.group("mark"), mark.group("mark"), own)
            ):
                break
            if _level(candidate.text) is not None or sub_mark is not None:
                sub_items.append(normalise_space(stripped.lstrip("• ")))
            elif sub_items:
                sub_items[-1] = f"{sub_items[-1]} {stripped}"
            else:
                own.append(stripped)
                text_end = candidate.end
            item_end = candidate.end
            cursor += 1
        items.append(
            Item(
                0, normalise_space(" ".join(own)), tuple(sub_items), line.start, text_end, item_end
            )
        )
        index = cursor
    return items if len(items) >= 2 else []
