"""Marks of a page exported as Markdown, left out of the clean text.

A project page or list saved as Markdown heads its sections "## 2. Titel", puts labels in
bold ("**Afspraak:**") and a stamp line in italics ("_Laatste wijziging: …_"); a page from a
wiki heads them "== Titel ==". Cleaning
leaves these marks out the way it leaves out glued footnote markers: the words stay, and
every clean character still maps back to the original.
"""

from __future__ import annotations

import re

__all__ = ["markdown_marks", "wiki_heading"]

# A page exported as Markdown: "## 2. Titel" headings, "**Afspraak:**" in bold and
# "_Laatste wijziging: …_" lines in italics. The marks go, the words stay.
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_MD_BOLD = re.compile(r"(\*\*|__)(?=[^\s*_])[^\n*]{1,200}?(?<=[^\s*_])\1")
# "== Traverse X (N31) ==", "=== Planning ===": a heading in wiki mark-up, the same number of
# equals signs on both sides. The signs and the blanks beside them go, the title stays.
_WIKI_HEADING = re.compile(
    r"^([ \t]*(={2,6})[ \t]*)[^\s=][^=\n]{0,118}?(?<=[^\s=])([ \t]*\2[ \t]*)$", re.M
)
_MD_ITALIC_LINE = re.compile(r"^[ \t]*_(?=[^\s_])[^_\n]{1,200}(?<=[^\s_])_[ \t]*$", re.M)


def markdown_marks(text: str) -> list[tuple[int, int, int]]:
    """The spans of Markdown marks to leave out of the clean text (as footnote markers are)."""
    marks = [(m.start(), m.end(), -1) for m in _MD_HEADING.finditer(text)]
    for match in _MD_BOLD.finditer(text):
        width = len(match.group(1))
        marks += [
            (match.start(), match.start() + width, -1),
            (match.end() - width, match.end(), -1),
        ]
    for match in _MD_ITALIC_LINE.finditer(text):
        first = text.index("_", match.start())
        marks += [(first, first + 1, -1), (match.end() - 1, match.end(), -1)]
    for match in _WIKI_HEADING.finditer(text):
        marks += [(match.start(1), match.end(1), -1), (match.start(3), match.end(3), -1)]
    return marks


def wiki_heading(line: str) -> bool:
    """Whether ``line`` is a heading in wiki mark-up ("== Titel =="): the paragraph under it is
    never glued on, however long the title with its signs."""
    return _WIKI_HEADING.match(line.rstrip("\n")) is not None
