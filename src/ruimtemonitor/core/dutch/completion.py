"""Sentences that report a commitment as finished: "Hiermee is de motie … afgedaan".

Letters close motions, commitments to parliament and agreements in a few fixed turns of
phrase. A match is a *report*, not a fact: the register proposes the new status and a
person confirms it. Future tense ("wordt in 2025 afgerond", "zal … worden afgedaan") and
expectations ("naar verwachting afgerond") are not reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CompletionMatch", "find_completion"]

# Within one sentence; a full stop inside "€ 2,5 mld. voor" or "c.s. beantwoord" is no end.
_WITHIN = r"(?:[^.;]|\.(?=\s*[a-z€\d(]))"
_DONE = re.compile(
    rf"\b(?P<aux>is|zijn|wordt|worden)\b(?P<between>{_WITHIN}{{0,300}}?)"
    r"\b(?P<verb>(?:als\s+)?afgedaan|afgerond|uitgevoerd|gerealiseerd|voltooid|beantwoord"
    r"|(?:uitvoering|invulling)\s+gegeven)\b",
    re.IGNORECASE,
)
_CONSIDERED = re.compile(r"\bbeschouwd\b", re.IGNORECASE)
# "Op deze wijze geven we uitvoering aan de motie": the letter itself fulfils it.
_FULFILS = re.compile(
    r"\b(?:geven|geeft)\s+(?:\w+\s+){0,3}?(?:uitvoering|invulling)\s+aan\b", re.IGNORECASE
)
_PARTLY = re.compile(r"\b(?:deels|gedeeltelijk|grotendeels|ten\s+dele)\b", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\b(?:niet|nog\s+niet|naar\s+verwachting|verwacht|zal|zullen|moet|moeten|kan|kunnen"
    r"|uiterlijk|in\s+\d{4}|eind\s+\d{4})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CompletionMatch:
    """``status`` is ``afgedaan`` or ``deels afgedaan``; ``text[start:end] == as_written``."""

    start: int
    end: int
    as_written: str
    status: str


def find_completion(sentence: str) -> CompletionMatch | None:
    """The report of completion in one sentence, or None."""
    for match in _DONE.finditer(sentence):
        aux, between, verb = match.group("aux").lower(), match.group("between"), match.group("verb")
        # "wordt … afgerond" is future; "wordt … als afgedaan beschouwd" is a report.
        reported_now = "gegeven" in verb.lower() or (
            "afgedaan" in verb.lower() and _CONSIDERED.search(sentence, match.end())
        )
        if aux in {"wordt", "worden"} and not reported_now:
            continue
        if _NOT_YET.search(between):
            continue
        status = "deels afgedaan" if _PARTLY.search(between) else "afgedaan"
        return CompletionMatch(match.start(), match.end(), match.group(0), status)
    match = _FULFILS.search(sentence)
    if match and not _NOT_YET.search(sentence, 0, match.start()):
        return CompletionMatch(match.start(), match.end(), match.group(0), "afgedaan")
    return None
