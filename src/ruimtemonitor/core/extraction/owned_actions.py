"""Actions of an agenda agreed by their property line, whatever their sentence reports.

An implementation agenda lists its actions as "Actie 2a  Titel" over a sentence and a line in
brackets that gives the action its owner, its time and its means ("[provincie · 2027 · € 6
mln]"). The line makes the action an agreement even when its sentence only tells the state of
the work ("De aanleg loopt sinds 2023 en is in 2027 klaar."): that sentence is then what the
action commits to.
"""

from __future__ import annotations

import re

from .agreement_sentences import Commitment
from .owners import find_owner, sentence_owner
from .textutil import normalise_space, sentence_spans

__all__ = ["owned_action"]

# "[gemeente X · 2026 · € 9 mln]", "[provincie | medio 2025 | p.m.]": two or three cells in
# square brackets, apart by a middle dot or a bar, on a line of their own.
_PROPERTY_LINE = re.compile(
    r"^[ \t]*+\[[^\]\[\n·|]{1,80}(?:[·|][^\]\[\n·|]{1,80}){1,3}\][ \t]*+$", re.MULTILINE
)


def owned_action(text: str, start: int, end: int) -> list[Commitment]:
    """The first sentence of an action's body ``text[start:end]`` when a property line in
    brackets follows it; none without such a line."""
    line = _PROPERTY_LINE.search(text, start, end)
    if line is None:
        return []
    spans = [s for s in sentence_spans(text, start, line.start()) if text[s[0] : s[1]].strip()]
    if not spans:
        return []
    s, e = spans[0]
    clean = normalise_space(text[s:e])
    return [Commitment(clean, find_owner(clean) or sentence_owner(clean), (), s, e)]
