"""Planning lines of the letter's own year that the page itself says are done.

A project page lists "2017 (februari, gerealiseerd)", "2017  oplevering (gereed)", "Stap 3
(2017)  start bouw .... afgerond" or "2015 Uitspraak Raad van State" under its planning. A
year that has not ended yet is a deadline unless the line remarks the step is done, or the
page reports the body the milestone names ("De Raad van State heeft … verklaard") in the past
tense.
"""

from __future__ import annotations

import re

from ruimtemonitor.core.dutch.dates import DeadlineMatch

from .splitting import Document
from .time_words import FUTURE, PAST, sentence_around

__all__ = ["milestone_done"]

# "2017 (februari, gerealiseerd)": a remark in brackets right after the time.
_DONE_REMARK = re.compile(
    r"[ \t]*\([^()\n]{0,30}\b(?:gerealiseerd|gereed|opgeleverd|afgerond|voltooid|uitgevoerd)\)",
    re.IGNORECASE,
)
# "2031   start realisatie (gereed)": the same remark closing the line, after the step.
_DONE_AT_END = re.compile(
    r"[ \t]+[^\W\d_][^()\n\d]{1,60}?[ \t]*\([^()\n]{0,30}\b(?:gerealiseerd|gereed|opgeleverd|"
    r"afgerond|voltooid|uitgevoerd)\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "start bouw ........ afgerond": the status word at the end of a dot leader after the step.
_DONE_LEADER = re.compile(
    r"[ \t]+[^\W\d_][^\n.]{1,60}(?:\.{3,}|…+)[ \t]*(?:gerealiseerd|gereed|opgeleverd|afgerond|"
    r"voltooid|uitgevoerd)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Raad van State", "Provinciale Staten": a name of several capitalised words.
# "heeft de beroepen ongegrond verklaard": a verdict the past-tense words do not list.
_VERDICT = re.compile(r"\b(?:heeft|hebben|had|hadden)\b[^.;]{0,80}?\bverklaard\b", re.IGNORECASE)
_NAME = re.compile(
    r"\b[A-Z][a-zà-ÿ]{2,}(?:[ \t]+(?:van[ \t]+|de[ \t]+|der[ \t]+)?[A-Z][a-zà-ÿ]{2,})+"
)


def milestone_done(text: str, document: Document, match: DeadlineMatch) -> bool:
    """The planning line of this year is done by the page's own word (see module doc)."""
    letter, deadline = document.date, match.deadline
    if letter is None or deadline.start is None or deadline.start.year != letter.year:
        return False
    if _DONE_REMARK.match(text, match.end):
        return True
    line_end = text.find("\n", match.end)
    line_end = line_end if line_end >= 0 else len(text)
    if _DONE_AT_END.match(text, match.end, line_end) or _DONE_LEADER.match(
        text, match.end, line_end
    ):
        return True
    name = _NAME.search(text, match.end, line_end)
    if name is None:
        return False
    # "Uitspraak Raad van State": the step's noun may lead the name of the body that takes it
    words = name.group().split()
    for first in range(len(words) - 1):
        candidate = " ".join(words[first:])
        if _NAME.fullmatch(candidate) and _told_in_past(
            text, document, candidate, (match.start, line_end)
        ):
            return True
    return False


def _told_in_past(text: str, document: Document, name: str, line: tuple[int, int]) -> bool:
    """``name`` is the subject of a past-tense sentence elsewhere in the document."""
    named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for mention in named.finditer(text, document.start, document.end):
        if line[0] <= mention.start() < line[1]:
            continue  # the planning line itself
        before, after = sentence_around(text, mention.start(), mention.end())
        words = f"{before.rsplit(chr(10), 1)[-1]} {after.split(chr(10), 1)[0]}"
        if (PAST.search(words) or _VERDICT.search(words)) and not FUTURE.search(words):
            return True
    return False
