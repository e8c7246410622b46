"""Spreadsheet cells from untrusted text: the one rule every export (pages, reports) follows.

Document text is untrusted: a cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) could be run as a formula by a spreadsheet program. Such text gets a leading
apostrophe, which spreadsheet programs show as plain text (CSV injection).
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "neutralise"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text that a spreadsheet would run as a formula, turned into plain text."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
