"""A paragraph opened by the label "Afspraak:": each of its sentences is a commitment.

"Afspraak: het Rijk draagt € 15 mln bij. De voorkeursbeslissing wordt vóór … genomen." The
label heads its whole paragraph: the second sentence is agreed as well, though it names no
party. The paragraph ends at a blank line or at a sentence opened by another label
("Toelichting: …", "Wie/wanneer: …").
"""

from __future__ import annotations

import re

from .agreement_sentences import Commitment
from .owners import find_owner, sentence_owner
from .textutil import normalise_space, sentence_spans

__all__ = ["AGREEMENT_LABEL", "ANY_LABEL", "labelled_paragraph"]

AGREEMENT_LABEL = re.compile(r"(?i:afspraak)[ \t]*:[ \t]*(?=\S)")
# "Toelichting:", "Wie/wanneer:", "Stand van zaken:": a label of one to four words
ANY_LABEL = re.compile(r"[^\W\d_]+(?:[/ -][^\W\d_]+){0,3}[ \t]*:")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def labelled_paragraph(text: str, start: int, end: int) -> list[Commitment]:
    """The sentences of ``text[start:end]`` from the last one opened by "Afspraak:" on, each a
    commitment without the label, when that label's paragraph runs on to ``end`` (the first
    item below it); none when no sentence is so labelled or the paragraph ends before."""
    spans = sentence_spans(text, start, end)
    opened = max(
        (i for i, (s, _) in enumerate(spans) if AGREEMENT_LABEL.match(text, s)), default=None
    )
    if opened is None:
        return []
    found = []
    for index in range(opened, len(spans)):
        s, e = spans[index]
        if index > opened and (
            _BLANK_LINE.search(text, spans[index - 1][1], s) or ANY_LABEL.match(text, s)
        ):
            return []  # the label's paragraph ends before the items
        label = AGREEMENT_LABEL.match(text, s)
        s = label.end() if label else s
        said = normalise_space(text[s:e])
        if said:
            found.append(Commitment(said, find_owner(said) or sentence_owner(said), (), s, e))
    if _BLANK_LINE.search(text, spans[-1][1], end):
        return []
    return found
