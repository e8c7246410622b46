"""Pieces of regex grammar and small text helpers shared by the Dutch value parsers.

PDF-extracted letters wrap phrases anywhere: "€ 1.145" ends one line and "mln." starts
the next, often with an empty line between (the MIRT-brief extracts with a blank line
after every line). ``GAP`` is the whitespace we allow *inside* one value: spaces, or a
line break with at most one blank line. A larger gap (a page break, a letterhead block)
ends the value, so two unrelated numbers on different pages never join.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPACE = r"[ \t\u00a0\u2009\u202f]"
# One run of spaces and/or a line break, with at most one blank line in between.
GAP = rf"(?:{_SPACE}+(?:\r?\n{_SPACE}*){{0,2}}|(?:\r?\n{_SPACE}*){{1,2}})"
# The same, but optional.
OPT_GAP = rf"(?:{GAP})?"
# Letters as they occur in Dutch names (ë, ï, â, ú …), upper and lower case.
UPPER = r"A-ZÀ-ÖØ-Þ"
LOWER = r"a-zß-öø-ÿ"


def collapse_spaces(text: str) -> str:
    """Whitespace (including line breaks) folded to single spaces, for names and keys."""
    return " ".join(text.split())


def slugify(text: str) -> str:
    """ASCII kebab-case slug: "Súdwest-Fryslân" -> "sudwest-fryslan", "'s-Hertogenbosch" ->
    "s-hertogenbosch"; used for municipalities and regions that have no reference entry."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    out: list[str] = []
    for char in ascii_text:
        if char.isalnum():
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def trie_regex(alternatives: list[list[str]]) -> str:
    """Alternatives (each a list of regex fragments, one per character) as a prefix tree.

    Python's regex engine tries alternatives one by one; sharing prefixes means the text
    is compared once per character instead of once per name, and longer names are tried
    before their prefixes (``"Noord-Holland"`` before ``"Noord"``). Returns ``(?:…)``.
    """
    root: dict[str, dict] = {}
    for fragments in alternatives:
        node = root
        for fragment in fragments:
            node = node.setdefault(fragment, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [fragment + emit(child) for fragment, child in node.items() if fragment]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root) or "(?!)"


def names_pattern(names: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str] | None:
    """One regex for whole-word occurrences of any of ``names`` (group 1 is the name found),
    longest first so "Arnhem-Nijmegen-Foodvalley" wins over "Arnhem"; None for no names."""
    words = sorted({n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w-])({body})(?!\w)", re.IGNORECASE if ignore_case else 0)
