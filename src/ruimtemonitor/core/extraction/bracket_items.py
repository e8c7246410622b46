"""A numbered item whose agreement is a formula sentence rather than a list of commitments.

An arrangement numbers its articles "(1) Titel", "(2) Titel" …; most hold a list ("i. …",
"ii. …") and are read as numbered agreements, but one may hold a single sentence with the
formula ("(6) Monitoring" over "Afgesproken wordt dat …"). That sentence is then read as an
unnumbered agreement; it is the agreement of the numbered article above it, so it takes that
number and title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .agreement_record import Agreement

__all__ = ["number_formula_items"]

# "(6) Monitoring en bijstelling": a number in brackets and a short title on a line alone.
_ITEM_HEAD = re.compile(
    r"[ \t]*\((?P<number>\d{1,2})\)[ \t]+(?P<title>[^\W\d_][^\n.;:]{2,80})[ \t]*$"
)


def number_formula_items(text: str, agreements: list[Agreement]) -> list[Agreement]:
    """Unnumbered agreements right under a "(N) Titel" line of a document whose articles
    before N are numbered agreements take that number and title (module docstring)."""
    numbers: dict[str, set[int]] = {}
    for agreement in agreements:
        if agreement.number is not None and agreement.number.isdigit():
            numbers.setdefault(agreement.document, set()).add(int(agreement.number))
    if not numbers:
        return agreements
    out: list[Agreement] = []
    for agreement in agreements:
        known = numbers.get(agreement.document)
        if agreement.number is None and known:
            head = _head_above(text, agreement.start)
            if head is not None:
                number = int(head.group("number"))
                if number not in known and any(k < number for k in known):
                    known.add(number)
                    agreement = replace(
                        agreement,
                        number=str(number),
                        title=head.group("title").strip(),
                        start=head.start("number") - 1,
                    )
        out.append(agreement)
    return out


def _head_above(text: str, start: int) -> re.Match[str] | None:
    """The "(N) Titel" line right above the line at ``start``, with no blank line between."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # the sentence does not open its line
    if line_start == 0:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _ITEM_HEAD.match(text, above, line_start - 1)
