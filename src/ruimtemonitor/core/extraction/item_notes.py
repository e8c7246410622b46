"""Notes under a list that point back to one of its items by number.

A table or list of items may be followed by notes on single items: "Toelichting bij 3.3: de
overkapping is in juni 2014 in gebruik genomen.", "Opmerking bij punt 2: …", "Ad 4.1: …".
Such a note speaks of the item it names, not of the item it happens to stand under: it ends
the unit of the item above it, and it may state the phase of the project the named item
reports on.
"""

from __future__ import annotations

import re

__all__ = ["NOTE_ON_ITEM", "note_on_item"]

# "Toelichting bij 3.3:", "Opmerking bij punt 2 –", "Noot bij 4.1a:", "Ad 2.2:", "Bij 3.3:":
# a note's label and the number of the item it is about.
NOTE_ON_ITEM = re.compile(
    r"^[ \t]*(?:(?:toelichting|opmerking|noot|nb|n\.b\.|kanttekening)[ \t]+(?:bij|op)[ \t]+"
    r"|ad[ \t]+|bij[ \t]+)(?:(?:punt|item|nr\.?|regel|rij)[ \t]+)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)[ \t]*(?::|[–—-][ \t])[ \t]*",
    re.IGNORECASE,
)


def note_on_item(line: str) -> str | None:
    """The number of the item a note line points to ("Toelichting bij 3.3: …" → "3.3")."""
    match = NOTE_ON_ITEM.match(line)
    return match.group("number") if match else None
