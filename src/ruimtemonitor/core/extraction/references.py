"""Stage 6: cross-references between agreements ("zie Afspraak 4.4 Bereikbaarheid: …").

A reference is resolved by its number. When it also quotes a title, the title
is compared with every agreement's title: if it fits another agreement better
than the numbered one, the reference is kept with ``consistent = False`` and a
warning, because one of the two (number or title) is wrong in the letter and a
person must decide which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .agreements import Agreement
from .splitting import Document

__all__ = ["Reference", "find_references", "title_overlap"]

_CUE = r"(?:zie(?:\s+ook)?|vgl\.?|vergelijk|conform|zoals\s+(?:in|bij)|&|\()"
_REFERENCE = re.compile(
    rf"\b(?:{_CUE}\s*)?(?:afspraak|afspraken)\s+(?P<number>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?![\d])\.?"
    rf"|(?<![\w.])(?:zie(?:\s+ook)?|vgl\.?)\s+(?P<bare>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?![\d.])",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(r"\s*(?:&|\bzie\b|\n|\)|;\s*zie)", re.IGNORECASE)
_TOKEN = re.compile(r"[a-zà-ÿ0-9]+")
_STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "voor",
        "in",
        "op",
        "met",
        "aan",
        "bij",
        "tot",
        "om",
        "te",
        "of",
        "over",
        "naar",
        "irt",
        "i",
        "r",
        "t",
    ]
)
_CONSISTENT = 0.5


@dataclass(frozen=True, slots=True)
class Reference:
    as_written: str
    number: str
    resolved: str | None
    title_number: str | None
    consistent: bool
    document: str
    start: int
    end: int
    warning: str = ""


def _tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text.casefold()) if t not in _STOPWORDS and len(t) > 1}


def title_overlap(quoted: str, title: str) -> float:
    """Share of an agreement title's words that the quoted text contains (0–1)."""
    wanted = _tokens(title)
    return len(wanted & _tokens(quoted)) / len(wanted) if wanted else 0.0


def find_references(
    text: str, documents: tuple[Document, ...], agreements: tuple[Agreement, ...]
) -> tuple[Reference, ...]:
    """References outside the agreement headers themselves, resolved against ``agreements``.

    Agreements are grouped by document and their title words computed once, so the step
    stays linear in the size of the text however many letters a file holds.
    """
    numbered = [a for a in agreements if a.number]
    headers = {a.start for a in numbered}
    by_document: dict[str, list[tuple[Agreement, set[str]]]] = {}
    for agreement in numbered:
        by_document.setdefault(agreement.document, []).append((agreement, _tokens(agreement.title)))
    found: list[Reference] = []
    for document in documents:
        candidates = by_document.get(document.identifier, [])
        for match in _REFERENCE.finditer(text, document.start, document.end):
            cued = bool(re.match(_CUE, match.group(), re.IGNORECASE)) or match.group("bare")
            line_start = text.rfind("\n", 0, match.start()) + 1
            if line_start in headers and not cued:
                continue
            if not cued and not _after_zie(text, match.start()):
                continue
            if match.group("bare") and not any(
                a.number == match.group("bare") for a, _ in candidates
            ):
                continue  # "zie 2.3" without the word is a section unless an agreement has it
            found.append(_resolve(text, match, document, candidates))
    return tuple(found)


def _after_zie(text: str, start: int) -> bool:
    return bool(
        re.search(
            rf"(?:\b{_CUE})\s*(?:de\s+|het\s+)?$",
            text[max(0, start - 16) : start],
            re.IGNORECASE,
        )
    )


def _resolve(
    text: str,
    match: re.Match[str],
    document: Document,
    candidates: list[tuple[Agreement, set[str]]],
) -> Reference:
    number = match.group("number") or match.group("bare")
    tail_start = match.end()
    stop = _TITLE_STOP.search(text, tail_start, min(len(text), tail_start + 200))
    tail_end = stop.start() if stop else min(len(text), tail_start + 200)
    quoted = text[tail_start:tail_end].strip(" .:;,")
    target = next((a for a, _ in candidates if a.number == number), None)
    scores: dict[str, float] = {}
    if quoted:
        quoted_tokens = _tokens(quoted)
        for agreement, wanted in candidates:
            share = len(wanted & quoted_tokens) / len(wanted) if wanted else 0.0
            scores.setdefault(str(agreement.number), share)
    best = max(scores, key=lambda n: scores[n]) if scores else None
    consistent = True
    warning = ""
    title_number = number if target else None
    if target is None:
        consistent = False
        warning = f"Afspraak {number} does not exist in {document.identifier}"
    elif (
        quoted
        and best is not None
        and scores.get(number, 0.0) < _CONSISTENT
        and best != number
        and scores[best] >= _CONSISTENT
    ):
        consistent = False
        title_number = best
        warning = f"quoted title {quoted!r} belongs to Afspraak {best}, not {number}"
    end = tail_end if quoted else match.end()
    return Reference(
        as_written=" ".join(text[match.start() : end].split()),
        number=number,
        resolved=target.number if target else None,
        title_number=title_number,
        consistent=consistent,
        document=document.identifier,
        start=match.start(),
        end=end,
        warning=warning,
    )
