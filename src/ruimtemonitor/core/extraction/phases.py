"""The phase a project is in now, as the text says it (MIRT rules, Spelregels MIRT 2022).

onderzoek → startbeslissing → verkenning → voorkeursbeslissing → planuitwerking →
projectbeslissing → realisatie → opleveringsbeslissing. A "Fase:"/"Status" label wins; then
what the text says the project is in ("is in planuitwerking", "de verkenning loopt"); then a
decision already taken; then the first phase it names, unless named as what comes next.
"""

from __future__ import annotations

import re

from .patterns import NOT_MID_BLANKS
from .phase_cues import IN_USE_SINCE, STUDYING_NOW, WORKING_SINCE

__all__ = [
    "NOUN_PHASES",
    "labelled_phase",
    "progress_phase",
    "project_phase",
    "side_phase",
    "stated_phase",
]

# Scanned letters read an "l" as "I" or "1" ("reaIisatie", "p1anuitwerking") and keep the
# hyphen of a word broken over two lines ("plan-studiefase"): the phase words allow both.
_L = "[lI1]"
_PHASE_WORD = (
    rf"(?P<phase>MIRT-onderzoek|onderzoek|verkenning|p{_L}an(?:-|[ \t]{{1,2}})?uitwerking|"
    rf"p{_L}an-?studie|"
    rf"rea{_L}isatie|uitvoering)"
)
# "in januari", "op 3 maart 2025", "vorig jaar": when a phase began, between "is" and "gestart"
_WHEN_BEGUN = (
    r"(?:(?:in|op|per|sinds|vorig|afgelopen)\s+(?:(?!niet\b|nog\b|geen\b)[\w-]+\s+){1,3}?)"
)
_PHASE_NOW = (
    # "Fase: Realisatie", "Projectfase: verkenning", "➢ Fase" over "Realisatie",
    # "Fase ........ planuitwerking" (a dot leader), "Stand:   in uitvoering sinds 2025",
    # "Fase<TAB>planuitwerking" (a key/value block parted by one tab)
    re.compile(
        rf"^[ \t|]*(?:[•➢▪►][ \t]*)?(?:huidige[ \t]+)?(?:project)?(?:fase|status|stand)"
        # "Fase — realisatie": a key line that leads the label to its value with a dash
        rf"(?:[ \t]*[:|][ \t]*|[ \t]{{2,}}|\t|[ \t]*\n[ \t]*|[ \t]*(?:\.{{3,}}|…+)[ \t]*|"
        rf"[ \t]{{0,3}}[—–][ \t]{{0,3}})"
        rf"(?:in[ \t]+(?:de[ \t]+)?)?{_PHASE_WORD}",
        re.I | re.M,
    ),
    # "Met dit besluit gaat het project de verkenningsfase in": the phase it enters now
    re.compile(
        rf"\b(?:gaat|gaan|treedt|treden)\s+(?:(?:het|dit)\s+project\s+)?(?:nu\s+)?"
        rf"(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}s?fase\s+in\b",
        re.I,
    ),
    # "is in (de) planuitwerking", "bevindt zich in de verkenningsfase", "zit in de realisatie"
    re.compile(
        rf"\b(?:is|zijn|zit|zitten|bevindt\s+zich|bevinden\s+zich|verkeert|ligt)\s+"
        # "is sinds 2019", "is sinds mei 2019", "is sinds 4 mei 2019 in uitvoering", "is sinds
        # het voorjaar van 2027", "is sinds eind 2026": a season or part of the year between
        rf"(?:(?:nu|inmiddels|nog|daarmee|al|sinds\s+(?:\d{{4}}|(?:(?:het|de|begin|eind|medio)\s+)?"
        rf"(?:\d{{1,2}}\s+)?\w+(?:\s+(?:van\s+)?\d{{4}})?))"
        rf"\s+){{0,3}}"
        rf"(?:in\s+(?:de\s+|het\s+)?){_PHASE_WORD}(?:s?fase)?\b",
        re.I,
    ),
    # "dat het project zich in de planuitwerking bevindt": the same, in a subordinate clause
    re.compile(
        rf"\bzich\s+(?:(?:nu|inmiddels|nog|al)\s+){{0,2}}in\s+(?:de\s+|het\s+)?{_PHASE_WORD}"
        rf"(?:s?fase)?\s+(?:bevindt|bevinden)\b",
        re.I,
    ),
    # "Voor het station loopt de realisatie": the verb first, after a fronted phrase
    re.compile(
        rf"\bloopt\s+(?:(?:nu|nog|inmiddels|al)\s+)?(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}"
        rf"(?:s?fase)?\b(?!\s+af\b)",
        re.I,
    ),
    # "de planuitwerking loopt", "de verkenning is gestart", "daarmee is de realisatiefase gestart"
    re.compile(
        rf"\b(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\s++"
        # "de planuitwerking voor het nieuwe busstation en de stationsomgeving loopt" (the
        # blanks possessive: a run of thousands is not cut every way between them)
        rf"(?:(?:voor|van|aan|bij|naar)\s++[^.;]{{0,60}}?\s++)?(?:loopt|is\s+"
        # "de verkenning is daarmee gestart", "de verkenning is in januari gestart"
        rf"(?:(?:daarmee|hiermee|inmiddels|nu|al)\s+|{_WHEN_BEGUN})?(?:gestart|begonnen)"
        rf"|gestart|is\s+in\s+volle\s+gang)",
        re.I,
    ),
    # "De provincie is de planuitwerking (in maart) gestart"
    re.compile(
        rf"\bis\s+(?:de\s+)?(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\s+{_WHEN_BEGUN}?"
        rf"(?:gestart|begonnen)",
        re.I,
    ),
    # "de verkenning wordt afgerond met een voorkeursbeslissing in 2021": still in it
    re.compile(
        rf"\b(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\s+(?:wordt|zal)\s+"
        rf"(?:(?!niet\b)[\w-]+\s+){{0,4}}?afgerond\b",
        re.I,
    ),
    # "Het project gaat van de verkenning naar de planuitwerking": the phase it moves into
    re.compile(
        rf"\b(?:gaat|gaan|ging|is|zijn)\s+(?:(?:nu|daarmee|hiermee|dan)\s+)?(?:over\s+)?"
        rf"van\s+(?:de\s+|het\s+)?[\w-]+\s+naar\s+(?:de\s+|het\s+)?{_PHASE_WORD}(?:s?fase)?\b",
        re.I,
    ),
    # "Het project gaat nu de planuitwerking in": it enters that phase now
    re.compile(
        rf"\b(?:gaat|gaan)\s+(?:nu|daarmee|hiermee|thans|inmiddels)\s+(?:de|het)\s+(?:MIRT-)?"
        rf"{_PHASE_WORD}(?:s?fase)?\s+in\b",
        re.I,
    ),
    # "Sinds mei 2010 in uitvoering; openstelling eind 2014.": a minute's note without a verb
    # opens the sentence with the time the phase began
    re.compile(
        rf"(?:^|(?<=[.;:][ \t])|(?<=[.;:]\n))[ \t]*+(?:sinds|vanaf)[ \t]+(?:[\w-]+[ \t]+){{1,3}}?"
        rf"in[ \t]+(?:de[ \t]+)?{_PHASE_WORD}(?:s?fase)?\b",
        re.I | re.M,
    ),
    # "In uitvoering sinds maart 2010.": the same note with the phase first
    re.compile(
        rf"(?:^|(?<=[.;:][ \t])|(?<=[.;:]\n))[ \t]*+in[ \t]+(?:de[ \t]+)?{_PHASE_WORD}"
        rf"(?:s?fase)?[ \t]+(?:sinds|vanaf)\b",
        re.I | re.M,
    ),
    # "De ombouw is in mei 2029 gestart en in uitvoering": begun, and in that phase now
    re.compile(
        rf"\b(?:is|zijn)\s+(?:(?!niet\b|nog\b)[\w-]+\s+){{0,4}}?(?:gestart|begonnen)\s+en\s+"
        rf"(?:(?:nu|inmiddels|thans)\s+)?in\s+(?:de\s+)?{_PHASE_WORD}(?:s?fase)?\b",
        re.I,
    ),
    # "Rijk en regio continueren het onderzoek", "zetten de planuitwerking voort"
    re.compile(
        rf"\b(?:continueren|continueert|vervolgen|vervolgt|zetten|zet)\s+(?:de|het)\s+"
        rf"(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\b",
        re.I,
    ),
    # "De provincie voert de MIRT-verkenning N99 X - Y verder uit": the study is under way
    re.compile(
        rf"\b(?:voert|voeren)\s+(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\b"
        rf"[^.;]{{0,60}}?\s(?:verder\s+)?uit\b",
        re.I,
    ),
)
# What a project is doing now without naming the phase: "de werkzaamheden aan de A2 zijn in
# volle gang", "de bouw van de tunnel is op 1 maart gestart", "de provincie heeft het project
# in uitvoering". Said of the project now, so it outweighs a part already opened.
_DOING_NOW = re.compile(
    r"\b(?:werkzaamheden|bouw|aanleg)\b(?:\s+(?:aan|van|voor|bij)\b[^.;]{0,50}?)?\s+"
    r"(?:is|zijn)\s+(?:(?!niet\b|nog\b)[\w-]+\s+){0,4}?(?:gestart|begonnen|in\s+volle\s+gang)"
    # ("heeft de reconstructie sinds september 2014 in uitvoering": a time between)
    r"|\b(?:heeft|hebben)\s+(?:(?!niet\b)[\w/-]+\s+){1,8}?in\s+uitvoering\b",
    re.I,
)
# A decision already taken puts the project in the next phase: "de projectbeslissing is in
# juli 2023 genomen", "het tracébesluit is vastgesteld", not "wordt in 2025 genomen".
_NOT_FUTURE = (
    r"(?:(?!\b(?:wordt|worden|zal|zullen|volgt|volgen|verwacht|voorzien|gepland|moet|niet|"
    r"geen)\b)[^.;])"
)


def _taken(decision: str) -> str:
    return (
        rf"{decision}\s+(?:is|werd|zijn|heb|heeft|hebben)\b{_NOT_FUTURE}{{0,50}}?"
        rf"\b(?:genomen|vastgesteld|bekrachtigd|getekend|ondertekend)\b"
        rf"|{decision}\s+(?:is|werd)\s+(?:\w+\s+){{0,3}}?onherroepelijk"
        rf"|\b(?:heeft|hebben|heb)\b{_NOT_FUTURE}{{0,60}}?\b(?:de|het)\s+{decision}\b"
        rf"{_NOT_FUTURE}{{0,30}}?\b(?:genomen|vastgesteld|bekrachtigd|ondertekend)\b"
    )


_TAKEN = (
    ("opgeleverd", re.compile(r"opleveringsbeslissing\s+is\s+genomen|"
                               # "de provincie heeft het project in 2024 opgeleverd"
                               # "… heeft de extra geluidsschermen in juni opgeleverd"
                               r"\b(?:heeft|hebben)\s+(?:het|de|dit|deze)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:project|werk|weg|brug|sluis|tunnel|spoorlijn|lijn|station|"
                               r"verbinding|\w*scherm(?:en)?|\w*muur|\w*muren|kade\w*|\w*wand(?:en)?|"
                               # "… heeft de aansluiting in mei opgeleverd": a junction, a
                               # roundabout, a viaduct or a cycle path is a work too
                               r"aansluiting|afrit|knooppunt|rotonde|viaduct|\w*fietspad|\w*route|"
                               # "… heeft de versterking op 2 oktober opgeleverd": a dike's
                               # strengthening, a sea defence, a platform, a bicycle park
                               r"\w*versterking|\w*verbreding|\w*dijk|\w*kering|zeewering|"
                               r"perron\w*|\w*stalling)\b"
                               # "… heeft de kademuren in 2009 zelf hersteld": work done;
                               # "… heeft de rotonde bij X-Zuid in september 2011 opengesteld"
                               r"(?:(?!\bniet\b)[^.;]){0,45}?\b(?:opgeleverd|opengesteld|hersteld|"
                               r"gerenoveerd|"
                               r"voltooid)\b|\b(?:is|zijn)\s+"
                               # "is op 15 oktober jl. opengesteld", "is in 2014 geopend"
                               r"(?:(?!niet\b|nog\b)[\w-]+\.?\s+){0,7}?(?:volledig\s+)?"
                               r"(?:opgeleverd|opengesteld|geopend)\b|"
                               r"in\s+gebruik\s+genomen|"
                               # "Opgeleverd in augustus; geen afspraken.": a minute's note,
                               # also with its date first ("Op 2 mei 2024 opgeleverd.")
                               r"(?:^|(?<=\n)|(?<=[.;][ \t]))[ \t]*(?:(?:op|in)[ \t]+"
                               r"(?:\d{1,2}[ \t]+)?(?:[a-z]+[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?)?"
                               r"(?:opgeleverd|opengesteld|"
                               r"geopend)\b(?![ \t]+(?:wordt|worden|zal|zullen)\b)", re.I)),
    ("realisatie", re.compile(_taken(r"(?:projectbeslissing|tracébesluit|projectbesluit)") +
                              r"|tracébesluit\s+is\s+onherroepelijk|"
                              r"bouw\s+is\s+(?:in\s+volle\s+gang|gestart|begonnen)|"
                              r"in\s+aanbouw|werkzaamheden\s+zijn\b[^.]{0,30}\b(?:gestart|"
                              r"begonnen|in\s+volle\s+gang)|"
                              r"schop\s+(?:is\s+)?in\s+de\s+grond", re.I)),
    ("planuitwerking", re.compile(_taken(r"(?:voorkeursbeslissing|voorkeursalternatief)") +
                                  r"|voorkeursbeslissing\s+genomen|"
                                  # "Rijk en regio bevestigen het voorkeursalternatief"
                                  r"\b(?:bevestigen|bevestigt|stellen|stelt)\s+(?:\w+\s+){0,2}?"
                                  r"(?:het|de)\s+voorkeurs(?:alternatief|variant)\b(?!\s+vast"
                                  r"\s+(?:als|zodra|na))|"
                                  # "is het ontwerp-tracébesluit in mei ter inzage gelegd"
                                  r"ontwerp-(?:tracébesluit|projectbesluit)\b[^.;]{0,60}?\bter\s+"
                                  r"inzage\s+(?:gelegd|gelegen)\b|"
                                  r"ontwerp-(?:tracébesluit|projectbesluit)\s+(?:is\s+|ligt\b|"
                                  r"heeft\b[^.;]{0,30}\bter\s+inzage)", re.I)),
    ("verkenning", re.compile(_taken(r"startbeslissing") + r"|startbeslissing\s+genomen", re.I)),
)  # fmt: skip
_PHASE_NOUN = re.compile(
    rf"\b(?P<phase>MIRT-onderzoek|onderzoeksfase|MIRT-verkenning|verkenning|verkenningsfase|"
    rf"p{_L}an-?uitwerking(?:sfase)?|p{_L}an-?studie(?:fase)?|rea{_L}isatie(?:fase)?|aanleg)\b",
    re.IGNORECASE,
)
# matched right after the phase's noun (``match`` at that place: no "^", which a search
# from a later position never matches)
_NOT_YET = re.compile(
    r"[^.;]{0,50}?\b(?:kan|kunnen|zal|zullen|moet|gaat)\s+(?:\w+\s+){0,3}?(?:starten|beginnen)"
    # ("afgesproken de verkenning te starten" is a start agreed: that phase, not one to come)
    r"|[^.;]{0,25}\b(?:zinvol|starten\s+(?:in|na|zodra)|start\s+(?:in|na|zodra)"
    r"|volgt|volgen)\b",
    re.IGNORECASE,
)
# "de provincie start (in 2037) de verkenning", "begint volgend jaar met de aanleg": a phase
# still to start, right before its noun
_TO_START = re.compile(
    r"\b(?:start|starten|begint|beginnen)\s+(?:(?:in|na)\s+\S+\s+|volgend\s+jaar\s+)?"
    r"(?:met\s+)?(?:de|het)\s+(?:MIRT-)?$",
    re.IGNORECASE,
)
NOUN_PHASES = {
    "mirt-onderzoek": "onderzoek", "onderzoeksfase": "onderzoek", "mirt-verkenning": "verkenning",
    "verkenning": "verkenning", "verkenningsfase": "verkenning", "planuitwerking": "planuitwerking",
    "planuitwerkingsfase": "planuitwerking", "planstudie": "planuitwerking",
    "planstudiefase": "planuitwerking", "realisatie": "realisatie", "realisatiefase": "realisatie",
    "aanleg": "realisatie", "uitvoering": "realisatie", "onderzoek": "onderzoek",
}  # fmt: skip
_SCANNED_L = re.compile(r"(?<=\w)[I1](?=[a-z])")


def _phase(word: str) -> str:
    """The phase a matched word names, repaired as scanned ("reaIisatie", "p1an-studie")."""
    key = "".join(_SCANNED_L.sub("l", word).lower().replace("-", "").split())
    return NOUN_PHASES[key.replace("mirt", "mirt-") if key.startswith("mirt") else key]


# A delivery still to come: "de openstelling is voorzien in 2016", "wordt in 2019
# opgeleverd". The project is being built; what the text says was opened is a part of it.
_OPENING_AHEAD = re.compile(
    r"\b(?:oplevering|openstelling|ingebruikname)\b[^.;]{0,60}?\b(?:is|wordt)\s+"
    r"(?:\w+\s+){0,2}?(?:voorzien|verwacht|gepland)\b|\bverwachte\s+(?:oplevering|openstelling)"
    r"|\bwordt\b(?:(?!\bniet\b)[^.;]){0,50}?\b(?:opgeleverd|opengesteld|in\s+gebruik\s+genomen)\b"
    r"|\bin\s+gebruik\s+wordt\s+genomen\b",
    re.IGNORECASE,
)
# A study, report or plan is delivered too ("het onderzoek wordt opgeleverd"): not a work.
_PAPER = re.compile(r"\b(?:onderzoe\w*|studie\w*|rapport\w*|advies|plan|notitie|voorstel)\b", re.I)


def _opening_ahead(text: str) -> bool:
    """Whether the text says the delivery of the work (not of a paper) is still to come."""
    for match in _OPENING_AHEAD.finditer(text):
        begin = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()))
        if not _PAPER.search(text, max(begin, 0), match.end()):
            return True
    return False


def _taken_phase(text: str) -> str | None:
    """The phase after the last decision the text says was taken (``_TAKEN``); an opening
    while the delivery is still ahead is of a part, and the project is in realisation."""
    for phase, cue in _TAKEN:
        if cue.search(text):
            if phase == "opgeleverd" and _opening_ahead(text):
                return "realisatie"
            return phase
    return None


def _stated(text: str) -> str | None:
    """The phase the text says the project is in now (``_PHASE_NOW`` after the label, or what
    it is doing: ``_DOING_NOW``), the first the text states."""
    stated = None
    for pattern in _PHASE_NOW[1:]:
        match = pattern.search(text)
        if match is not None and (stated is None or match.start() < stated[0]):
            stated = (match.start(), _phase(match.group("phase")))
    doing = _DOING_NOW.search(text) or WORKING_SINCE.search(text)
    if doing is not None and (stated is None or doing.start() < stated[0]):
        stated = (doing.start(), "realisatie")
    in_use = IN_USE_SINCE.search(text)
    if in_use is not None and (stated is None or in_use.start() < stated[0]):
        stated = (in_use.start(), "opgeleverd")
    studying = STUDYING_NOW.search(text)
    if studying is not None and (stated is None or studying.start() < stated[0]):
        stated = (studying.start(), "onderzoek")
    return stated[1] if stated else None


# "… zodat grotere          Huidige fase" over "… bereiken. De          Planuitwerking": a label
# and its value in a side column that a PDF interleaves line by line with the main text.
# "… de haven          Fase: Realisatie": label and value together at the end of the line.
_SIDE_LABEL = re.compile(
    rf"{NOT_MID_BLANKS}[ \t]{{3,}}+(?:huidige[ \t]+)?(?:project)?fase[ \t]*"
    rf"(?::?[ \t]*\n(?:[^\n]*?{NOT_MID_BLANKS}[ \t]{{3,}}+|[ \t]*+)|:[ \t]*+){_PHASE_WORD}[ \t]*$",
    re.I | re.M,
)


def side_phase(text: str) -> tuple[int, str] | None:
    """Where a side column labels the phase, and the phase it gives."""
    side = _SIDE_LABEL.search(text)
    return (side.start(), _phase(side.group("phase"))) if side is not None else None


# A progress bar "Onderzoek ✓ | Verkenning ✓ | Planuitwerking ● | Realisatie ○": the phase
# with the filled mark is the one the project is in; the ticked ones lie behind it.
_PROGRESS = re.compile(rf"^(?=[^\n]*[✓✔○◯☐□])[^\n]*?\b{_PHASE_WORD}[ \t]*[●◉⬤■◆▶►]", re.I | re.M)


def progress_phase(text: str) -> str | None:
    """The phase a progress bar marks as the current one, else None."""
    marked = _PROGRESS.search(text)
    return _phase(marked.group("phase")) if marked is not None else None


# "Huidige fase: opgeleverd; afronding …", "Status: gereed": the label says the work is done.
_DELIVERED_LABEL = re.compile(
    r"^[ \t|]*(?:[•➢▪►][ \t]*)?(?:huidige[ \t]+)?(?:project)?(?:fase|status)[ \t]*[:|][ \t]*"
    r"(?:opgeleverd|gereed|afgerond|in[ \t]+gebruik(?:[ \t]+genomen)?)\b",
    re.I | re.M,
)


# Cheap looks before the label is searched, in the lower-cased text as the label is read in
# any case ("STATUS: GEREED", "In Gebruik"): each value without its first letter.
_DELIVERED_WORDS = ("pgeleverd", "ereed", "fgerond", "gebruik")


def project_phase(body: str) -> str | None:
    """The phase the text says a project is in now (rules in the module docstring).

    A progress bar's filled mark or a "Fase:" label wins; then what the text says the project
    is in or is doing; then a decision already taken; then the first phase the text names,
    unless it names it as what comes next ("zodat de planuitwerking kan starten"); last, a
    delivery still ahead.
    """
    labelled = _PROGRESS.search(body) or _PHASE_NOW[0].search(body) or _SIDE_LABEL.search(body)
    if labelled is not None:
        return _phase(labelled.group("phase"))
    lowered = body.lower()
    if any(word in lowered for word in _DELIVERED_WORDS) and _DELIVERED_LABEL.search(body):
        return "opgeleverd"
    phase = _stated(body) or _taken_phase(body)
    if phase is not None:
        return phase
    for match in _PHASE_NOUN.finditer(body):
        if _NOT_YET.match(body, match.end()) or _TO_START.search(
            body, max(0, match.start() - 60), match.start()
        ):
            continue
        return _phase(match.group("phase"))
    return "realisatie" if _opening_ahead(body) else None


def stated_phase(sentence: str) -> str | None:
    """The phase one sentence says a project is in ("De A12 is in realisatie", "is in 2023
    opgeleverd"), without guessing from a phase merely named."""
    labelled = _PHASE_NOW[0].search(sentence)
    if labelled is not None:
        return _phase(labelled.group("phase"))
    return _stated(sentence) or _taken_phase(sentence)


def labelled_phase(text: str) -> str | None:
    """The phase a label at the start of ``text`` gives ("Fase: Realisatie"), else None."""
    labelled = _PHASE_NOW[0].match(text)
    return _phase(labelled.group("phase")) if labelled is not None else None
