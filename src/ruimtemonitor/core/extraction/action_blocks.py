"""Label blocks of actions under an item: "Actie:" over "Wie:" and "Wanneer:".

    [3] Spoorlijn Noord - Zuid, inhaalspoor
    Afgesproken wordt dat de provincie € 4 mln bijdraagt.
       Actie:    uitvoeringsovereenkomst opstellen
       Wie:      provincie, ProRail
       Wanneer:  1-7-2030

Minutes that agree by a formula sentence often list what is to be done under it as such
blocks, one or more per item. The text after each "Actie:" label (with its wrapped lines, up
to the next label) is one commitment of the item, beside its formula sentence; its owner is
the first party of the "Wie:" line of the block.
"""

from __future__ import annotations

import re

from .agreement_sentences import Commitment
from .owners import find_owner
from .textutil import iter_lines, normalise_space

__all__ = ["action_label_commitments", "with_actions"]

_ACTION = re.compile(r"[ \t]*actie(?:punt)?[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
_WHO = re.compile(r"[ \t]*(?:wie|trekker|eigenaar)[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
# any other label of the block ("Wie:", "Wanneer:", "Budget:") ends the action's text
_LABEL = re.compile(r"[ \t]*[A-Za-zÀ-ÿ]{2,15}(?:[ \t][a-zà-ÿ]{2,15})?[ \t]*:[ \t]")


def action_label_commitments(text: str, start: int, end: int) -> list[Commitment]:
    """Each "Actie:" label line in ``text[start:end]`` as a commitment (rules above)."""
    lines = list(iter_lines(text, start, end))
    found: list[Commitment] = []
    for index, (line_start, line_end) in enumerate(lines):
        match = _ACTION.match(text, line_start, line_end)
        if match is None:
            continue
        stop = line_end
        owner = None
        labelled = False  # a label line met: the action's own text is over
        for next_start, next_end in lines[index + 1 :]:
            if not text[next_start:next_end].strip() or _ACTION.match(text, next_start, next_end):
                break
            if _LABEL.match(text, next_start, next_end) is not None:
                labelled = True
                who = _WHO.match(text, next_start, next_end)
                if who is not None and owner is None:
                    owner = find_owner(text[who.end() : next_end])
            elif labelled:
                break  # the item's text goes on under the block
            else:
                stop = next_end  # the action's text wrapped onto the next line
        said = normalise_space(text[match.end() : stop])
        if said:
            found.append(Commitment(said, owner, (), match.end(), stop))
    return found


def with_actions(text: str, start: int, end: int, found: list[Commitment]) -> list[Commitment]:
    """``found`` (an item's commitments read from ``text[start:end]``) with its "Actie:"
    lines added in the text's order, unless a reading of ``found`` already holds them."""
    actions = action_label_commitments(text, start, end)
    if not actions or any(a.start < c.end and c.start < a.end for a in actions for c in found):
        return found
    return sorted([*found, *actions], key=lambda c: c.start)
