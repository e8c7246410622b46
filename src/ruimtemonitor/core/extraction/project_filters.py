"""Names that a layout rule may read as a project but that never name one.

A table of contents repeats the headings with dot leaders and page numbers ("Ringweg ......
3"); an overview table refers back to an item by its bracketed number ("[3] Ringweg"); a
letterhead or a signature names the body that writes ("Provincie Voorbeeld", "Burgemeester en
wethouders van Voorbeeldstad", also in two languages side by side) or the place and date it is
sent from ("Veenstad, 3 maart 2011"); a programme for the people of an area ("Programma
Leefbaarheid X", "Welzijnsprogramma Y") builds nothing; four or more places joined by
dashes name an area; a numbered theme of an agenda joins two common nouns ("Opgave 4. Water en
bodem (Kleipolder)"), and so does an unnumbered "Opgave …" theme; the power grid ("Versterking
stroomnet X") is energy supply, no spatial work, nor is insulating homes ("Isolatieaanpak X");
a label line under a heading ("Fase: verkenning") is no name, nor is a person written with
initials and surname alone ("K.L. de Boer", a cell of a signature table), nor a surname
under a motion's closing formula. The project is
reported where the heading or item itself stands, so these lines name none.
"""

from __future__ import annotations

import re

from .aligned_tables import SUBJECT_HEADER_WORDS
from .patterns import DOT_LEADER
from .project_terms import PLACE_DATE

__all__ = ["names_no_project", "on_signature_row"]

# "[3] Ringweg": an overview row that points back to an item by its number.
_ITEM_REFERENCE = re.compile(r"^[ \t]*\[\d{1,2}[a-z]?\][ \t]")
# A public body as the whole name's first words.
_BODY = re.compile(
    r"^(?:provincie|provinsje|gemeente|gemeenten|college\s+van|burgemeester\s+en\s+wethouders|"
    r"gedeputeerde\s+staten|provinciale\s+staten|waterschap|hoogheemraadschap|ministerie)\b",
    re.IGNORECASE,
)
# "... 3" at the end: a dot leader before a page number.
_TOC_TAIL = re.compile(rf"(?:{DOT_LEADER.pattern})\d{{1,3}}[ \t]*$")
# "Opgave 2. Water en bodem", "Thema B: Wonen en werken (Kleipolder)": a numbered theme that
# joins two common nouns, with at most a place in brackets after it.
_NUMBERED_THEME = re.compile(
    r"^(?:opgave|thema|pijler|spoor)\s+(?:\d{1,2}|[A-Z])[.:]?\s+[A-Z][a-z]+\s+en\s+[a-z]+"
    r"(?:\s+\([^()\n]{1,40}\))?\s*$",
    re.IGNORECASE,
)

# "Milieuzonering haven en woningbouw", "Water en bodem": common nouns joined by "en", every
# word after the first in lower case: a theme of an agenda, no work or place is named.
_THEME = re.compile(r"^[A-Z][a-z-]+(?:[ \t]+[a-z-]+){0,3}[ \t]+en[ \t]+[a-z-]+$")

# "Programma Leefbaarheid X", "Programma Gezondheid Y", also written as one word
# ("Leefbaarheidsprogramma X", "Welzijnsprogramma Y"): a programme for the people of an area,
# not for its infrastructure (unlike "Programma Hoogfrequent Spoor").
_SOCIAL_WORDS = (
    r"(?:leefbaarheid|gezondheid|onderwijs|armoede|werkgelegenheid|sociale?|welzijn|participatie"
    # "Arbeidsmarktprogramma X", "Scholingsprogramma Y", "Leer-werkprogramma Z": work and
    # training for people, no work built
    r"|arbeidsmarkt|scholing|opleiding|leer-?werk)"
)
# "Programma Gezond Leven X", "Programma Gezonde Leefstijl Y": healthy living is no work either
_HEALTHY_LIVING = r"gezonde?\s+(?:leven|leefstijl|opgroeien)"
# "Programma Sterke Boeren X", "Werkgeversaanpak Y", "Bewonersprogramma Z": a programme or
# approach for a group of people (farmers, employers, residents) builds nothing either
_PEOPLE_WORDS = (
    r"(?:werkgevers?|werknemers?|ondernemers?|veehouders?|veehouderij|boeren|bewoners?|jongeren"
    r"|ouderen)"
)
_SOCIAL_PROGRAMME = re.compile(
    rf"^(?:Programma\s+(?:{_SOCIAL_WORDS}|{_HEALTHY_LIVING})\b|{_SOCIAL_WORDS}s?-?programma\b"
    rf"|Programma\s+(?:(?-i:[A-Z])[a-z]+e\s+)?{_PEOPLE_WORDS}\b|{_PEOPLE_WORDS}s?-?"
    rf"(?:programma|aanpak)\b)",
    re.IGNORECASE,
)

# "Opgave Wonen en leefbaarheid", "Opgave Groeikern: vernieuwing en werk": an agenda's theme
# headed by "Opgave" (unnumbered too) groups actions and names no work of its own.
_THEME_HEAD = re.compile(r"^opgave\s+(?-i:[A-Z])[^\n]*$", re.IGNORECASE)
# "Pijler 2  Bereikbaarheid", "Pijler B: Economie": a numbered pillar of an agenda is a theme
# whatever its title, one word or more; the actions under it are the works
_PILLAR_HEAD = re.compile(r"^pijler\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})[.:]?\s+(?-i:[A-Z])", re.I)
# "Versterking stroomnet X", "Uitbreiding elektriciteitsnet Y": the power grid is energy
# supply, no spatial work (as netcongestie and netaansluitingen are not).
_POWER_GRID = re.compile(
    r"\b(?:stroom|elektriciteits|hoogspannings)net(?:ten|werk)?\b|\b\d{2,3}[ \t]?kV\b"
    r"|^netcongestie\b",
    re.IGNORECASE,
)

# "Isolatieaanpak X", "Isolatieprogramma Y", "Woningisolatie Z", "Aanpak isolatie W": insulating
# homes saves energy and builds no spatial work (as the power grid and netcongestie do not)
_INSULATION = re.compile(r"^(?:(?:aanpak|programma)[ \t]+)?[a-z]*isolatie", re.IGNORECASE)

# "Fase: MIRT-onderzoek", "Status : in voorbereiding": a label and its value under a project's
# heading, no name
_LABEL_LINE = re.compile(
    r"^(?:fase|status|budget|oplevering|planning|trekker|looptijd)[ \t]*:", re.IGNORECASE
)
# "Veendijk - Kleirade - Oostwold - Lindeburg": four or more places alone, joined by dashes,
# as under an agenda's title: the area it is about, no kind of work named (a corridor names
# its two ends and at most one place between them: "Schiphol - Veenstad - Kleidorp").
_PLACE = r"(?:'s-|(?:Den|De|Het|Sint|Ter|Ten)[ \t])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
_PLACE_LIST = re.compile(rf"^{_PLACE}(?:[ \t]+[–—-][ \t]+{_PLACE}){{3,}}$")


def names_no_project(name: str) -> bool:
    """Whether ``name`` is a table-of-contents line, a reference to an item, a body, a
    place-and-date line, a theme (numbered or not) or the header row of a table of agreements."""
    return bool(
        _TOC_TAIL.search(name)
        or _ITEM_REFERENCE.match(name)
        or _BODY.match(name)
        or PLACE_DATE.match(name.strip())
        or _NUMBERED_THEME.match(name.strip())
        or _THEME.match(name.strip())
        or SUBJECT_HEADER_WORDS.match(name)
        or _SOCIAL_PROGRAMME.match(name.strip())
        or _THEME_HEAD.match(name.strip())
        or _PILLAR_HEAD.match(name.strip())
        or _POWER_GRID.search(name)
        or _INSULATION.match(name.strip())
        or _LABEL_LINE.match(name.strip())
        or _PLACE_LIST.match(name.strip())
        or _SIGNATORY.match(name.strip())
    )


# "C. de Vries (IenW)", "J.K. van Dam (GS)", "M. Bond": a signatory written with initials, maybe
# with the party in brackets, as the cells of the row under "Voor akkoord:"
_SIGNATORY = re.compile(
    r"^(?:[A-Z]\.){1,4}[ \t]?(?:(?:van|de|der|den|ter|ten|het|in[ \t]'t)[ \t]+)*"
    r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?:[ \t]*\([^()\n]{1,20}\))?$"
)
_CELL_GAP = re.compile(r"[ \t]{3,}|\t")


def on_signature_row(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a row of two or more signatories ("C. Dijk (IenW)    J.
    Olthof (GS)"): the initial of the first is no lettered item, the row names people."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    cells = _CELL_GAP.split(line)
    if len(cells) >= 2 and all(_SIGNATORY.match(cell) for cell in cells):
        return True
    return _after_initials(text, line_start, start) or _under_motion(text, line_start)


# "… en gaat over tot de orde van de dag." over "Jansen" / "Smit-Dekker": a motion closes with
# its signatories, one surname a line.
_MOTION_CLOSE = re.compile(r"gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?[ \t]*\n")
# ("Van der Berg", "De Vries-Smit": a surname with its particles)
_SURNAME_LINE = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w'’-]*+|van|de|der|den|ter|ten|het)[ \t]?){1,5}[ \t]*+(?:\n|$)"
)


def _under_motion(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is among the surnames signing a motion."""
    closes = list(_MOTION_CLOSE.finditer(text, max(0, line_start - 400), line_start + 1))
    if not closes:
        return False
    at = closes[-1].end()
    while at < line_start:
        line = _SURNAME_LINE.match(text, at)
        blank = text[at] == "\n"
        if line is None and not blank:
            return False
        at = at + 1 if blank else line.end()
    return at == line_start


# "… vertegenwoordigd door gedeputeerde H.J." over "Mulder-Boer; de gemeente …": initials at
# the end of a line whose surname opens the next.
_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,4}$")


def _after_initials(text: str, line_start: int, start: int) -> bool:
    """Whether the name at ``start`` opens its line right under a line that ends in a
    person's initials: the name is that person's surname, no work."""
    if text[line_start:start].strip() or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].rstrip()
    return bool(above) and _INITIALS_END.search(above) is not None
