"""Agreements stated by their formula in running text, whatever the layout around them.

"Rijk en regio spreken af dat …", "Partijen komen overeen …", "Afgesproken wordt dat …",
"Afspraak: …": a sentence with the formula is an agreement of its own (its sentence the
commitment), and a formula that ends in a colon or in "dat" is a lead-in whose items below
it are the commitments. The general reader asks for these outside its numbered units, and
inside a theme or a heading that numbers nothing.
"""

from __future__ import annotations

import re

from .agreement_sentences import LABEL, Commitment
from .items import bullet_level, enumerated_items, items_in, lines_in
from .owners import find_owner, sentence_owner
from .patterns import ANNOUNCING_FORMULA, agreement_formulas
from .textutil import normalise_space, sentence_spans

__all__ = ["FormulaPassage", "formula_passages", "items_below"]

_LEAD = re.compile(r"(?::|\bdat)\s*$")
FormulaPassage = tuple[int, int, list[Commitment]]


def formula_passages(text: str, start: int, end: int) -> list[FormulaPassage]:
    """Each formula sentence of ``text[start:end]`` with its commitments and its span."""
    found: list[FormulaPassage] = []
    reach = start
    lines = lines_in(text, start, end)
    for index, line in enumerate(lines):
        for s, e in sentence_spans(text, line.start, line.end):
            sentence = text[s:e]
            if s < reach or not agreement_formulas(sentence):
                continue
            if _LEAD.search(sentence.rstrip()):
                stop = _paragraph_end(lines, index, end)
                items = items_in(text, e, stop) or enumerated_items(text, e, stop)
                if not items:
                    continue
                owner = find_owner(sentence) or sentence_owner(sentence)
                commitments = [
                    Commitment(i.text, find_owner(i.text, owner), i.sub_items, i.start, i.end)
                    for i in items
                ]
                found.append((s, items[-1].end, commitments))
                reach = items[-1].end
                continue
            if ANNOUNCING_FORMULA.search(sentence):
                continue  # "Komen het volgende overeen." announces what follows
            label = LABEL.match(sentence)
            begin = s + (label.end() if label else 0)
            clean = normalise_space(text[begin:e].lstrip("• "))
            commitment = Commitment(clean, sentence_owner(clean) or find_owner(clean), (), begin, e)
            found.append((s, e, [commitment]))
            reach = e
    return found


def items_below(text: str, sentence: tuple[int, int], end: int) -> list[Commitment]:
    """The bullets right under a sentence that ends its line ("Afspraak: Rijk en provincie
    bouwen de halte samen." over "✓ IenW draagt … bij;", "✓ de gemeente …"): the items are
    what the labelled sentence agrees, each a commitment; none when no bullet follows at once."""
    line_end = text.find("\n", sentence[1], end)
    if line_end < 0 or text[sentence[1] : line_end].strip():
        return []
    lines = lines_in(text, line_end + 1, end)
    if not lines or lines[0].blank_before or bullet_level(lines[0].text) is None:
        return []
    stop = _paragraph_end(lines, 0, end)
    owner = sentence_owner(text[sentence[0] : sentence[1]])
    return [
        Commitment(i.text, find_owner(i.text, owner), i.sub_items, i.start, i.end)
        for i in items_in(text, line_end + 1, stop)
    ]


def _paragraph_end(lines: list, index: int, default: int) -> int:
    """Where the items under a lead-in end: the first line after a blank that is no item."""
    for line in lines[index + 1 :]:
        stripped = line.text.strip()
        if (
            line.blank_before
            and not stripped.startswith("•")
            and not re.match(r"^(?:\(?[a-z0-9]{1,2}[.)])\s", stripped)
        ):
            return line.start
    return default
