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

__all__ = ["announces_report", "asks_by_motion", "only_sends", "reports_promise"]

# "uw Karner": a scan reads the "m" as "rn"
_TO_THE_KAMER = r"(?:u|uw\s+ka(?:m|rn)er|de\s+(?:tweede\s+)?ka(?:m|rn)er)"
_REPORT = r"(?:informeren|inlichten|berichten|rapporteren|op\s+de\s+hoogte\s+(?:houden|stellen))"
# "Ik zal u … informeren", "informeer ik uw Kamer", "ik informeer u", "stuur ik u … toe"
_ANNOUNCED = re.compile(
    rf"\b(?:ik|wij|we)\s+(?:zal|zullen)\s+{_TO_THE_KAMER}\b[^.;]{{0,120}}?\b{_REPORT}\b"
    rf"|\b(?:zal|zullen)\s+(?:ik|wij|we)\s+{_TO_THE_KAMER}\b[^.;]{{0,120}}?\b{_REPORT}\b"
    rf"|\b(?:informeer|bericht|rapporteer)\s+(?:ik|wij|we)\s+{_TO_THE_KAMER}\b"
    rf"|\b(?:ik|wij|we)\s+(?:informeer|informeren|bericht|berichten)\s+{_TO_THE_KAMER}\b",
    re.IGNORECASE,
)
# "Ik onderzoek met de provincie de mogelijkheden en informeer uw Kamer uiterlijk 1 oktober
# over …": a second verb of the same subject, a promise only by a time it must be kept by
# ("… en bericht u daarover bij de MIRT-brief" tells a plan).
_SECOND_VERB = re.compile(
    rf"\b(?:ik|wij|we)\s+[^\W\d_]+\b[^.;]{{0,120}}?\ben\s+(?:informeer|informeren)\s+"
    rf"{_TO_THE_KAMER}\s+(?:uiterlijk|vóór|voor)\s",
    re.IGNORECASE,
)
# The time the report is promised by: a season, month or year (also one named from the
# letter's: "voor het eind van dit jaar", "begin volgend jaar"), or a later letter or debate.
_TIME_NAMED = (
    rf"(?:de\s+|het\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:(?:19|20)\d{{2}}|(?:dit|volgend|komend)e?\s+jaar|jaareinde|"
    rf"jaarwisseling|voorjaar|najaar|zomer|winter|herfst|kerst(?:reces)?|"
    rf"zomerreces|week\s+\d{{1,2}}|{MONTH_NAMES}|(?:volgende\s+)?(?:MIRT-)?brief|BO\s+MIRT|BOL|voortgangsrapportage|"
    rf"(?:commissie|nota|plenair\s+)?debat|notaoverleg|begrotingsbehandeling|"
    # "vóór het AO MIRT": a debate by its old name, the algemeen overleg
    rf"AO|algemeen\s+overleg|wetgevingsoverleg|WGO)\b"
)
_PROMISED_TIME = re.compile(
    rf"\b(?:voor|vóór|uiterlijk|in|bij|na|rond|eind|medio|begin|tijdens)\s+{_TIME_NAMED}",
    re.IGNORECASE,
)
# "De resultaten stuur ik u voor het zomerreces", "Ik verwacht u vóór 1 december de MIRT-brief
# te sturen": sending or an expected report is a promise by the time named right after "u" with
# "voor"/"uiterlijk"; "Begin 2027 stuur ik u …", "stuur ik u na de zomer" and "ik verwacht u
# in het voorjaar te informeren" tell a plan.
_SENT_BY = re.compile(
    r"(?:\b(?:stuur|zend|verstuur)\s+(?:ik|wij|we)|\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)"
    r"|\b(?:ik|wij|we)\s+verwacht(?:en)?|\bverwacht(?:en)?\s+(?:ik|wij|we))"
    rf"\s+{_TO_THE_KAMER}\s+(?:[\w-]+\s+){{0,2}}?(?:voor|vóór|uiterlijk)\s+{_TIME_NAMED}",
    re.IGNORECASE,
)
_EXPECTED = re.compile(
    rf"\bverwacht\w*\b[^.;]*\bte\s+(?:{_REPORT}|sturen|zenden|doen\s+toekomen)\b", re.IGNORECASE
)


def only_sends(sentence: str) -> bool:
    """Whether the sentence promises the Kamer a letter by a time only as a sending or an
    expected report ("De uitkomsten stuur ik u voor de zomer"), not by "ik zal u informeren"."""
    sent = _SENT_BY.search(sentence)
    if sent is None or _ANNOUNCED.search(sentence) is not None:
        return False
    return "verwacht" not in sent.group().lower() or _EXPECTED.search(sentence) is not None


# The letter reporting now: "Met deze brief informeer ik u", "Hierbij informeer ik uw Kamer",
# "Voorafgaand aan het debat van 2 november informeer ik u".
_THIS_LETTER = re.compile(
    r"\b(?:met\s+(?:deze|dit|onderstaande)|hierbij|hiermee|hierin|in\s+deze\s+brief|bijgaand|"
    r"voorafgaand\s+aan|zoals\s+gevraagd|graag)\b",
    re.IGNORECASE,
)


# "De minister informeert de Tweede Kamer voor het kerstreces", "de staatssecretaris zal de
# Kamer uiterlijk in mei berichten": the same promise told of a minister by someone else.
_TOLD_OF_MINISTER = re.compile(
    r"\b(?:de|het)\s+(?:minister|staatssecretaris|kabinet)\b(?:\s+van\s+[\w&]+)?\s+"
    rf"(?:(?:informeert|bericht|rapporteert\s+aan)\s+de\s+(?:tweede\s+)?kamer\b|"
    rf"(?:zal|gaat)\s+de\s+(?:tweede\s+)?kamer\b[^.;]{{0,120}}?\b{_REPORT}\b)",
    re.IGNORECASE,
)


def reports_promise(sentence: str) -> bool:
    """Whether the sentence tells of a minister's promise to report to the Kamer by a time,
    in a text written by others (a press release, a council letter)."""
    return (
        _TOLD_OF_MINISTER.search(sentence) is not None
        and _PROMISED_TIME.search(sentence) is not None
    )


# "… de motie-X (…) aangenomen, die vraagt de brug mee te nemen.", "De regio vraagt aandacht
# voor de motie-Y.": a motion that asks; the minister's report told right after answers it.
_ASKING_MOTION = re.compile(
    r"\bmotie\b[^.;]{0,160}\b(?:vraagt|vragen|verzoekt|verzoeken|gevraagd|verzocht)\b"
    r"|\b(?:vraagt|vragen|verzoekt|meldt|melden)\b[^.;]{0,60}\bmotie\b",
    re.IGNORECASE,
)


def asks_by_motion(sentence: str) -> bool:
    """Whether the sentence names a motion that asks something (or is raised by someone), so
    that a minister's promise told after it is the answer to the motion."""
    return _ASKING_MOTION.search(re.sub(r"\b(nrs?|c\.s)\.", r"\1", sentence)) is not None


def announces_report(sentence: str) -> bool:
    """Whether the sentence promises the Kamer a report by a time still to come."""
    return (
        (
            _ANNOUNCED.search(sentence) is not None
            or _SECOND_VERB.search(sentence) is not None
            or only_sends(sentence)
        )
        and _PROMISED_TIME.search(sentence) is not None
        and _THIS_LETTER.search(sentence) is None
    )
