"""Numbered items written as one sentence ("2.3 Rijk en regio stellen in 2040 een plan op.").

Among numbered agreements ("2.1 Titel" over its bullets), an item may be the agreement
itself: a party's undertaking in a sentence of its own, which the section tree does not take
as a heading. It is an agreement numbered like its neighbours and committed by its own
sentence; the neighbour whose span ran over it ends there, and an unnumbered agreement read
from the same sentence is the same one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .agreement_record import Agreement
from .agreement_sentences import Commitment
from .owners import find_owner, opens_with_party
from .splitting import Document
from .textutil import normalise_space, sentence_spans

__all__ = ["sentence_items"]

_ITEM_LINE = re.compile(
    r"^[ \t]*(?P<number>(?P<chapter>\d{1,2})\.(?P<minor>\d{1,2}))\.?[ \t]+"
    r"(?P<text>[A-ZÀ-Ý][^\n]*)$",
    re.MULTILINE,
)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_MIN_WORDS = 6


def sentence_items(
    text: str, documents: tuple[Document, ...], agreements: list[Agreement]
) -> list[Agreement]:
    """``agreements`` with the one-sentence items of ``documents`` added."""
    # each document's numbers, gathered in one pass (a document adds and cuts only its own)
    numbered: dict[str, set[str | None]] = {}
    for agreement in agreements:
        numbered.setdefault(agreement.document, set()).add(agreement.number)
    for document in documents:
        numbers = numbered.get(document.identifier, set())
        if not any(numbers - {None}):
            continue
        for line in _ITEM_LINE.finditer(text, document.start, document.end):
            number, chapter, minor = line.group("number", "chapter", "minor")
            if number in numbers:
                continue
            neighbours = {f"{chapter}.{int(minor) - 1}", f"{chapter}.{int(minor) + 1}"}
            if not neighbours & numbers:
                continue  # no list of numbered agreements around it
            item = _sentence(text, line.start("text"), document.end)
            if item is None:
                continue
            start, end = item
            agreements = _cut(agreements, document.identifier, line.start(), end)
            sentence = normalise_space(text[start:end])
            agreements.append(
                Agreement(
                    identifier=f"{document.identifier}.a{number}",
                    number=number,
                    title=normalise_space(line.group("text")),
                    types=(),
                    departments=(),
                    chapter=chapter,
                    chapter_title="",
                    document=document.identifier,
                    section=None,
                    commitments=(Commitment(sentence, find_owner(sentence), (), start, end),),
                    remark="",
                    start=line.start(),
                    end=end,
                )
            )
            numbers.add(number)
    return agreements


def _sentence(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The item's first sentence when it is a party's undertaking ending in a full stop."""
    paragraph = _PARAGRAPH_END.search(text, start, limit)
    end = paragraph.start() if paragraph else limit
    spans = sentence_spans(text, start, end)
    if not spans:
        return None
    s_start, s_end = spans[0]
    sentence = text[s_start:s_end]
    if not sentence.rstrip().endswith(".") or len(sentence.split()) < _MIN_WORDS:
        return None  # a title ("2.3 Provincie en gemeente Voorbeeld"), not a sentence
    if not opens_with_party(sentence):
        return None
    return s_start, s_end


def _cut(agreements: list[Agreement], document: str, start: int, end: int) -> list[Agreement]:
    """The agreements without what the item at ``start``–``end`` holds."""
    kept: list[Agreement] = []
    for agreement in agreements:
        if agreement.document != document:
            kept.append(agreement)
        elif agreement.number is None and start <= agreement.start < end:
            continue  # the item's own formula sentence, read without its number
        elif agreement.start < start < agreement.end:
            commitments = tuple(c for c in agreement.commitments if c.start < start)
            kept.append(replace(agreement, end=start, commitments=commitments))
        else:
            kept.append(agreement)
    return kept
