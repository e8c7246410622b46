"""What kind of money a sum is, from the words of its own clause.

A letter that says "de kosteninschatting bedraagt circa € 475 mln." gives an estimate, not a
budget; a council that reads "budget € 475 mln." is told something the Rijk never promised.
The kinds are the MIRT's own: budget (taakstellend or not), raming (estimate), bijdrage
(contribution of one party), reservering (money set aside) and cofinanciering.
"""

from __future__ import annotations

import re

BUDGET = "budget"
ESTIMATE = "raming"
CONTRIBUTION = "bijdrage"
RESERVATION = "reservering"
COFINANCING = "cofinanciering"

# Word stems, matched at a word's start or as the end of a compound (projectbudget,
# rijksbijdrage); the nearest one to the sum wins.
_CUES: tuple[tuple[str, str], ...] = (
    (
        ESTIMATE,
        r"\w*raming(?:en)?|geraamde?|(?:kosten)?(?:in)?schatting(?:en)?|"
        r"geschatte?|kosten\b|kost\b",
    ),
    (COFINANCING, r"co-?financiering|medefinanciering"),
    (CONTRIBUTION, r"\w*bijdragen?|draagt\b|dragen\b|bijgedragen|subsidie"),
    (
        RESERVATION,
        r"reservering(?:en)?|reserveert|reserveren|gereserveerd|gelabeld|"
        r"apart\s+gezet",
    ),
    (
        BUDGET,
        r"(?:taakstellend\s+)?\w*budget(?:ten)?|beschikbaar|toegekend|vrijgemaakt|"
        r"uitgetrokken",
    ),
)
_CUE = re.compile("|".join(rf"(?P<{kind}>\b(?:{words}))" for kind, words in _CUES), re.IGNORECASE)
# Where a clause about one sum ends: a sentence end, a semicolon, a bullet or a new line
# that starts a row; a sum's own decimal point ("€ 2,5 mld.") is not one.
_CLAUSE_END = re.compile(r"(?<![€\d])[.;:!?](?=\s+[A-Z(])|;|\n\s*\n|\n\s*[-–•▪*]")
_LOOK_BEHIND = 160
_LOOK_AHEAD = 60


def money_kind(text: str, start: int, end: int) -> str | None:
    """The kind of the sum at ``text[start:end]``, or None when its clause does not say.

    The words before the sum count first (nearest first: "de raming van het budget van
    € 5 mln." is a budget); only when they are silent do the words right after it
    ("€ 20 mln. gereserveerd").
    """
    before = text[max(0, start - _LOOK_BEHIND) : start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    cues = list(_CUE.finditer(before))
    if cues:
        return _kind_of(cues[-1])
    after = text[end : end + _LOOK_AHEAD]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    cue = _CUE.search(after)
    return _kind_of(cue) if cue else None


def _kind_of(match: re.Match[str]) -> str:
    return next(kind for kind, value in match.groupdict().items() if value is not None)
