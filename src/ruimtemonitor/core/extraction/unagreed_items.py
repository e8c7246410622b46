"""Numbered items that agree nothing though written like agreements.

An "Afspraak 5: … (achtergrond)" item tells what happened and closes by saying nothing was
agreed ("Geen afspraken."); an "Afspraak 1: Opening en verslag" item adopts the minutes in a
sentence of prose. Without a formula sentence neither is an agreement. (An item "Verslag" of
its own, or minutes adopted in a bullet, may be written as an agreement and is left alone.)
"""

from __future__ import annotations

import re

from .patterns import BULLET_GLYPH, NOTHING_AGREED, agreement_formulas

__all__ = ["unagreed_item"]

# "Opening en verslag", "Mededelingen": a meeting's opening
_OPENING = re.compile(r"^(?:opening|mededelingen)\b", re.IGNORECASE)


def unagreed_item(title: str, body: str) -> bool:
    """Whether a numbered item titled ``title`` over ``body`` agrees nothing (rules above)."""
    if agreement_formulas(body):
        return False
    last = re.split(r"(?<=[.;])\s+", body.strip())[-1]
    if NOTHING_AGREED.match(last):
        return True  # "… zijn uitgevoerd. Geen afspraken."
    bulleted = any(BULLET_GLYPH.match(line.strip()) for line in body.splitlines())
    return _OPENING.match(title) is not None and not bulleted
