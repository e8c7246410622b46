"""The words that place a time phrase: month names, letterhead labels, tense and relations.

Shared by the timeline modules (``timeline``, ``time_ranges``, ``planning_lines``,
``past_events``), the letter splitter and the footnote finder, so a month or a label is
spelled in one place only.
"""

from __future__ import annotations

import re

from ruimtemonitor.core.dutch.dates import FULL_MONTH

__all__ = [
    "CITED",
    "FORWARD_RELATIONS",
    "FUTURE",
    "LABEL_LINE",
    "LETTERHEAD_LABELS",
    "MONTH_NAMES",
    "PAST",
    "RELATION_START",
    "RUNNING_HEAD",
    "YEAR",
    "cites_source",
    "is_past",
    "line_of",
    "sentence_around",
]

# "januari|februari|…|december", as an alternation for a regular expression.
MONTH_NAMES = FULL_MONTH
# The labels of a letterhead's side column ("Datum", "Betreft", "Ons kenmerk"); "Datum
# raadsvergadering 6 juli 2016" is the council's decision ahead, not a label.
LETTERHEAD_LABELS = r"datum(?![ \t]+raadsvergadering)|betreft|onderwerp|ons[ \t]+kenmerk|kenmerk"
# A line that labels the letter (or stamps its version): its date is no time of the text.
LABEL_LINE = re.compile(
    # "*** DEFINITIEF ***     versie 1.0 - 15/11/2021": a numbered version stamp with its date
    r"^(?:[^\n]{0,80}?\bversie[ \t]+\d{1,3}(?:\.\d{1,3}){0,2}[ \t]{0,3}[-–—,:|][ \t]{0,3}\d"
    rf"|\s*(?:{LETTERHEAD_LABELS}|uw\s+kenmerk|"
    # ("Vergaderdatum raad  15 december 2008" heads a council proposal with the meeting ahead)
    r"stand\s+van\s+zaken|bijgewerkt|peildatum|vergaderdatum(?![ \t]+raad\b)|versie|"
    r"laatst\s+gewijzigd|"
    r"laatste\s+wijziging|geprint|afgedrukt|print(?:datum|\s+datum)|den\s+haag\s*,)\b)",
    re.IGNORECASE,
)
# "Kenmerk 2016/123 — MIRT-brief najaar 2016 — vervolg", "Afsprakenlijst BOL 3-X-2031 (vervolg)":
# a page's running head repeats the letter's subject (cleaning may glue it to the line before);
# its time is no time of the text.
RUNNING_HEAD = re.compile(
    r"[^\n.;:]{0,80}?(?:[—–][ \t]{0,3}vervolg|\(vervolg\))[ \t]*$", re.IGNORECASE | re.MULTILINE
)
PAST = re.compile(
    r"\b(?:is|zijn|werd|werden|was|waren|heb|hebt|heeft|hebben|had|hadden)\b[^.;]{0,80}?"
    r"\b(?:(?:aan|af|op|toe|in|uit|vast|door|mee|bij|terug|om|vrij|goed|voor|na|neer|samen|"
    r"open|over|weg|dicht|rond|los|tegen|achter|klaar|stil|kwijt|bekend|binnen)?"
    r"ge[a-zë]{2,}(?:d|t|en)|"
    # "heeft in juni uitspraak gedaan", "is ingegaan": the participles in -aan
    r"(?:aan|af|in|op|over|toe|uit|door)?ge(?:d|g|st)aan|"
    r"verdeeld|vergroot|verbeterd|verplaatst|verworven|vastgesteld|besloten|vastgelegd|ondertekend|afgerond|"
    r"opgeleverd|uitgebracht|aangenomen|ingediend|verschenen|verstuurd|toegezegd|afgesproken|"
    r"opengesteld|ontvangen|ingestemd|verleend|bekrachtigd|aanbesteed|overeengekomen|"
    r"onderzocht|besproken|vervangen|verlengd|verbreed|verdiept|vernieuwd|verschoven|"
    r"vertraagd|uitgesteld|besteed|bereikt|beëindigd|overgedragen|opgeheven|uitgevoerd|"
    r"gepubliceerd|bezocht|benoemd|betaald|bevestigd|verkend|verzonden|verricht|overhandigd|"
    r"aangeboden|bijgesteld|bekendgemaakt|verkregen|herzien|verstrekt|hersteld|ontworpen|"
    r"ontwikkeld|verhoogd|verlaagd|beantwoord|behandeld|beoordeeld|verworpen|vernietigd|"
    r"bepaald|beslist|verkocht|erkend|verlegd|verwijderd|bekeken|verruimd|versterkt|"
    r"vergund|verankerd)\b"
    # "heeft in juni een studie laten uitvoeren": the perfect with a double infinitive
    r"|\b(?:heeft|hebben|had|hadden)\b[^.;]{0,80}?(?<!\bte[ ])\blaten[ \t\n]+[a-z]{3,}en\b"
    r"|\b(?:vond(?:en)?|plaatsvond|plaatsgevonden|sinds|jl\.|jongstleden|afgelopen|destijds|"
    r"eerder|reeds|inmiddels)\b"
    # the simple past: "Begin november bezocht ik de regio"
    r"|\b(?:bezocht(?:en)?|sprak(?:en)?|besloot|stuurde[n]?|stelde[n]?\s+\w+\s+vast|"
    r"startte[n]?|begon(?:nen)?|ondertekende[n]?|tekende[n]?|ontving(?:en)?|verscheen|"
    r"verschenen|informeerde[n]?|opende[n]?|leverde[n]?\s+\w+\s+op|nam(?:en)?|lag(?:en)?|"
    r"liep(?:en)?|duurde[n]?|stemde[n]?|eindigde[n]?|ging(?:en)?|kende[n]?|keurde[n]?|"
    r"gaf|gaven|bracht(?:en)?|hield(?:en)?|kwam(?:en)?|deed|deden|diende[n]?|legde[n]?|"
    r"voerde[n]?|maakte[n]?|trad(?:en)?|verleende[n]?)\b",
    re.IGNORECASE,
)
# "heeft tot 30 september ter inzage gelegen", "de inspraak liep tot 1 mei": a time "until"
# that is over, told with a verb of lasting.
_LASTED = re.compile(
    r"\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\b[^.;]{0,80}?"
    r"\b(?:gelegen|geduurd|gegolden|gelopen)\b|\b(?:lag|lagen|liep|liepen|duurde|duurden|"
    r"gold|golden)\b",
    re.IGNORECASE,
)
# "De zienswijzen konden tot 1 september worden ingediend": a modal in the past.
_PAST_MODAL = re.compile(r"\b(?:kon|konden|moest|moesten)\b", re.IGNORECASE)
# "de officiële afronding was op 12 juni": the past of "to be" right before the time.
_WAS_BEFORE = re.compile(r"\b(?:was|waren)[ \t\n]*$", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:zal|zullen|wordt|worden|gaat|gaan|moet|moeten|komt|komen|volgt|volgen|verwacht|"
    r"voorzien|gepland|beoogd|streven|streeft|uiterlijk|naar\s+verwachting|start|starten|"
    # "besluit" after an article is the noun: "heeft het besluit genomen" is no future
    r"kiest|neemt|levert|leveren|informeer|informeren|stuurt|sturen|besluiten|"
    r"(?<!het[ ])(?<!een[ ])(?<!dit[ ])(?<!dat[ ])besluit|"
    r"spreken\s+af|komen\s+overeen|bespreek|bespreken)\b"
    # "toegezegd de uitvoering in de brief van het najaar toe te lichten": an infinitive with
    # "te" closing the clause after the time (" @ " in "before @ after") is what is still to
    # be done; not with a participle between ("in het overleg van 3 juli toegezegd … te
    # meten": the day the promise was made)
    r"|(?<=@)(?:(?!\b(?:toe)?ge[a-z]+[dt]\b|zegd\b)[^.;@])*?\bte[ \t\n]+[a-z]+en\b"
    r"(?=[ \t]*(?:[.;]|$))",
    re.IGNORECASE,
)
FORWARD_RELATIONS = frozenset({"by", "before", "until", "from", "after"})
CITED = re.compile(
    r"\b(?:brief|brieven|besluit|akkoord|regeerakkoord|coalitieakkoord|overleg|debat|"
    r"vergadering|afspraken|woontopafspraken|verslag|advies|motie|kamerbrief|uitspraak|"
    r"nota|rapport)\s+(?:\w+\s+){0,3}(?:van|d\.d\.)\s*$",
    re.IGNORECASE,
)
RELATION_START = re.compile(
    r"^(?:in|voor|vóór|tijdens|op|uiterlijk|na|met|bij|tot|vanaf|per|rond|richting|eind|"
    r"begin|medio|uiterlijk|aan)\b",
    re.IGNORECASE,
)
# A year in the words, or a year named relative to the letter's ("volgend jaar").
YEAR = re.compile(r"(?:19|20)\d{2}|\b(?:dit|volgend|vorig|komend)e?\s+jaar\b", re.IGNORECASE)
_PAST_MARK = re.compile(r"\b(?:jl\.|jongstleden|afgelopen|vorig(?:e)?)(?!\w)", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:sinds|vanaf)\s*$", re.IGNORECASE)
# "de toezegging uit het notaoverleg van 27 juni": a time that names where something came
# from (a meeting, debate or letter before this one) is past.
_FROM_SOURCE = re.compile(
    r"\buit[ \t\n]+(?:het|de)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?[\w-]*(?:overleg|debat|"
    r"vergadering|brief|verslag|AO|BO)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?van[ \t\n]*$",
    re.IGNORECASE,
)


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after a phrase (within its paragraph)."""
    left = max(
        text.rfind(". ", 0, start),
        text.rfind(".\n", max(0, start - 300), start),  # a sentence that ends a line
        text.rfind("; ", max(0, start - 300), start),
        text.rfind("\n\n", 0, start),
        text.rfind("\n•", 0, start),
    )
    right_candidates = [
        i
        for i in (text.find(". ", end), text.find("; ", end, end + 300), text.find("\n\n", end))
        if i >= 0
    ]
    right = min(right_candidates) if right_candidates else len(text)
    return text[max(left, 0, start - 300) : start], text[end : min(right, end + 300)]


def line_of(text: str, offset: int) -> str:
    """The whole line that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


# "de motie van 12 maart", "het verslag van het overleg van 28 maart": a document that
# exists already, so its date is past unless the clause speaks of the future.
_CITED_DOCUMENT = re.compile(
    r"(?<![\w-])(?:(?:kamer)?brief|brieven|moties?|amendement|verslag|advies|rapport|uitspraak|"
    r"afsprakenlijst)[ \t\n]+(?:[\w.-]+[ \t\n]+){0,3}?(?:van|d\.d\.)[ \t\n]*$",
    re.IGNORECASE,
)


def cites_source(before: str, after: str, phrase: str) -> bool:
    """Whether a time names where something came from: a meeting a promise was made in ("uit
    het debat van 4 april") or the day of a document already written ("de motie van 12
    maart"; not "in de MIRT-brief van het voorjaar", a letter still to come)."""
    if _FROM_SOURCE.search(before):
        return True
    return (
        bool(re.search(r"\d", phrase))
        and bool(_CITED_DOCUMENT.search(before))
        and not FUTURE.search(f"{before} @ {after}")
    )


_SPLIT_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")


def is_past(before: str, after: str, relation: str, phrase: str = "") -> bool:
    """Whether the sentence around a time phrase speaks of it in the past tense."""
    # "toege-zegd": a word the line end split, joined again to read its tense
    before, after = _SPLIT_WORD.sub("", before), _SPLIT_WORD.sub("", after)
    if _SINCE.search(before) or _PAST_MARK.search(phrase) or cites_source(before, after, phrase):
        return True
    words = f"{before} @ {after}"
    if relation in FORWARD_RELATIONS:
        if relation != "until":
            return False
        return bool(_PAST_MODAL.search(words)) or (
            bool(_LASTED.search(words)) and not FUTURE.search(words)
        )
    if _WAS_BEFORE.search(before) and not FUTURE.search(words):
        return True  # not "de oplevering was op 12 juni voorzien"
    past = PAST.search(words)
    future = FUTURE.search(words)
    if past and not future:
        return True
    if past and future:
        # The verb nearest to the date decides: "is in 2019 gestart; de bouw start in 2024".
        at = len(before) + 1
        return abs(past.start() - at) < abs(future.start() - at)
    return False
