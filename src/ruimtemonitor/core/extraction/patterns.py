"""Regular expressions for the line shapes letters use: bullets, headings, agreement blocks.

Cleaning needs them to know which line breaks are real (never join a wrapped
line onto a bullet or a heading) and structure parsing needs the same shapes to
build the tree, so they live in one place.
"""

from __future__ import annotations

import re

__all__ = [
    "AFSPRAAK_LINE",
    "BULLET_GLYPH",
    "DEPARTMENTS_LINE",
    "ENUMERATOR",
    "NUMBERED_HEADING",
    "PAGE_NUMBER",
    "REMARK_LINE",
    "TYPE_LINE",
    "is_structural",
    "parse_types",
]

# Dash, bullet, minus, en dash, private-use Wingdings glyphs (U+F0xx), squares, Word's "o".
BULLET_GLYPH = re.compile(
    r"^(?P<glyph>[-•−–—▪■□◦●○‣⁃∙·*\uf000-\uf0ff]|o(?=\s+\S))[ \t\u00a0]*(?=[\w(‘'\"“€])"
)
ENUMERATOR = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+\S")
NUMBERED_HEADING = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,4})(?P<dot>\.?)[ \t]+(?P<title>[A-ZÀ-Ý‘'\"“(][^\n]*)$"
)
AFSPRAAK_LINE = re.compile(
    r"^Afspraak[ \t]+(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]*:?[ \t]*(?P<title>[^\n]*)$",
    re.IGNORECASE,
)
_TYPE_WORD = r"(?:beleids|onderzoeks|uitvoerings|proces)(?:afspraak|afspraken|-)"
TYPE_LINE = re.compile(
    rf"^{_TYPE_WORD}(?:[ \t]*(?:/|,|&|\+|en|of)[ \t]*{_TYPE_WORD})*[ \t]*\.?$", re.IGNORECASE
)
DEPARTMENTS_LINE = re.compile(
    r"^(?:betrokken\s+)?(?:departementen|ministeries)[ \t]*:[ \t]*(?P<list>[^\n]*)$", re.IGNORECASE
)
REMARK_LINE = re.compile(r"^\([^\n]*\)\.?$")
PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:(?:pagina|page|blz\.?|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:van|of|/)[ \t]*\d{1,4})?"
    r"|\d{1,4}[ \t]*(?:van|/)[ \t]*\d{1,4}"
    r"|[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?)[ \t]*$",
    re.IGNORECASE,
)

_TYPE_STEM = re.compile(r"(beleids|onderzoeks|uitvoerings|proces)", re.IGNORECASE)


def parse_types(line: str) -> tuple[str, ...]:
    """Agreement types in a type line, lower-case and in order: "Onderzoeks- en beleidsafspraak"."""
    seen: list[str] = []
    for match in _TYPE_STEM.finditer(line):
        word = match.group(1).lower() + "afspraak"
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def is_structural(line: str) -> bool:
    """True for lines that start something new and must never be glued onto the line above."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(
        BULLET_GLYPH.match(stripped)
        or ENUMERATOR.match(stripped)
        or AFSPRAAK_LINE.match(stripped)
        or TYPE_LINE.match(stripped)
        or DEPARTMENTS_LINE.match(stripped)
        or REMARK_LINE.match(stripped)
        or _is_heading_number(stripped)
    )


def _is_heading_number(line: str) -> bool:
    match = NUMBERED_HEADING.match(line)
    if match is None:
        return False
    return "." in match.group("number") or bool(match.group("dot")) or len(line) < 90
