"""Lines of several labelled values on one row ("Trekker: EZK — Gereed: 2024 — Middelen: p.m.").

An agenda puts an action's owner, time and means on one line under its heading, and the
sentence saying what is done on the next. The row ends where its last value ends, even after
an abbreviation ("p.m."): the next line never continues it. Cleaning keeps the two apart and
agreements take the sentence under the row as the action's commitment.
"""

from __future__ import annotations

import re

__all__ = ["is_label_row"]

_LABEL = r"[A-Za-zÀ-ÿ]+(?:[ \t][A-Za-zÀ-ÿ]+)?[ \t]*:[ \t]*\S"
# "Trekker: … — Gereed: … — Middelen: …", "Wie: … | Wanneer: …", "Trekker: …; Gereed: …"
_ROW = re.compile(rf"^[ \t]*{_LABEL}[^\n]*?(?:[ \t][—–|][ \t]|;[ \t])[ \t]*{_LABEL}")


def is_label_row(line: str) -> bool:
    """Whether ``line`` holds two labelled values or more, apart by a dash, bar or semicolon."""
    return _ROW.match(line) is not None
