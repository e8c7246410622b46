"""A minister's own promise to parliament, as a letter to the Kamer words it.

"Hiermee kom ik mijn toezegging na", "de toezegging die ik in het debat deed", "Zoals aan uw
Kamer toegezegd …": the writer names the promise as their own or as made to "u", without the
verb forms ("ik heb toegezegd", "ik zeg u toe") the sentence reading looks for first. A
promise another party made ("De provincie heeft toegezegd …") is none of these.
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import NOT_MID_BLANKS

__all__ = ["DEBATE_CELL", "DEBATE_OPENS_ROW", "is_own_promise", "listed_promises", "said_again"]

_OWN_PROMISE = re.compile(
    r"\b(?:mijn|onze)\s+(?:eerdere\s+)?toezegging\b"
    r"|\btoezegging\s+(?:(?:gestand|na)\s+)?(?:aan\s+(?:u|uw\s+kamer)|die\s+(?:ik|wij|we)|"
    r"van\s+mijn\s+kant)\b"
    r"|\bzoals\s+(?:(?:ik\s+)?(?:aan\s+)?(?:u|uw\s+kamer)\s+)?(?:eerder\s+)?(?:is\s+)?toegezegd\b"
    r"|\b(?:u|uw\s+kamer)\s+(?:is\s+)?toegezegd\b"
    # "kom ik de toezegging na", "doe ik hiermee de toezegging gestand", "voldoe ik aan de …",
    # "Ik doe hiermee de toezegging gestand"
    r"|\b(?:(?:kom|doe|voldoe)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:kom|doe|doen|komen|voldoe|"
    r"voldoen))\s+(?:(?:hiermee|daarmee|ook|graag)\s+)?(?:aan\s+)?(?:de|een)\s+toezegging\b",
    re.IGNORECASE,
)


def is_own_promise(sentence: str) -> bool:
    """Whether the sentence names the writer's own promise, or one made to the Kamer ("u")."""
    return _OWN_PROMISE.search(sentence) is not None


# "| CD MIRT 12 juni 2031 |", "   Notaoverleg MIRT 20-11-2030   ": a table cell that names the
# debate a commitment was made in, without the brackets a sentence puts around it.
DEBATE_CELL = re.compile(
    rf"(?:\||{NOT_MID_BLANKS}[ \t]{{2,}}+|{NOT_MID_BLANKS}\t)[ \t]*+"
    r"(?P<debate>(?:CD|AO|NO|WGO|[Cc]ommissiedebat|"
    r"[Aa]lgemeen\s+[Oo]verleg|[Nn]otaoverleg|[Ww]etgevingsoverleg|[Pp]lenair\s+debat|"
    r"[Bb]egrotingsbehandeling|"
    r"[Mm]ondelinge\s+vragen|[Vv]ragenuur)\b[^|\t\n]{0,60}?)(?=[ \t]*\||[ \t]{2,}|\t|[ \t]*$)",
    re.MULTILINE,
)

# "Commissiedebat MIRT 29 juni 2023: de Kamer informeren … | Afgedaan", "Schriftelijk overleg
# 3 maart 2031: …": the debate a commitment was made in opening a row's first cell.
DEBATE_OPENS_ROW = re.compile(
    r"^[ \t|]*+(?P<debate>(?:CD|AO|NO|WGO|SO|[Cc]ommissiedebat|[Aa]lgemeen\s+[Oo]verleg|"
    r"[Nn]otaoverleg|[Ww]etgevingsoverleg|[Ss]chriftelijk\s+[Oo]verleg|[Pp]lenair\s+debat|"
    r"[Bb]egrotingsbehandeling|[Mm]ondelinge\s+vragen|[Vv]ragenuur)\b[^|:\t\n]{0,40}?)"
    r"(?=[ \t]*[:|]|[ \t]{2,}|\t)"
)

# "Toezeggingen", "Overzicht van openstaande toezeggingen:", "3. Lopende toezeggingen": a
# heading over a list whose items are each one commitment.
_LIST_HEADING = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:overzicht[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?)?"
    r"(?:openstaande[ \t]+|lopende[ \t]+|gedane[ \t]+)?toezeggingen(?:[ \t]+aan[ \t]+"
    r"(?:uw|de)[ \t]+kamer)?[ \t]*+(?::[ \t]*+)?$",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-•*▪–])[ \t]+\S[^\n]*(?:\n(?![ \t]*\n|[ \t]*"
                        r"(?:\d{1,2}[.)]|[-•*▪–])[ \t])[^\n]+)*", re.MULTILINE)  # fmt: skip
# An item says where or to whom the promise was made: a debate, the Kamer, a member.
_MADE_TO_PARLIAMENT = re.compile(
    r"\b(?:CD|AO|NO|WGO)\b|\b(?:commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg|"
    r"plenair\s+debat|begrotingsbehandeling|vragenuur|(?:uw|de)\s+(?:tweede\s+)?kamer|het\s+lid)\b",
    re.IGNORECASE,
)


def listed_promises(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of each list under a heading that names commitments, when the
    item says it was made to parliament (a debate, the Kamer, a member)."""
    spans: list[tuple[int, int]] = []
    for heading in _LIST_HEADING.finditer(text, start, end):
        position = heading.end() + 1
        listed = 0
        while position < end:
            blank = re.match(r"[ \t]*\n", text[position:end])
            if blank and not listed:
                position += blank.end()  # a blank line between the heading and its list
                continue
            listed += 1
            item = _LIST_ITEM.match(text, position, end)
            if item is None:
                break
            if _MADE_TO_PARLIAMENT.search(item.group()):
                spans.append((item.start(), item.end()))
            position = item.end() + 1
    return spans


# "heb ik toegezegd de evaluatie te sturen", "zeg ik u toe": a sentence that makes a promise.
_NEW_PROMISE = re.compile(r"\btoegezegd\b[^.]*?\bte\s+\w+|\bzeg(?:t|gen)?\b[^.]*?\btoe\b", re.I)


def said_again(
    text: str,
    items: list[Any],
    before: tuple[int, int],
    span: tuple[int, int],
    kind: str,
    detail: Any,
) -> bool:
    """A commitment named without details of its own right after the sentence that gave
    the previous commitment, in the same paragraph: the same promise said again."""
    if kind != "toezegging" or detail or not items or before[1] == 0:
        return False
    start, end = span
    sentence = text[start:end]
    if _NEW_PROMISE.search(sentence) and not _OWN_PROMISE.search(sentence):
        return False  # "Ook heb ik toegezegd de evaluatie te sturen.": a promise of its own
    last = items[-1]
    if last.kind != "toezegging":
        return False
    if last.start == before[0] and "\n\n" not in text[before[1] : start]:
        return True
    # "Met deze brief doe ik de toezegging gestand." later in the paragraph of the promise
    return _KEEPS.search(sentence) is not None and "\n\n" not in text[last.start : start]


_KEEPS = re.compile(
    r"\b(?:met\s+deze\s+brief|hiermee|daarmee)\b[^.;]{0,40}\btoezegging\b[^.;]{0,20}"
    r"\b(?:gestand|na)\b",
    re.IGNORECASE,
)
