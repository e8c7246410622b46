"""Lines of several labelled values on one row ("Trekker: EZK — Gereed: 2024 — Middelen: p.m.").

An agenda puts an action's owner, time and means on one line under its heading, and the
sentence saying what is done on the next. The row ends where its last value ends, even after
an abbreviation ("p.m."): the next line never continues it. Cleaning keeps the two apart and
agreements take the sentence under the row as the action's commitment.
"""

from __future__ import annotations

import re

__all__ = ["is_bare_label_row", "is_label_row"]

_LABEL = r"[A-Za-zÀ-ÿ]+(?:[ \t][A-Za-zÀ-ÿ]+)?[ \t]*:[ \t]*\S"
# "Trekker: … — Gereed: … — Middelen: …", "Wie: … | Wanneer: …", "Trekker: …; Gereed: …"
_ROW = re.compile(rf"^[ \t]*{_LABEL}[^\n]*?(?:[ \t][—–|][ \t]|;[ \t])[ \t]*{_LABEL}")

# "trekker provincie — gereed 2026 — budget € 2 mln": an action's property words without
# colons, each before its value, the cells apart by a dash or a bar; a row of its own.
_PROPERTY = (
    r"(?i:trekker|eigenaar|verantwoordelijke?|wie|gereed|wanneer|termijn|planning|deadline|"
    r"budget|middelen|kosten|financiering|dekking|status)"
)
_BARE_ROW = re.compile(
    rf"^[ \t]*+{_PROPERTY}[ \t]+[^\n—–|:]{{1,60}}?[ \t][—–|][ \t]+{_PROPERTY}[ \t]+\S"
)

# "projectnummer:  HWN-ZN-012", "stand per:      1 mei 2030": a label and its value set apart
# by a gap, as a page's data block aligns them (the label may be in lower case).
_ALIGNED = re.compile(r"^[ \t]*[A-Za-zÀ-ÿ][\w-]*(?:[ \t][\w-]+){0,2}:[ \t]{2,}\S")
# "=====", "-----": a rule under a title.
_RULE = re.compile(r"^[ \t]*(?:={3,}|-{3,}|_{3,})[ \t]*$")


def is_label_row(line: str, following: str = "") -> bool:
    """Whether ``line`` holds two labelled values or more, apart by a dash, bar or semicolon;
    or, with the ``following`` line, whether that line is an aligned label row of a data block
    under another one or under a title's rule (it continues neither)."""
    if _ROW.match(line) is not None:
        return True
    return bool(
        following and _ALIGNED.match(following) and (_ALIGNED.match(line) or _RULE.match(line))
    )


def is_bare_label_row(line: str) -> bool:
    """Whether ``line`` is a row of an action's properties written without colons ("trekker
    gemeente — gereed 2027 — budget p.m."): a line of its own, never glued to its sentence."""
    return _BARE_ROW.match(line) is not None
