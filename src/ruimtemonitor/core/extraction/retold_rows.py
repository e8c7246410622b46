"""A commitment listed in a drawn table that the letter's own sentences also name.

A letter to parliament may close with an overview of its commitments and tell the open one
in its text as well:

    | nr | toezegging                     | vindplaats         | stand            |
    | 2  | fietsenstalling station Ede    | CD MIRT 14-03-2024 | volgt in mei     |

    Over de fietsenstalling bij station Ede stuur ik u in mei een aparte brief.

Row and sentence are one toezegging, not two. They are recognised as the same by the subject
words of the row (long words, not the words every such table repeats) that come back in one
sentence read as a toezegging of the same document; each sentence takes one row at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import ParliamentaryItem

__all__ = ["without_retold_rows"]

# A row of a table drawn with characters: it opens and closes with a cell border.
_ROW = re.compile(r"^[|│┃].*[|│┃]$")
# Words of six letters or more name the subject ("geluidschermen", "fietsenstalling").
_WORD = re.compile(r"[^\W\d_]{6,}")
# Words a table of commitments and its sentences share whatever the subject.
_COMMON = frozenset(
    {
        "toezegging", "toezeggingen", "toegezegd", "afgedaan", "informeren", "informeer",
        "informatie", "algemeen", "overleg", "commissiedebat", "notaoverleg", "kamerbrief",
        "minister", "staatssecretaris", "hierbij", "aparte", "sturen", "overzicht",
        "aangegeven", "lopend",
    }
)  # fmt: skip
_SHARED = 2  # subject words a sentence must repeat to be the row's commitment


def _subject_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _COMMON}


def without_retold_rows(items: Sequence[ParliamentaryItem]) -> tuple[ParliamentaryItem, ...]:
    """``items`` without the table rows of commitments that a sentence also names (above)."""
    rows = [i for i in items if i.kind == "toezegging" and _ROW.match(i.text)]
    told = [i for i in items if i.kind == "toezegging" and not _ROW.match(i.text)]
    dropped: set[int] = set()
    used: set[int] = set()
    for row in rows:
        words = _subject_words(row.text)
        best, best_shared = None, _SHARED - 1
        for index, sentence in enumerate(told):
            if index in used or sentence.document != row.document:
                continue
            shared = len(words & _subject_words(sentence.text))
            if shared > best_shared:
                best, best_shared = index, shared
        if best is not None:
            used.add(best)
            dropped.add(id(row))
    return tuple(item for item in items if id(item) not in dropped)
