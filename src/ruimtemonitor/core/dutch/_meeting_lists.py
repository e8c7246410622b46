"""Meetings listed after a colon, each as a region with its day.

"de uitkomsten van de bestuurlijke overleggen MIRT van dit najaar: Noord op 4 november
(Assen), Oost op 5 november en de Noordvleugel op 9 november": a plural meeting name closed by
a colon over a run of "<region> op <date>", an optional bracket (the town) after each. Each
item is one meeting of that kind; the region is a landsdeel when the item names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruimtemonitor.core.dutch._meeting_grammar import _DATE, _KIND, _WEEKDAY
from ruimtemonitor.core.dutch._text import GAP

__all__ = ["listed_after_colon"]

# The plural name ("overleggen", "BO's") and the colon that opens its list, in one sentence.
_PLURAL_HEAD = re.compile(rf"\b{_KIND}[^.:;\n]{{0,60}}:", re.IGNORECASE)
_PLURAL = re.compile(r"overleggen|\bBOL?['’]s", re.IGNORECASE)
# ", Oost-Nederland op 13 november (Zwolle)", " en de Noordvleugel op 20 november"
_ITEM = re.compile(
    rf"{GAP}?(?:,|;|{GAP}en)?{GAP}?(?P<label>(?:de{GAP})?[^\W\d_][\w/'’-]*(?:{GAP}[\w/'’-]+){{0,2}})"
    rf"{GAP}op{GAP}{_WEEKDAY}?{_DATE}(?:{GAP}?\([^()\n]{{0,60}}\))?",
    re.IGNORECASE,
)


def listed_after_colon(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each (meeting name, list item) pair of the lists described in the module docstring;
    a list needs two items at least."""
    heads = (
        _PLURAL_HEAD.search(text, max(0, plural.start() - 40), plural.end() + 80)
        for plural in _PLURAL.finditer(text)  # a plain word first: few letters hold one
    )
    spans = {h.span(): h for h in heads if h is not None}
    for head in spans.values():
        if not _PLURAL.search(head.group("kind")):
            continue  # one meeting's name over a colon introduces its outcome, not a list
        items = []
        position = head.end()
        while (item := _ITEM.match(text, position)) is not None:
            items.append(item)
            position = item.end()
        if len(items) >= 2:
            for item in items:
                yield head, item
