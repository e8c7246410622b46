"""The phase a project is in now, as the text says it (MIRT rules, Spelregels MIRT 2022).

onderzoek → startbeslissing → verkenning → voorkeursbeslissing → planuitwerking →
projectbeslissing → realisatie → opleveringsbeslissing. A "Fase:"/"Status" label wins; then
what the text says the project is in ("is in planuitwerking", "de verkenning loopt"); then a
decision already taken; then the first phase it names, unless named as what comes next.
"""

from __future__ import annotations

import re

__all__ = ["NOUN_PHASES", "project_phase", "stated_phase"]

_PHASE_WORD = (
    r"(?P<phase>MIRT-onderzoek|onderzoek|verkenning|planuitwerking|planstudie|realisatie|"
    r"uitvoering)"
)
_PHASE_NOW = (
    # "Fase: Realisatie", "Projectfase: verkenning"
    re.compile(
        rf"^[ \t|]*(?:project)?(?:fase|status)(?:[ \t]*[:|][ \t]*|[ \t]{{2,}}|[ \t]*\n[ \t]*)"
        rf"{_PHASE_WORD}",
        re.I | re.M,
    ),
    # "is in (de) planuitwerking", "bevindt zich in de verkenningsfase", "zit in de realisatie"
    re.compile(
        rf"\b(?:is|zijn|zit|zitten|bevindt\s+zich|bevinden\s+zich|verkeert|ligt)\s+"
        rf"(?:nu\s+|inmiddels\s+|nog\s+|daarmee\s+(?:nog\s+)?|al\s+)?(?:in\s+(?:de\s+|het\s+)?)"
        rf"{_PHASE_WORD}(?:s?fase)?\b",
        re.I,
    ),
    # "de planuitwerking loopt", "de verkenning is gestart", "daarmee is de realisatiefase gestart"
    re.compile(
        rf"\b(?:de|het)\s+(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\s+(?:loopt|is\s+(?:gestart|begonnen)"
        rf"|gestart|is\s+in\s+volle\s+gang)",
        re.I,
    ),
    re.compile(
        rf"\bis\s+(?:de\s+)?(?:MIRT-)?{_PHASE_WORD}(?:s?fase)?\s+(?:gestart|begonnen)", re.I
    ),
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
    ("opgeleverd", re.compile(r"opleveringsbeslissing\s+is\s+genomen|\b(?:is|zijn)\s+"
                               r"(?:(?!niet\b|nog\b)[\w-]+\s+){0,3}?(?:volledig\s+)?"
                               r"(?:opgeleverd|opengesteld)\b|in\s+gebruik\s+genomen", re.I)),
    ("realisatie", re.compile(_taken(r"(?:projectbeslissing|tracébesluit|projectbesluit)") +
                              r"|tracébesluit\s+is\s+onherroepelijk|"
                              r"bouw\s+is\s+(?:in\s+volle\s+gang|gestart|begonnen)|"
                              r"in\s+aanbouw|werkzaamheden\s+zijn\b[^.]{0,30}\b(?:gestart|"
                              r"begonnen|in\s+volle\s+gang)|"
                              r"schop\s+(?:is\s+)?in\s+de\s+grond", re.I)),
    ("planuitwerking", re.compile(_taken(r"(?:voorkeursbeslissing|voorkeursalternatief)") +
                                  r"|voorkeursbeslissing\s+genomen|"
                                  r"ontwerp-(?:tracébesluit|projectbesluit)\s+(?:is\s+|ligt\b|"
                                  r"heeft\b[^.;]{0,30}\bter\s+inzage)", re.I)),
    ("verkenning", re.compile(_taken(r"startbeslissing") + r"|startbeslissing\s+genomen", re.I)),
)  # fmt: skip
_PHASE_NAMES = {
    "mirt-onderzoek": "onderzoek",
    "onderzoek": "onderzoek",
    "verkenning": "verkenning",
    "planuitwerking": "planuitwerking",
    "planstudie": "planuitwerking",
    "realisatie": "realisatie",
    "uitvoering": "realisatie",
}
_PHASE_NOUN = re.compile(
    r"\b(?P<phase>MIRT-onderzoek|onderzoeksfase|MIRT-verkenning|verkenning|verkenningsfase|"
    r"planuitwerking|planuitwerkingsfase|planstudie|realisatie|realisatiefase|aanleg)\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"^[^.;]{0,50}?\b(?:kan|kunnen|zal|zullen|moet|gaat)\s+(?:\w+\s+){0,3}?(?:starten|beginnen)"
    r"|^[^.;]{0,25}\b(?:zinvol|te\s+starten|starten\s+(?:in|na|zodra)|start\s+(?:in|na|zodra)"
    r"|volgt|volgen)\b",
    re.IGNORECASE,
)
NOUN_PHASES = {
    "mirt-onderzoek": "onderzoek", "onderzoeksfase": "onderzoek", "mirt-verkenning": "verkenning",
    "verkenning": "verkenning", "verkenningsfase": "verkenning", "planuitwerking": "planuitwerking",
    "planuitwerkingsfase": "planuitwerking", "planstudie": "planuitwerking",
    "realisatie": "realisatie", "realisatiefase": "realisatie", "aanleg": "realisatie",
}  # fmt: skip


def project_phase(body: str) -> str | None:
    """The phase the text says a project is in now (rules in the module docstring).

    A "Fase:" label wins; then a decision already taken; then the first phase the text
    names, unless it names it as what comes next ("zodat de planuitwerking kan starten").
    """
    labelled = _PHASE_NOW[0].search(body)
    if labelled is not None:
        return _PHASE_NAMES[labelled.group("phase").lower()]
    stated = None
    for pattern in _PHASE_NOW[1:]:
        match = pattern.search(body)
        if match is not None and (stated is None or match.start() < stated[0]):
            stated = (match.start(), _PHASE_NAMES[match.group("phase").lower()])
    for phase, cue in _TAKEN:
        if cue.search(body) and stated is None:
            return phase
    if stated is not None:
        return stated[1]
    for match in _PHASE_NOUN.finditer(body):
        if _NOT_YET.search(body, match.end()):
            continue
        return NOUN_PHASES[match.group("phase").lower()]
    return None


def stated_phase(sentence: str) -> str | None:
    """The phase one sentence says a project is in ("De A12 is in realisatie", "is in 2023
    opgeleverd"), without guessing from a phase merely named."""
    for pattern in _PHASE_NOW:
        match = pattern.search(sentence)
        if match is not None:
            return _PHASE_NAMES[match.group("phase").lower()]
    for phase, cue in _TAKEN:
        if cue.search(sentence):
            return phase
    return None
