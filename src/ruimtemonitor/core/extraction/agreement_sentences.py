"""Commitments read from sentences: formula sentences, undertakings in prose, the sentences
of a cell of agreed text and the numbered leden of an article ("3.1 Het Rijk draagt …").

Background (past events, the phase a project is in) is left out everywhere: an agreement
states what the parties will do, not what happened before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruimtemonitor.core.dutch import find_amounts, find_deadlines
from ruimtemonitor.core.reference import normalise_department

from .items import lines_in
from .owners import find_owner, sentence_owner
from .patterns import BULLET_GLYPH, ENUMERATOR, agreement_formulas
from .textutil import normalise_space, sentence_spans

__all__ = [
    "LABEL",
    "Commitment",
    "formula_sentences",
    "numbered_leden",
    "stated_sentences",
    "undertakings",
]


@dataclass(frozen=True, slots=True)
class Commitment:
    text: str
    owner: str | None
    sub_items: tuple[str, ...]
    start: int
    end: int


LABEL = re.compile(r"^\s*(?:•\s*)?(?:afspraak|afspraken|conclusie|besluit)\s*:\s*", re.I)


def formula_sentences(
    text: str, start: int, end: int, *, follow: bool = False, paragraph: bool = False
) -> list[Commitment]:
    """The sentences that agree something, each one commitment ("Afspraak:" left out).
    With ``follow``, a later sentence of the same line in which a party undertakes
    something ("De provincie trekt dit proces.") is one too; background is not. With
    ``paragraph`` also the sentences right after it on the next lines of its paragraph that
    undertake something or settle a sum or a time ("De kosten van € 2 mln. worden gedeeld.")."""
    found: list[Commitment] = []
    chained = False  # the previous sentence was a commitment
    for s, e in _sentences_in(text, start, end):
        sentence = text[s:e]
        if not agreement_formulas(sentence):
            near = found and (
                _same_line(text, found[-1].end, s)
                or (paragraph and chained and "\n\n" not in text[found[-1].end : s])
            )
            if follow and near and (_undertaking(sentence) or (paragraph and _settles(sentence))):
                mark = _LEADING_MARK.match(sentence)  # "  i.   het Rijk stelt … beschikbaar."
                s += mark.end() if mark else 0
                sentence = text[s:e]
                found.append(Commitment(normalise_space(sentence), find_owner(sentence), (), s, e))
            else:
                chained = False
            continue
        label = LABEL.match(sentence)
        if label is not None:
            s += label.end()
            if not text[s:e].strip():  # "… loopt. Afspraak:" over its bullets: a bare label
                chained = False
                continue
        chained = True
        found.append(Commitment(normalise_space(text[s:e]), sentence_owner(text[s:e]), (), s, e))
    return found


# The mark of a lone list item under the formula sentence: "i.", "a)", "(b)", "-1-", a bullet
# glyph.
_LEADING_MARK = re.compile(
    r"\s*(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|-\d{1,2}-|[-•▪*◆·])[ \t]+"
)

# "heeft … uitgegeven", "is in 2025 hervat", "werd vastgesteld": background, not agreed.
_PAST = re.compile(
    r"\b(?:heeft|hebben|had|hadden|werd|werden|was|waren|tot\s+nu\s+toe)\b"
    r"|\b(?:is|zijn)\b[^.;]{0,80}?\b(?:ge[a-zà-ÿ]+[dt]|hervat|afgerond|opgeleverd|vastgesteld|"
    r"ondertekend|besloten)\b",
    re.IGNORECASE,
)


def undertakings(text: str, start: int, end: int) -> list[Commitment]:
    """In a block written as prose, the sentences that say who does what by when or for how
    much (a time phrase or an amount, not in the past); the rest is background. A block with
    lettered or bulleted items is a list, not prose."""
    heads = (line.text.lstrip() for line in lines_in(text, start, end))
    if any(BULLET_GLYPH.match(head) or ENUMERATOR.match(head) for head in heads):
        return []
    found = []
    for s, e in _sentences_in(text, start, end):
        sentence = text[s:e]
        if _PAST.search(sentence) or not (
            find_deadlines(sentence, None) or find_amounts(sentence) or _signatory(sentence)
        ):
            continue
        found.append(Commitment(normalise_space(sentence), sentence_owner(sentence), (), s, e))
    return found


# "Het project is in planuitwerking.": where a project stands, background to what is agreed.
_PHASE_STATED = re.compile(
    r"\b(?:is|zijn|bevindt\s+zich|bevinden\s+zich)\s+(?:nu\s+)?in\s+(?:de\s+)?"
    r"(?:verkenning|planuitwerking|realisatie|uitvoering|voorbereiding|onderzoeksfase)\b",
    re.IGNORECASE,
)


def stated_sentences(text: str, start: int, end: int) -> list[Commitment]:
    """The sentences of a cell of agreed text, each one commitment, without background
    (past events, the phase a project is in)."""
    found = []
    for s, e in sentence_spans(text, start, end):
        sentence = text[s:e]
        if _PAST.search(sentence) or _PHASE_STATED.search(sentence):
            continue
        found.append(Commitment(normalise_space(sentence), sentence_owner(sentence), (), s, e))
    return found


# "Bijdrage regio: ruim twee miljoen euro.": a label and its value, no verb: a note on the
# item, not a sentence that settles the sum.
_LABELLED_VALUE = re.compile(r"^[ \t]*[^\W\d_][\w'’ -]{0,40}:[ \t]*[^\s:;][^:;]{0,40}$")


def _settles(sentence: str) -> bool:
    """A present-tense sentence that names a sum or a time: part of what is agreed."""
    return (
        sentence.rstrip().endswith((".", ";"))  # not a running head ("Overleg Noord 2031")
        and not _LABELLED_VALUE.match(sentence.strip())
        and not _PAST.search(sentence)
        and not _PHASE_STATED.search(sentence)
        and bool(find_amounts(sentence) or find_deadlines(sentence, None))
    )


def _same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _undertaking(sentence: str) -> bool:
    """A present-tense sentence with a party as its subject, not background."""
    return (
        find_owner(sentence) is not None
        and not _PAST.search(sentence)
        and not _PHASE_STATED.search(sentence)
    )


def _signatory(sentence: str) -> bool:
    """Whether the sentence's subject is a party that signs an arrangement: the Rijk, a
    ministry or the province ("Het Rijk neemt de locaties op in …"), not a municipality or
    a developer the parties only write about."""
    owner = find_owner(sentence)
    if owner is None:
        return False
    return all(
        part == "Rijk" or part.startswith("provincie") or normalise_department(part) is not None
        for part in owner.split(" en ")
    )


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in lines_in(text, start, end):
        spans.extend(sentence_spans(text, line.start, line.end))
    return spans


# "3.1 Het Rijk draagt € 62,5 mln. bij.": a numbered lid of an article, over its wrapped lines.
_LID = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?=[A-ZÀ-Ý])")


def numbered_leden(text: str, start: int, end: int) -> list[Commitment]:
    """The leden of an article numbered "3.1", "3.2" (the article's number first): each one
    commitment, its text without the number. Fewer than two is no list of leden."""
    found: list[Commitment] = []
    for line in lines_in(text, start, end):
        lid = _LID.match(line.text)
        if lid is not None:
            begin = line.start + lid.end()
            found.append(Commitment("", None, (), begin, line.end))
        elif found and not line.blank_before and found[-1].end == line.start - 1:
            found[-1] = Commitment("", None, (), found[-1].start, line.end)
        elif found:
            break
    if len(found) < 2:
        return []
    return [
        Commitment(
            normalise_space(text[c.start : c.end]),
            find_owner(text[c.start : c.end]),
            (),
            c.start,
            c.end,
        )
        for c in found
    ]
