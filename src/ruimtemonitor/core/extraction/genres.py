"""Stage 3b: the genre of each document, which decides what records it may yield.

A raadsvoorstel reports what was agreed and is no arrangement; an afsprakenlijst numbers
agreements; a MIRT project page is one project. The genre is read from the document's own
head (title, "Betreft", address lines, salutation) first, then from its body (labels such
as "Fase:", "Afspraak N.M" lines, region sections, the meeting on top of minutes, numbered
projects per landsdeel). Each genre has cues with weights; the strongest total wins, and
without a cue of weight 3 a letter is ``other`` (which has cues of its own: a document that
calls itself "Persbericht" or "Statenbrief" stays other).
"""

from __future__ import annotations

import re

from .cover_mails import COVER_SENTENCE

__all__ = ["AGREEMENT_GENRES", "DOCUMENT_KINDS", "classify", "makes_agreements"]

DOCUMENT_KINDS = (
    "raadsvoorstel",
    "raadsinformatiebrief",
    "kamerbrief",
    "mirt_brief",
    "ruimtelijk_arrangement",
    "afsprakenlijst",
    "uitvoeringsagenda",
    "mirt_project",
    "other",
)

_HEAD = 1500
_I = re.IGNORECASE
_M = re.MULTILINE
# (genre, where, pattern, weight): where is "title" (first lines and Betreft/Onderwerp),
# "first" / "top" (the first 3 / 8 lines), "head" (first 1,500 characters) or "body" (the
# whole document). Cues of "other" let a document that names itself as no genre stay other.
_CUES: tuple[tuple[str, str, re.Pattern[str], int], ...] = (
    ("raadsvoorstel", "head", re.compile(r"^\s*raadsvoorstel\b", _I | _M), 6),
    # "Gemeente Veenhoven        RAADSVOORSTEL": the proposal's name in the letterhead's right
    # column, alone at the end of the line.
    ("raadsvoorstel", "top", re.compile(r"\S[ \t]{3,}+raadsvoorstel[ \t]*+$", _I | _M), 6),
    # "Voorstel aan de gemeenteraad", "Ontwerpbesluit aan de raad": the proposal by another name,
    # also after the municipality's name and a dash ("GEMEENTE X - VOORSTEL AAN DE RAAD").
    ("raadsvoorstel", "title", re.compile(r"(?:^[ \t]*|[ \t][–—-][ \t]+)(?:voorstel|ontwerpbesluit)"
                                          r"\s+(?:aan|voor)\s+de\s+"
                                          r"(?:gemeente)?raad\b", _I | _M), 6),
    # "Voorgesteld besluit", "Voorgestelde beslissing", "Beslispunt 1": the decision asked.
    ("raadsvoorstel", "head", re.compile(r"gevraagde\s+beslissing|beslispunt(?:en)?\b|"
                                         r"voorgestelde?\s+(?:besluit|beslissing)|"
                                         r"de\s+raad\s+wordt\s+(?:voorgesteld|gevraagd)|"
                                         # "Het college stelt de raad voor te besluiten:"
                                         r"stelt\s+de\s+(?:gemeente)?raad\s+voor\s+te\s+besluiten",
                                         _I), 8),
    ("raadsvoorstel", "body", re.compile(r"^\s*(?:beoogd\s+effect|kanttekeningen|argumenten)\s*$",
                                         _I | _M), 2),
    # "De raad besluit:", "Besluit:", "Ontwerpbesluit" on a line of their own: the decision the
    # council is asked to take closes every proposal, whatever its letterhead.
    ("raadsvoorstel", "body", re.compile(r"^\s*(?:de\s+(?:gemeente)?raad\s+(?:van\s+de\s+gemeente"
                                         r"\s+\S+\s+|der\s+gemeente\s+\S+\s+)?besluit\s*:|"
                                         r"(?:ontwerp-?)?(?:raads)?besluit\s*:?\s*$)", _I | _M), 6),
    ("raadsinformatiebrief", "title", re.compile(r"^\s*(?:raadsinformatiebrief|raadsmededeling)",
                                                 _I | _M), 6),
    ("raadsinformatiebrief", "head", re.compile(r"raadsinformatiebrief|raadsmededeling", _I), 1),
    # "RAADSMEMO", "Collegebrief aan de gemeenteraad", "Informatienota voor de raad": each
    # municipality names its letter to the council its own way; to the Staten it is none.
    ("raadsinformatiebrief", "title", re.compile(r"^\s*(?:raadsmemo|raadsbrief|raadsinformatie"
                                                 r"(?:nota|memo)?\b|(?:informatie|college)(?:brief|nota|memo)"
                                                 r"\s+(?:aan|voor)\s+de\s+(?:gemeente)?raad\b)",
                                                 _I | _M), 6),
    # "Geachte leden van de raad", "Aan: de colleges en gemeenteraden van …", "Geachte
    # colleges en raadsleden": a letter to the councils.
    ("raadsinformatiebrief", "head", re.compile(r"geachte\s+(?:leden\s+van\s+de\s+)?"
                                                r"(?:gemeente)?raad|aan:?\s+de\s+(?:colleges\s+en\s+)?"
                                                r"(?:leden\s+van\s+de\s+)?(?:gemeente)?raad|"
                                                r"geachte\s+(?:\w+\s+en\s+)?raadsleden", _I), 3),
    # The addressee, the salutation, or the head of a letter printed as a Kamerstuk ("BRIEF VAN
    # DE MINISTER VAN …"): one cue however many of them a letter has.
    ("kamerbrief", "head", re.compile(r"voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer|"
                                      r"geachte\s+voorzitter|^\s*aan\s+de\s+(?:leden\s+van\s+de\s+)?"
                                      r"(?:tweede|eerste)\s+kamer\b|^\s*(?:nr\.\s*\d+\s+)?brief\s+van"
                                      r"\s+de\s+(?:minister|staatssecretaris)", _I | _M), 4),
    ("kamerbrief", "body", re.compile(r"\buw\s+kamer\b", _I), 1),
    # "MIRT-brief najaar 2022", "Brief MIRT najaar 2020", "Voortgang MIRT, voorjaar 2008",
    # "Voortgang MIRT-projecten voorjaar 2013": the half-yearly letter names its season; a
    # letter on the "Voortgang MIRT-projecten Zuid-Holland" is a Kamerbrief like any other.
    # "Bestuurlijke overleggen MIRT najaar 2016" as the whole subject: the season's letter
    # on all its BO's ("Uitkomsten bestuurlijke overleggen …" stays a Kamerbrief).
    ("mirt_brief", "title", re.compile(r"^[ \t]*bestuurlijke\s+overleggen\s+MIRT\s+(?:voorjaar|"
                                       r"najaar)\s+(?:19|20)\d\d[ \t]*$", _I | _M), 8),
    ("mirt_brief", "title", re.compile(r"mirt-brief|\bbrief\s+MIRT\b|voortgang\s+(?:van\s+"
                                       r"(?:de\s+)?)?(?:het\s+)?MIRT(?:-projecten)?[\s,]+"
                                       r"(?:voorjaar|najaar)", _I), 8),
    ("mirt_brief", "body", re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?Regio\s+(?:Noordwest|Zuidwest|"
                                      r"Noord|Oost|Zuid)\s*$", _M), 1),
    ("ruimtelijk_arrangement", "title", re.compile(r"^\s*(?:betreft\s+)?ruimtelijk(?:e)?\s+"
                                                   r"arrangement", _I | _M), 6),
    ("ruimtelijk_arrangement", "body", re.compile(r"^\s*afspraak\s+\d+\.\d+", _I | _M), 1),
    # "GEBIEDSARRANGEMENT X", "Arrangement X" as the title: an arrangement by another name
    # (not "… arrangementen", a letter on several); "verklaren als volgt te zijn
    # overeengekomen:": the signed preamble of one.
    ("ruimtelijk_arrangement", "title", re.compile(r"^[ \t]*[^\W\d_]*arrangement\b", _I | _M), 6),
    ("ruimtelijk_arrangement", "body", re.compile(r"\bverklaren\s+als\s+volgt\s+(?:te\s+zijn\s+)?"
                                                  r"overeengekomen\b", _I), 2),
    # "Verslag en afspraken" over the meeting's name, "AFSPRAKEN BESTUURLIJK OVERLEG MIRT …",
    # "Verslag met afspraken - 7 december", "Afspraken, donderdag 3 mei" under the meeting's
    # name: the minutes name themselves by what they record.
    ("afsprakenlijst", "title", re.compile(r"afsprakenlijst|besluitenlijst|verslag\s+"
                                           r"(?:van\s+het\s+)?(?:BO|bestuurlijk)|^\s*verslag\s+"
                                           r"(?:en|met)\s+afspraken\b|^\s*afspraken\s+(?:van\s+het"
                                           r"\s+)?(?:BOL?|bestuurlijk\s+overleg)\b|^\s*afspraken"
                                           r"\s*[,:–-]\s*(?:maandag|dinsdag|woensdag|donderdag|"
                                           r"vrijdag)\b", _I | _M), 8),
    # "AFSPRAKENLIJST (definitief)" in capitals on a line of its own below the meeting's
    # name, date and place: the minutes' own name, wherever the letterhead pushes it.
    # "Afsprakenlijst" alone on its line, below a meeting's name, parties and place over more
    # lines than the "top" cue looks at: the same name in ordinary case.
    ("afsprakenlijst", "head", re.compile(r"^[ \t]*(?:AFSPRAKENLIJST|BESLUITENLIJST)\b|"
                                          r"^[ \t]*(?:Afsprakenlijst|Besluitenlijst)[ \t]*$",
                                          _M), 6),
    # "Hierbij ontvangt u de afsprakenlijst van …", "Bijgaand treft u het verslag …": a cover
    # letter sending the minutes, which follow as an annex of their own; the letter agrees
    # nothing, whatever its subject line says (minutes bundled with it outweigh this).
    # ("de definitieve afsprakenlijst": a word may qualify it)
    ("other", "head", COVER_SENTENCE, 9),
    # "Aanwezig:", "Deelnemers:", "Ter tafel:": the attendance line of minutes.
    ("afsprakenlijst", "head", re.compile(r"^\s*(?:aanwezig\b|(?:ter\s+tafel|deelnemers)\s*:)",
                                          _I | _M), 2),
    # "Verslag Stuurgroep A58 …": the minutes of a project's own steering or working group
    # record its discussion; they are no afsprakenlijst of a BO. Nor are the minutes of a
    # council's or the Staten's committee ("Verslag van de vergadering van de Statencommissie").
    ("afsprakenlijst", "title", re.compile(r"^\s*verslag\s+(?:van\s+(?:de|het)\s+)?(?:vergadering"
                                           r"\s+van\s+de\s+)?(?:\w+\s+)?(?:stuurgroep|projectgroep|"
                                           r"werkgroep|klankbordgroep|regiegroep|kerngroep|ambtelijk|"
                                           r"(?:staten|raads)?commissie)", _I | _M), -10),
    ("other", "title", re.compile(r"^[ \t]*+verslag\s+(?:van\s+(?:de|het)\s+)?(?:vergadering\s+van"
                                  r"\s+de\s+)?(?:staten|raads)commissie", _I | _M), 4),
    ("afsprakenlijst", "body", re.compile(r"^\s*(?:\d+[.)]?\s+)?rondvraag", _I | _M), 2),
    # "Bestuurlijk Overleg Leefomgeving Zuid" or "BO MIRT Oost" opening a line near the top
    # (under a letterhead of the parties, perhaps), a date on it or within the next two lines:
    # minutes open with the one meeting they record, a letter with its sender and subject.
    # The line holds the name, a landsdeel, place or date, no headline ("…: Rijk en regio …").
    # "BO MIT", "Bestuurlijk Overleg MIT": the meeting's name before the MIRT (until 2008).
    # "| Overleg | Bestuurlijk Overleg Leefomgeving … |" over "| Datum | 7 november 2023 |": the
    # same name and date in the cells of a markdown header table, a label cell before each.
    # "Overleg:   Bestuurlijk Overleg Leefomgeving …" over "Wanneer:  dinsdag 18 maart 2025":
    # the name after a label that names the meeting; "9 okt. 2030": an abbreviated month; a
    # title line ("Afspraken en besluiten") and a blank line may come between name and date.
    ("afsprakenlijst", "top", re.compile(r"^[ \t]*(?:\|[ \t]*+[^\W\d_]{3,20}[ \t]*+\|[ \t]*+|"
                                         r"(?:overleg|vergadering|bijeenkomst)[ \t]*+:[ \t]*+)?"
                                         r"(?:verslag\s+|afspraken\s+)?(?:BOL?\b(?!['’]s)|"
                                         r"BO[- ]MIR?T|bestuurlijke?\s+overleg\s+(?:MIR?T|"
                                         r"leefomgeving)\b)[^\n:]{0,50}(?:\n[^\n]*){0,3}?"
                                         r"\b\d{1,2}\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d", _I | _M), 4),
    # "Afspraken" or "Besluiten" alone on a line: the heading of the list of what was agreed.
    # "Afspraken en besluiten", "Besluiten en afspraken": both words as the list's heading.
    ("afsprakenlijst", "head", re.compile(r"^[ \t]*(?:afspraken|besluiten)(?:[ \t]+en[ \t]+"
                                          r"(?:afspraken|besluiten))?[ \t]*+(?::[ \t]*+)?$",
                                          _I | _M), 2),
    # "Persbericht", "Statenbrief", "Notitie", "Agenda": a document that names itself as none
    # of the genres outweighs a meeting or a date on its top lines (not a genre's own name).
    # "Provincie Voorbeeld      PERSBERICHT": the name in the letterhead's right column.
    ("other", "first", re.compile(r"^\s*(?:pers|nieuws)bericht\b|\S[ \t]{3,}+(?:pers|nieuws)"
                                  r"bericht[ \t]*$|^\s*(?:statenbrief|"
                                  r"statenmededeling|notitie|agenda|uitnodiging|nieuwsbrief)\b",
                                  _I | _M), 8),
    # "STARTBESLISSING", "Voorkeursbeslissing" as a title, or "De Minister van …, gelet op …":
    # a minister's own decision on a project, no council proposal for all its "BESLUIT:".
    ("other", "top", re.compile(r"^[ \t]*(?:start|voorkeurs)beslissing[ \t]*$", _I | _M), 8),
    ("other", "head", re.compile(r"^[ \t]*de\s+(?:minister|staatssecretaris)\s+van\s+[^\n,]+,"
                                 r"[ \t]*\n(?:[ \t]*\n)*[ \t]*gelet\s+op\b", _I | _M), 4),
    ("uitvoeringsagenda", "title", re.compile(r"uitvoeringsagenda|uitvoeringsprogramma", _I), 7),
    # "Fase: Realisatie", "Fase      Realisatie", "| Fase | Realisatie |", or the label on a
    # line of its own above its value.
    # "• Fase" / "➢ Fase": a web page export puts a glyph before each label.
    # "Fase ....... = realisatie": a sheet leads the label to its value with dots.
    # "Fase — realisatie": a key line that leads the label to its value with a dash.
    ("mirt_project", "head", re.compile(r"^[ \t|]*(?:[•➢►▸][ \t]*)?(?:project)?fase(?:[ \t]*[:|]|"
                                        r"[ \t]{2,}\w|[ \t]*\.{3,}[ \t]*[=:]?[ \t]*\w|"
                                        r"[ \t]{0,3}[—–][ \t]{0,3}\w|"
                                        r"[ \t]*\n[ \t]*(?:MIRT-)?(?:onderzoek|"
                                        r"verkenning|planuitwerking|realisatie|opgeleverd)\b)",
                                        _I | _M), 4),
    ("mirt_project", "body", re.compile(r"^\s*planning\s*:?\s*$", _I | _M), 2),
    # "MIRT Projectenboek 2013", "MIRT-projectinformatie" at the top: a project's own page.
    # "MIRT PROJECTENOVERZICHT 2009 | Regio …": a sheet of the overview of projects.
    # "MIRT-projectbeschrijving": the page describes one project.
    ("mirt_project", "title", re.compile(r"\bMIRT[- ]?project(?:enboek|informatie|blad|"
                                         r"enoverzicht|beschrijving)\b", _I), 6),
    # "WAT" / "WAAR" / "WANNEER" / "KOSTEN" in capitals on lines of their own: the questions
    # of a project's factsheet, each over its answer (one cue per question, three at most).
    ("mirt_project", "body", re.compile(r"^(?:WAT|WAAR|WIE|WANNEER|KOSTEN)[ \t]*+"
                                        r"(?::[ \t]*+)?$", _M), 1),
    # "MIRT Overzicht 2024", "A12 … | MIRT Overzicht": the overview the project pages are from.
    ("mirt_project", "title", re.compile(r"\bMIRT[- ]?overzicht\b", _I), 3),
    # "Modaliteit    Hoofdwegennet", "Opdrachtgever: …", "Projectgegevens": a page's own labels.
    ("mirt_project", "head", re.compile(r"^[ \t|]*(?:modaliteit|opdrachtgever|trekker)"
                                        r"(?:[ \t]*[:|]|[ \t.]{2,}\w)|"
                                        r"^[ \t|]*projectgegevens[ \t|]*$",
                                        _I | _M), 2),
    # "Home › Projecten › …": the breadcrumb of a project page exported from the web.
    ("mirt_project", "head", re.compile(r"^[ \t]*home[ \t]*[›>»/][ \t]*projecten\b", _I | _M), 3),
    ("mirt_project", "body", re.compile(r"^\s*(?:financiën|financien|budget|kosten\s+en\s+"
                                        r"financiering)\s*:?", _I | _M), 1),
    # "Huidige fase", "MIRT-regio", "Opdrachtgever" alone in a side column beside the text, or
    # under a "Kerngegevens" heading: a project page's data block, wherever the export puts it.
    ("mirt_project", "head", re.compile(r"(?:^|(?<![ \t])[ \t]{3,}+)(?:kerngegevens|"
                                        r"projectgegevens|huidige[ \t]+fase|MIRT-regio)"
                                        r"[ \t]*+(?::[ \t]*+)?$",
                                        _I | _M), 3),
    ("mirt_project", "head", re.compile(r"^[ \t|]*(?:MIRT[- ]?regio|projectnaam|(?:MIRT[- ]?)?"
                                        r"projectnummer)(?:[ \t]*[:|]|[ \t]{2,}\w|"
                                        r"[ \t]*\n[ \t]*[\w.]+[ \t]*$)", _I | _M), 3),
)  # fmt: skip
_MIRT_TITLES = tuple(c[2] for c in _CUES if c[0] == "mirt_brief" and c[1] == "title")
_CAPS = {"ruimtelijk_arrangement": 6, "mirt_brief": 6, "afsprakenlijst": 4}


# A flattened letterhead: side columns ("Provincie X      Datum"), bare labels or labels with
# a code ("Kenmerk: ABC/2019-1234"), codes, "1 van 3", and the parties' names one per line
# ("Provincie Drenthe", "Gemeente A  -  Gemeente B", "Ministerie van …", "Stadsregio X",
# "Vervoerregio X") above the title of a document they sign together.
_LETTERHEAD_LINE = re.compile(
    r"\S[ \t]{3,}\S|^(?:datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|pagina|retouradres|bijlagen?)"
    r"\b\W*(?:[\w./-]*\d[\w./-]*)?$|^[\W\d]*(?:van[\W\d]*)?$|^[A-Z0-9][\w./-]*\d[\w./-]*$|"
    r"^(?:(?:provincie|gemeente|ministerie\s+van|waterschap|hoogheemraadschap|"
    r"(?:stads|vervoer|metropool)regio)\s+[^\n.:]{2,60}|rijkswaterstaat|prorail)$",
    _I,
)


def _title_zone(head: str, labels: dict[str, str]) -> str:
    """The first lines, and the first lines after a flattened letterhead: where titles are."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    zone = lines[:4]
    if sum(1 for line in zone if _LETTERHEAD_LINE.search(line)) >= 2:
        zone += [line for line in lines if not _LETTERHEAD_LINE.search(line)][:1]
    return "\n".join([*zone, labels.get("betreft", ""), labels.get("onderwerp", "")])


# "2  Noord-Nederland", "Regio Oost", "3. Randstad", "— ZUID-NEDERLAND —": a landsdeel as a
# heading of its own, or as a divider between dashes (the first dash may read as a bullet).
_LANDSDEEL_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+|[—–•-][ \t]*)?(?:regio[ \t]+|landsdeel[ \t]+)?"
    r"(?:noordwest|zuidwest|noord|oost|zuid|west|randstad)(?:-nederland)?(?:[ \t]*[—–-])?[ \t]*$",
    _I | _M,
)
# "2.1  Voorbeeldweg Noord": a numbered subsection, one per project, no sentence.
_NUMBERED_SUBSECTION = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+[A-Z0-9][^\n.]{2,80}$", _M)
# "A. Noord", "B) Oost-Nederland", "C  Regio Zuidwest": landsdelen as lettered chapters, the
# half-yearly letter laid out like a report (a Kamerbrief on the BO's heads them plainly).
_LETTERED_LANDSDEEL = re.compile(
    r"^[ \t]*[A-H](?:\.|\)|[ \t](?=[ \t]))[ \t]*(?:regio[ \t]+|landsdeel[ \t]+)?"
    r"(?:noordwest|zuidwest|noordoost|zuidoost|noord|oost|zuid|west|randstad)(?:-nederland)?"
    r"[ \t]*$",
    _I | _M,
)
# "1. ZUIDWEST", "2  REGIO OOST": landsdelen as numbered chapters in capitals, the same report
# layout in numbers (a Kamerbrief on the BO's numbers them, if at all, in plain case).
_NUMBERED_CAPITAL_LANDSDEEL = re.compile(
    r"^[ \t]*\d{1,2}\.?[ \t]+(?:REGIO[ \t]+|LANDSDEEL[ \t]+)?"
    r"(?:NOORDWEST|ZUIDWEST|NOORDOOST|ZUIDOOST|NOORD|OOST|ZUID|WEST|RANDSTAD)(?:-NEDERLAND)?"
    r"[ \t]*$",
    _M,
)
# "III.1  Noord-Nederland", "II.2 Regio Oost": landsdelen as roman-decimal sections of a
# chapter, the same report layout once more (a Kamerbrief on the BO's has no chapters).
_ROMAN_DECIMAL_LANDSDEEL = re.compile(
    r"^[ \t]*[IVX]{1,4}\.\d{1,2}\.?[ \t]+(?:regio[ \t]+|landsdeel[ \t]+)?"
    r"(?:noordwest|zuidwest|noordoost|zuidoost|noord|oost|zuid|west|randstad)(?:-nederland)?"
    r"[ \t]*$",
    _I | _M,
)
_MIRT_WORD = re.compile(r"\bMIRT\b")
# "Project: A9 Voorbeeld - Elders" over "Regio: Oost-Nederland" (and "Stand: …"): a record of
# labelled lines per project, each naming its landsdeel, the report layout once more.
_PROJECT_RECORD = re.compile(
    r"^[ \t]*Project[ \t]*:[ \t]*\S[^\n]*\n[ \t]*(?:Regio|Landsdeel)[ \t]*:[ \t]*\S", _M
)
# "Uitkomsten bestuurlijke overleggen MIRT voorjaar 2031": the spring round's outcomes, the
# season's letter when it reports them in chapters per landsdeel (the autumn round's outcomes
# come in a Kamerbrief of their own).
_SPRING_ROUND = re.compile(r"bestuurlijke\s+overleggen\s+MIRT\s+voorjaar\s+(?:19|20)\d\d", _I)


def _progress_per_landsdeel(text: str, title: str) -> bool:
    """A letter on the MIRT that reports per landsdeel and, below each, per numbered project,
    or in lettered, capital numbered or roman-decimal landsdeel chapters: the half-yearly
    MIRT-brief, whatever its subject says."""
    if _MIRT_WORD.search(title) is None:
        return False
    if len(_LETTERED_LANDSDEEL.findall(text)) >= 2:
        return True
    if len(_NUMBERED_CAPITAL_LANDSDEEL.findall(text)) >= 2:
        return True
    if len(_ROMAN_DECIMAL_LANDSDEEL.findall(text)) >= 2:
        return True
    if len(_PROJECT_RECORD.findall(text)) >= 2:
        return True
    if _SPRING_ROUND.search(title) and len(_LANDSDEEL_HEADING.findall(text)) >= 2:
        return True
    return (
        len(_LANDSDEEL_HEADING.findall(text)) >= 2 and len(_NUMBERED_SUBSECTION.findall(text)) >= 3
    )


# Scans read "o" as "0", "l" as "1" and "I" as "l" inside words: "RAADSINF0RMATIEBRIEF",
# "Raadsvoorste1", "MlRT". Digits in road numbers ("A12", "N35") have one letter before them.
# Each opens with a look at the one character it can start on ("(?=0)"): the same matches,
# but the look-behinds are tried only there, not at every character of the document.
_OCR_ZERO = re.compile(r"(?=0)(?<=[^\W\d_]{2})0(?=[^\W\d_])")
_OCR_ONE = re.compile(r"(?=1)(?:(?<=[^\W\d_]{2})1(?=[^\W\d_])|(?<=[^\W\d_]{3})1\b)")
_OCR_CAPITAL_I = re.compile(r"(?=l)(?<=[A-Z])l(?=[A-Z])")


def _fold_scan_errors(text: str) -> str:
    """The text with letters a scan turned into look-alike digits or letters put back."""
    return _OCR_CAPITAL_I.sub("I", _OCR_ONE.sub("l", _OCR_ZERO.sub("o", text)))


def classify(text: str, labels: dict[str, str]) -> str:
    """The genre of one document's cleaned text (``labels``: its Betreft/Onderwerp/…)."""
    text = _fold_scan_errors(text)
    labels = {key: _fold_scan_errors(value) for key, value in labels.items()}
    head = text[:_HEAD]
    lines = [line for line in head.splitlines() if line.strip()]
    zones = {
        "title": _title_zone(head, labels),
        "head": head,
        "body": text,
        "top": "\n".join(lines[:8]),  # the top lines, under a letterhead of the parties
        "first": "\n".join(lines[:3]),  # where a document names itself
    }
    scores: dict[str, int] = {}
    for genre, where, pattern, weight in _CUES:
        hits = (
            len(pattern.findall(zones[where]))
            if where == "body"
            else int(bool(pattern.search(zones[where])))
        )
        if hits:
            cap = _CAPS.get(genre, 3)
            scores[genre] = scores.get(genre, 0) + weight * min(hits, cap)
    # A letter to parliament about the MIRT is a MIRT-brief only when it says so.
    if "mirt_brief" in scores and not any(cue.search(zones["title"]) for cue in _MIRT_TITLES):
        scores["mirt_brief"] = min(scores["mirt_brief"], 3)
    if "kamerbrief" in scores and _progress_per_landsdeel(text, zones["title"]):
        scores["mirt_brief"] = max(scores.get("mirt_brief", 0), scores["kamerbrief"] + 1)
    if not scores:
        return "other"
    best = max(scores.items(), key=lambda item: (item[1], -DOCUMENT_KINDS.index(item[0])))
    return best[0] if best[1] >= 3 else "other"


# Genres whose letters make agreements; council letters and project pages only report them.
AGREEMENT_GENRES = frozenset(
    {
        "ruimtelijk_arrangement",
        "afsprakenlijst",
        "uitvoeringsagenda",
        "kamerbrief",
        "mirt_brief",
        "other",
    }
)


# "BESLUIT:" on a line of its own: the document is one party's decision ("De Minister …,
# gelet op …, BESLUIT: A. … te starten"), whose points decide and agree nothing.
_DECISION = re.compile(r"^[ \t]*(?:BESLUIT|Besluit)[ \t]*+(?::[ \t]*+)?$", re.MULTILINE)


# "VERSLAG STATENCOMMISSIE …", "Verslag van de vergadering van de raadscommissie …" on top:
# the minutes of a committee of the Staten or the council record a debate, they agree nothing
# (a deputy's promise there is no agreement between parties).
_COMMITTEE_MINUTES = re.compile(
    r"^[ \t]*+verslag\s+(?:van\s+(?:de|het)\s+)?(?:vergadering\s+van\s+de\s+)?"
    r"(?:staten|raads)?commissie",
    re.IGNORECASE | re.MULTILINE,
)


# "Regionaal Bestuurlijk Overleg Mobiliteit" over "VERSLAG", "Verslag regionaal overleg …":
# the minutes of the region's own meeting record what its members discuss and decide each
# for themselves; the parties of a BO or BOL agree there, a region among itself does not.
_REGIONAL_MEETING = re.compile(
    r"^[ \t]*+(?:verslag\s+(?:van\s+(?:het\s+)?)?)?regiona(?:al|le)\s+(?:bestuurlijke?\s+)?"
    r"overleg\b",
    re.IGNORECASE | re.MULTILINE,
)
_MINUTES_WORD = re.compile(r"^[ \t]*+verslag\b", re.IGNORECASE | re.MULTILINE)


def makes_agreements(text: str, kind: str, start: int, end: int) -> bool:
    """Whether the document of ``kind`` at ``start``–``end`` is of a genre that agrees, and no
    one party's decision nor the minutes of a committee or of a regional meeting."""
    if kind not in AGREEMENT_GENRES:
        return False
    if kind != "other":
        return True
    top = min(end, start + 400)
    if _REGIONAL_MEETING.search(text, start, top) and _MINUTES_WORD.search(text, start, top):
        return False
    return not (_DECISION.search(text, start, end) or _COMMITTEE_MINUTES.search(text, start, top))
