"""A promise to report by some time that the letter itself keeps.

"In de commissie van 3 maart hebben wij toegezegd u voor de zomer te informeren over de
rondweg. Met deze brief doen wij dat.": the time in the promise was a deadline when it was
made, but the letter that says it keeps the promise leaves nothing to be done by then. So
does a letter that reports the promise kept already ("…; dat is op 29 november gebeurd."),
and one written within or after the promised time ("Tijdens het AO van 27 juni heb ik
toegezegd u na de zomer te berichten over …" in a letter of 12 September): it is that report.
Not a promise "voor het eind van het jaar": a letter before the end leaves it open.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["kept_by_date", "kept_here"]

_PROMISED = re.compile(r"\btoegezegd\b|\btoezegging\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[.;!?](?=\s)")
# "Met deze mededeling doen wij dat.", "Met deze brief kom ik die toezegging na.", "Hiermee
# doen wij dat.", "Met deze brief informeer ik u daarover.", "Met paragraaf 2.1 doe ik die
# toezegging gestand.", "Met de bijgevoegde notitie doen wij deze toezegging gestand."
_KEPT = re.compile(
    r"\s*(?:met\s+(?:(?:deze|dit|de|het|onderstaande|bijgaande|bijgevoegde)\s+){0,2}(?:brief|mededeling|notitie|"
    r"memo|stuk|nota|informatie|paragraaf|hoofdstuk|bijlage|passage|rapportage|overzicht)"
    r"(?:\s+\d+(?:\.\d+)*)?|hiermee|hierbij|daarmee)\s+(?:doen|doe|kom|komen|informeer|informeren|geef|geven)\s+(?:wij|we|ik)\s+"
    r"(?:dat|dit|(?:die|deze|de)\s+toezegging|u|uitvoering)\b",
    re.IGNORECASE,
)

# "…; dat is op 29 november gebeurd.", "Die toezegging is inmiddels nagekomen.", "Dat is in
# oktober al gedaan.": the letter reports the promise as carried out already.
_ALREADY_KEPT = re.compile(
    r"\s*(?:dat|dit|die\s+toezegging|deze\s+toezegging|aan\s+(?:die|deze)\s+toezegging)\s+is\s+"
    r"(?:(?:inmiddels|al|ook|reeds)\s+)?(?:(?:op|in|met)\s+[^.;!?\n]{1,40}?\s+)?"
    r"(?:(?:inmiddels|al|ook|reeds)\s+)?(?:gebeurd|gedaan|nagekomen|ingelost|uitgevoerd|voldaan)\b",
    re.IGNORECASE,
)

# The rest of a listed promise that says it is done: "(informeren na de zomer) – met deze brief
# afgedaan", "…), hiermee afgedaan", "… – is inmiddels nagekomen"; not "wordt … afgedaan".
_DONE_ENTRY = re.compile(
    r"[^.;!?\n]{0,40}?(?:\n[ \t]*[^.;!?\n]{0,40}?)?"
    r"(?:met\s+(?:deze|dit|de|het)\s+\w+|hiermee|hierbij|daarmee|is|zijn|inmiddels|al|reeds)\s+"
    r"(?:(?:inmiddels|al|reeds)\s+)?(?:afgedaan|nagekomen|ingelost)\b",
    re.IGNORECASE,
)


def kept_here(text: str, start: int, end: int) -> bool:
    """Whether the time at ``text[start:end]`` sits in a promise that the next sentence says
    this letter keeps."""
    before = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    if not _PROMISED.search(clause):
        return False
    if _DONE_ENTRY.match(text, end, min(len(text), end + 120)):
        return (
            True  # "☑ Toezegging AO 3 maart (berichten voor de zomer) – met deze brief afgedaan."
        )
    # the sentence that keeps it may follow a semicolon or stand later in the paragraph ("…
    # te informeren. De renovatie loopt. Met deze brief doe ik de toezegging gestand.")
    stop = text.find("\n\n", end, end + 600)
    stop = min(len(text), end + 600) if stop < 0 else stop
    marks = list(_CLAUSE_END.finditer(text, end, stop))
    # a promise reported as kept already says so right after its own clause
    if marks and _ALREADY_KEPT.match(text, marks[0].end(), stop) is not None:
        return True
    return any(_KEPT.match(text, mark.end(), stop) is not None for mark in marks)


# "heb ik toegezegd u … te berichten", "hebben wij uw Kamer toegezegd … te informeren": the
# writer's own promise to report to the addressee, made before this letter.
_OWN_PROMISE = re.compile(
    r"\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:(?:u|uw\s+(?:Kamer|raad|staten))\s+)?toegezegd\b"
    r"|\b(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:(?:u|uw\s+(?:Kamer|raad|staten))\s+)?toegezegd\b",
    re.IGNORECASE,
)
# "voor het eind van het jaar" (the grammar may read only "eind van het jaar"): a promise by a
# time is kept by the letter only when the letter says so.
_BEFORE_WORD = re.compile(r"\b(?:voor|vóór|uiterlijk|tot)(?:\s+(?:het|de))?\s*$", re.IGNORECASE)
_TO_REPORT = re.compile(
    r"[^.;!?]{0,20}?\bte\s+(?:berichten|informeren|rapporteren|melden|schrijven)\b",
    re.IGNORECASE,
)


def kept_by_date(
    text: str, start: int, end: int, letter: dt.date | None, begins: dt.date | None
) -> bool:
    """Whether the time at ``text[start:end]`` is the time of the writer's promise to report,
    and this letter, dated within or after that time (from ``begins`` on), is the report."""
    if letter is None or begins is None or letter < begins:
        return False
    before = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    if _BEFORE_WORD.search(clause):
        return False
    return bool(_OWN_PROMISE.search(clause)) and bool(_TO_REPORT.match(text, end))
