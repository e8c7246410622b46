"""A minister's written promise to report to the Kamer later, in a letter to the Kamer.

"Over de uitkomsten informeer ik uw Kamer voor de zomer van 2021", "Ik zal u uiterlijk 1 mei
informeren over …": a commitment to parliament made in writing, as the Kamer's register of
toezeggingen records it, though the letter never says "toezeggen". The letter's own report
("Met deze brief informeer ik u …", "Hierbij bericht ik u …") promises nothing, and a report
without a time of its own ("Ik informeer u graag over …") is no commitment.
"""

from __future__ import annotations

import re

from .time_words import MONTH_NAMES

__all__ = ["announces_report"]

_TO_THE_KAMER = r"(?:u|uw\s+kamer|de\s+(?:tweede\s+)?kamer)"
_REPORT = r"(?:informeren|inlichten|berichten|rapporteren|op\s+de\s+hoogte\s+(?:houden|stellen))"
# "Ik zal u … informeren", "informeer ik uw Kamer", "ik informeer u", "stuur ik u … toe"
_ANNOUNCED = re.compile(
    rf"\b(?:ik|wij|we)\s+(?:zal|zullen)\s+{_TO_THE_KAMER}\b[^.;]{{0,120}}?\b{_REPORT}\b"
    rf"|\b(?:zal|zullen)\s+(?:ik|wij|we)\s+{_TO_THE_KAMER}\b[^.;]{{0,120}}?\b{_REPORT}\b"
    rf"|\b(?:informeer|bericht|rapporteer)\s+(?:ik|wij|we)\s+{_TO_THE_KAMER}\b"
    rf"|\b(?:ik|wij|we)\s+(?:informeer|informeren|bericht|berichten)\s+{_TO_THE_KAMER}\b",
    re.IGNORECASE,
)
# The time the report is promised by: a season, month or year, or a later letter or debate.
_PROMISED_TIME = re.compile(
    rf"\b(?:voor|vóór|uiterlijk|in|bij|na|rond|eind|medio|begin|tijdens)\s+(?:de\s+|het\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:(?:19|20)\d{{2}}|voorjaar|najaar|zomer|winter|herfst|kerst(?:reces)?|"
    rf"zomerreces|{MONTH_NAMES}|(?:volgende\s+)?(?:MIRT-)?brief|voortgangsrapportage|"
    rf"(?:commissie|nota|plenair\s+)?debat|notaoverleg|begrotingsbehandeling)\b",
    re.IGNORECASE,
)
# The letter reporting now: "Met deze brief informeer ik u", "Hierbij informeer ik uw Kamer",
# "Voorafgaand aan het debat van 2 november informeer ik u".
_THIS_LETTER = re.compile(
    r"\b(?:met\s+(?:deze|dit|onderstaande)|hierbij|hiermee|hierin|in\s+deze\s+brief|"
    r"voorafgaand\s+aan|zoals\s+gevraagd|graag)\b",
    re.IGNORECASE,
)


def announces_report(sentence: str) -> bool:
    """Whether the sentence promises the Kamer a report by a time still to come."""
    return (
        _ANNOUNCED.search(sentence) is not None
        and _PROMISED_TIME.search(sentence) is not None
        and _THIS_LETTER.search(sentence) is None
    )
