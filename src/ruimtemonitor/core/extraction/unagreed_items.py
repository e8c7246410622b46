"""Numbered items that agree nothing though written like agreements.

An "Afspraak 5: … (achtergrond)" item tells what happened and closes by saying nothing was
agreed ("Geen afspraken."); an "Afspraak 1: Opening en verslag" item adopts the minutes in a
sentence of prose. Without a formula sentence neither is an agreement. (An item "Verslag" of
its own, or minutes adopted in a bullet, may be written as an agreement and is left alone.)

A line that says it was discussed but not agreed ("✗ Een bijdrage van … is gevraagd maar niet
toegekend.", "… wordt niet toegezegd.") is no commitment, whatever its mark; an item of such
lines alone is no agreement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .agreement_record import Agreement
from .patterns import BULLET_GLYPH, NOTHING_AGREED, agreement_formulas

__all__ = ["unagreed_item", "without_unagreed"]

# "Opening en verslag", "Mededelingen": a meeting's opening
_OPENING = re.compile(r"^(?:opening|mededelingen)\b", re.IGNORECASE)


def unagreed_item(title: str, body: str) -> bool:
    """Whether a numbered item titled ``title`` over ``body`` agrees nothing (rules above)."""
    if agreement_formulas(body):
        return False
    last = re.split(r"(?<=[.;])\s+", body.strip())[-1]
    if NOTHING_AGREED.match(last):
        return True  # "… zijn uitgevoerd. Geen afspraken."
    bulleted = any(BULLET_GLYPH.match(line.strip()) for line in body.splitlines())
    return _OPENING.match(title) is not None and not bulleted


# "is besproken maar niet overeengekomen", "wordt niet toegezegd", "zijn het niet eens
# geworden": what was asked or discussed and refused, in the passive or with "het niet eens".
_REFUSED = re.compile(
    r"\b(?:is|wordt|zijn|worden)\b[^.;]{0,80}?\bniet\s+(?:overeengekomen|toegekend|"
    r"toegezegd|afgesproken|aangenomen|gehonoreerd|verleend|ingestemd)\b|"
    r"\b(?:is|zijn)\s+het\s+niet\s+eens\b|"
    # "partijen leggen vast dat hierover nu niet wordt besloten": the verb after "niet", as a
    # clause puts it; "wordt nu niet besloten" in a main clause
    r"\bniet\s+(?:is|wordt|zijn|worden)\s+(?:besloten|overeengekomen|afgesproken|toegekend|"
    r"toegezegd|ingestemd)\b|\b(?:is|wordt|zijn|worden)\b[^.;]{0,40}?\bniet\s+besloten\b|"
    # "Partijen leggen vast dat hierover geen afspraken zijn gemaakt.": a formula that records
    # that nothing was agreed
    r"\bdat\b[^.;]{0,40}?\bgeen\s+(?:nieuwe\s+|verdere\s+|nadere\s+)?afspra(?:ak|ken)\s+"
    r"(?:is|zijn|wordt|worden)\s+(?:gemaakt|vastgelegd)\b|"
    # "Partijen leggen geen nieuwe afspraken vast.", "Rijk en regio maken hierover geen
    # afspraken": the formula's own verb with "geen" before what it would agree
    r"\b(?:leg(?:t|gen)|ma(?:akt|ken))\s+(?:\w+\s+){0,2}?geen\s+(?:nieuwe\s+|verdere\s+|"
    r"nadere\s+|aanvullende\s+)?afspra(?:ak|ken)\b",
    re.IGNORECASE,
)


# "niet", "geen": a clause that turns something down.
_NEGATION = re.compile(r"\b(?:niet|geen)\b", re.IGNORECASE)


def refused(sentence: str) -> bool:
    """Whether a commitment's text says it was not agreed (rules above), or that nothing was:
    "Afspraak: geen nieuwe afspraken", "het Rijk honoreert het verzoek niet; geen afspraken."."""
    if _REFUSED.search(sentence) is not None:
        return True
    *before, last = re.split(r"(?<=[.;])\s+", sentence.strip())
    if NOTHING_AGREED.fullmatch(last.rstrip(" .;")) is None or agreement_formulas(sentence):
        return False
    return not before or all(_NEGATION.search(clause) for clause in before)


def without_unagreed(agreements: Iterable[Agreement]) -> list[Agreement]:
    """The agreements without their refused lines; one made of refused lines alone is none."""
    kept: list[Agreement] = []
    for agreement in agreements:
        commitments = tuple(c for c in agreement.commitments if not refused(c.text))
        if len(commitments) == len(agreement.commitments):
            kept.append(agreement)
        elif commitments:
            kept.append(replace(agreement, commitments=commitments))
    return kept
