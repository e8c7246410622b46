"""Regular expressions for the line shapes letters use: bullets, headings, agreement blocks.

Cleaning needs them to know which line breaks are real (never join a wrapped
line onto a bullet or a heading) and structure parsing needs the same shapes to
build the tree, so they live in one place.
"""

from __future__ import annotations

import re

from .heading_forms import trailing_heading

__all__ = [
    "AFSPRAAK_LINE",
    "AGREEMENT_FORMULA",
    "ANNOUNCING_FORMULA",
    "BULLET_GLYPH",
    "CELL_SEPARATOR",
    "DEPARTMENTS_LINE",
    "DOT_LEADER",
    "ENUMERATOR",
    "LETTER_START",
    "NOT_MID_BLANKS",
    "NUMBERED_HEADING",
    "PAGE_NUMBER",
    "PREVIOUS_NUMBER",
    "REMARK_LINE",
    "SENTENCE_OPENS",
    "TABLE_ROW",
    "TYPE_LINE",
    "agreement_formulas",
    "is_structural",
    "parse_types",
]

# Put before a pattern that opens with a run of blanks (at least one): a search then tries the
# run once, from its first blank, instead of again from every blank inside it (time grows with
# the square of the run otherwise, and scanned forms carry lines of thousands of spaces). A
# search finds a match inside a run only after one that starts where the run does, so the
# matches stay the same.
NOT_MID_BLANKS = r"(?<![ \t])"
# Dash, bullet, minus, en dash, private-use Wingdings glyphs (U+F0xx), squares, diamonds,
# arrows, ballot boxes ("☐"), check marks (a scanned "✓" read as "√"), Word's "o", a scanned
# "•" read as "e" (set off by two spaces), a Wingdings arrow exported as "Ø" before a word (not
# "Ø 800 mm"), and a plain ">" (or "=>") arrow before a capitalised sentence or, set off by two
# spaces, any word (not the "> Retouradres" of a letterhead), and a "+" or a "~" (a scanned "∼"
# bullet) before a word (not "~ 30 woningen", about thirty); a dash's "-1-", "-2-" numbering is
# part of the mark.
BULLET_GLYPH = re.compile(
    # any arrow, geometric shape or dingbat ("▶", "⮚", "❯") marks a bullet as the usual ones do
    r"^(?P<glyph>[-•−‒–—▪■□◦●○‣⁃∙·*❖◆◇♦➢➤►▸▹✓✔→»›◾◼⦁\uf000-\uf0ff"
    r"\u2190-\u21ff\u25a0-\u25ff\u2610-\u2612\u2700-\u27bf\u2b00-\u2bff]"
    r"|o(?=\s+\S)|e(?=[ \t]{2,}\S)"
    r"|√(?=[ \t]+\S)|°(?=[ \t]+\S)|Ø(?=[ \t]+[^\W\d_])"
    r"|>(?=[ \t]+[^\W\d_])(?![ \t]*Retouradres)|=>(?=[ \t]+[^\W\d_])|[+~](?=[ \t]+[^\W\d_])"
    # "-- het Rijk draagt …": a doubled hyphen typed for a dash (not "-- blz. 2 --", a footer)
    r"|--(?=[ \t]+[^\W\d_])(?![^\n]*--[ \t]*$))"
    # "-1-", "-2-": a dash bullet that numbers its item between dashes; the number is no text
    r"(?:(?<=-)\d{1,2}-(?=[ \t]))?"
    r"[ \t\u00a0]*"
    r"(?=[\w(‘'\"“€])"
)
# Where a letter of a bundle starts: its return address or its addressee.
LETTER_START = re.compile(
    r"^(?:>\s*)?Retouradres\b|^Aan:?\s+(?:de\s+)?(?:raad|raden|leden|gemeenteraden|gemeenteraad|"
    r"Provinciale Staten|"
    r"colleges?)\b|^De\s+Voorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer",
    re.IGNORECASE,
)
ENUMERATOR = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+\S")
# "2.4.1. Titel", "3. A13/A16 Rotterdam", "A.1 Titel", "B.2. Titel", "IV. Titel",
# "Agendapunt 3: Titel", "Hoofdstuk 2  Water en bodem", "Artikel 4 Energie", "Artikel 5 - Planning",
# "1) A2 Weert", "II.1 Titel" (a roman chapter's item), "Artikel II – Titel", "2a. Titel",
# "Punt 2: Titel", "§ 2 Titel", "2 – Titel" (an en or em dash before a capital), "Art. 3  Titel".
NUMBERED_HEADING = re.compile(
    r"^(?:(?P<word>(?i:agendapunt|agenda[ \t]+punt|bespreekpunt|punt|hoofdstuk|artikel|art\.)|§)"
    r"[ \t]*)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2}){0,4}|\d{1,2}\.[a-h](?![\w.])|[A-H]\.\d{1,2}(?:\.\d{1,2}){0,2}|"
    # "A2.3  Zwolle, Stadshagen-Noord": an action numbered under a chapter letter and theme
    r"[A-H]\d{1,2}\.\d{1,2}(?![\d.])|"
    r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?:\.\d{1,2}(?:\.\d{1,2})?(?![\d.]\d)|(?=\.))|"
    # "II.a  Veenlijn": an item lettered under a roman chapter
    r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.[a-h](?![\w.])|"
    # "Artikel IV – Financiering": a roman number after the word
    r"(?(word)(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?=[.:]?[ \t])|(?!))|"
    # "2a. N18 Varsseveld", "2b) …": items sharing a number, told apart by a letter
    r"\d{1,2}[a-h](?=[.)]))"
    r"(?P<dot>[.:°]?|(?<=[\da-h])\))(?(word)(?:[ \t]+[–—-])?|(?:[ \t]+[–—](?=[ \t]+[A-ZÀ-Ý]))?)"
    r"[ \t]+(?P<title>[A-ZÀ-Ý0-9‘'\"“(][^\n]*)$"
)
# "Afspraak 2.3 Titel", "Afspraak 1.1 – Woningbouw", "Afspraak 3.2 (was 4.1) Energienetten",
# "Afspraak 3.2: Energienetten (2025: 4.1)", "Afspraak 2a …", "Afspraak II.1 …".
AFSPRAAK_LINE = re.compile(
    r"^Afspraak[ \t]+(?P<number>\d{1,2}(?:\.\d{1,2}){0,3}(?:[a-h](?![a-zà-ÿ]))?|"
    # "Afspraak II.1", "Afspraak A.2": a roman or lettered chapter's agreement
    r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?:\.\d{1,2}){1,2}|[A-H]\.\d{1,2}(?:\.\d{1,2})?)"
    r"(?![\d.]\d)\.?[ \t]*[:–—-]?[ \t]*"
    r"(?:[(\[](?:was|voorheen|eerder|oud|vorige?(?:\s+generatie)?|\d{4})?[ \t:]*"
    r"(?:afspraak[ \t]+)?(?P<previous>\d{1,2}(?:\.\d{1,2}){1,3})[)\]][ \t]*[:–—-]?[ \t]*)?"
    r"(?:[(\[]nieuw[)\]][ \t]*[:–—-]?[ \t]*)?"  # "Afspraak 3.2 (nieuw) Titel": a marker
    r"(?P<title>[^\n]*)$",
    re.IGNORECASE,
)
# The previous generation's number written after the title: "Energienetten (2025: 4.1)",
# also with a word on what became of it ("(was 3.1, ongewijzigd)").
PREVIOUS_NUMBER = re.compile(
    rf"(?:{NOT_MID_BLANKS}[ \t]++)?[(\[](?:was|voorheen|eerder|oud|vorige?(?:\s+generatie)?|"
    r"\d{4})[ \t:]*"
    r"(?:afspraak[ \t]+)?(?P<previous>\d{1,2}(?:\.\d{1,2}){1,3})"
    r"(?:[ \t]*[,;][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?[)\]][ \t]*$",
    re.IGNORECASE,
)
_TYPE_WORD = r"(?:beleids|onderzoeks|uitvoerings|proces)(?:afspraak|afspraken|-)"
# The label ends in a colon or a spaced dash ("Soort afspraak — uitvoeringsafspraak").
_LABEL_END = r"(?:[ \t]*:|[ \t]+[–—-](?=[ \t]))[ \t]*"
_TYPE_LABEL = rf"(?:(?:type|soort)(?:[ \t]+(?:van[ \t]+)?afspraak)?{_LABEL_END})?"
TYPE_LINE = re.compile(
    rf"^{_TYPE_LABEL}{_TYPE_WORD}(?:[ \t]*(?:/|,|&|\+|en|of)[ \t]*{_TYPE_WORD})*[ \t]*\.?"
    # "Type: uitvoeringsafspraak | Ministeries: VRO, IenW": the departments on the same line
    r"(?:[ \t]*\|[ \t]*(?:betrokken|departement|ministerie)[^\n]*)?$",
    re.IGNORECASE,
)
DEPARTMENTS_LINE = re.compile(
    r"^(?:betrokken(?:[ \t]+(?:departementen|ministeries|bewindspersonen))?|"
    rf"departement(?:en|\(en\))?|ministeries|ministerie\(s\)){_LABEL_END}(?P<list>[^\n]*)$",
    re.IGNORECASE,
)
# "(onder voorbehoud van …)": a remark in brackets on a line of its own; not "(D) Kade Oost (750
# woningen)", an item marked by a bracketed capital or number whose title ends in a bracket.
REMARK_LINE = re.compile(r"^\((?!(?:[A-H]|[ivx]{1,4}|\d{1,2})\)[ \t]+[A-ZÀ-Ý])[^\n]*\)\.?$")
# What Rijk and region agree in the letter itself ("spreken af", "komen overeen", "Afgesproken
# wordt", "Afspraak: …"); "hebben afgesproken" and "is afgesproken" report an earlier
# agreement and are left to the letter that made it.
AGREEMENT_FORMULA = re.compile(
    # the first look names each formula's first character: the alternatives are tried there only
    r"(?=[skawmepzvgboi \t•])(?:"
    # "Rijk en regio zeggen toe …", "Partijen zeggen toe …": a promise made by more parties
    # together is agreed; a minister alone "zegt toe" (a promise to parliament)
    r"\b(?:en|partijen)\s+(?:[\w-]+\s+){0,4}?zeggen\s+(?:\w+\s+){0,2}?toe\b|"
    # "Partijen leggen vast dat …", "Rijk en regio stemmen in met …": more parties together
    # record or assent in the present tense (not "De raad stemt in met …", not "legden vast")
    r"\b(?:en|partijen)\s+(?:[\w-]+\s+){0,4}?(?:leggen\s+(?:(?:hierbij|daarom|ook|tevens|"
    r"verder|het\s+volgende)\s+)?vast(?=\s*:|\s+dat\b)|stemmen\s+(?:\w+\s+){0,2}?in\s+met\b)|"
    r"\bspreken\b[^.\n]{0,80}?\baf\b|\bkomen\b[^.\n]{0,80}?\bovereen\b|afgesproken\s+wordt|"
    # "De stuurgroep komt overeen dat …" (not "dit komt overeen met …", which compares)
    r"\bkomt\b[^.\n]{0,80}?\bovereen\b(?=\s+(?:dat|om)\b|\s*:)|"
    r"wordt\s+(?:(?:verder|daarnaast|tevens|ook)\s+)?afgesproken|"
    # "Rijk en regio maken de afspraak dat …"
    r"\bma(?:ken|akt)\b[^.\n]{0,60}?\bde\s+afspraak\b(?=\s+(?:dat|om)\b)|"
    # "Partijen zijn het erover eens dat …", "verbinden zich om …", "verplichten zich tot …",
    # "gaan de verplichting aan om …": parties bind themselves together
    r"\b(?:zijn|is)\s+het\s+(?:er\s*over\s+|hierover\s+|daarover\s+)?eens\b"
    r"(?=\s+(?:dat|om|over)\b|\s*:)|"
    r"\bverbind(?:t|en)\s+zich\s+(?:\w+\s+){0,2}?(?:om|tot|aan)\b|"
    r"\bverplicht(?:en)?\s+zich\s+(?:\w+\s+){0,2}?(?:om|tot)\b|"
    r"\bga(?:at|an)\s+de\s+verplichting\s+aan\b|"
    # "Besloten wordt dat …", "Overeengekomen is dat …": a passive formula that opens its
    # sentence decides in the list itself (not "Eerder is overeengekomen dat …")
    r"(?:^|(?<=[.:;][ \t]))(?:besloten\s+wordt|overeengekomen\s+(?:is|wordt))\s+dat\b|"
    # "Afgesproken is: …": a label-like formula over what is agreed (not "is afgesproken")
    r"\bafgesproken\s+is[ \t]*:|"
    r"^[ \t]*(?:•[ \t]*)?(?:afspraak|afspraken)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
# A lead-in that announces the agreements below it: "Rijk en regio spreken het volgende af:",
# "Komen het volgende overeen:", "De partners spreken af de volgende maatregelen uit te voeren.",
# "De partijen verplichten zich tot het volgende."
ANNOUNCING_FORMULA = re.compile(
    # not "komen overeen dat het volgende overleg …", where "volgende" is "next"
    r"\b(?:spreken|komen|verplichten|verbinden)\b(?:(?!\bdat\b)[^.\n]){0,60}\bvolgende\b"
    r"|\bvolgende\b[^.\n]{0,40}\b(?:af|overeen)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"\n]{0,600}"|“[^”\n]{0,600}”|„[^“”\n]{0,600}[“”]')


def agreement_formulas(text: str) -> list[re.Match[str]]:
    """The agreement formulas ``text`` makes itself: one quoted ('een zin als "Rijk en regio
    spreken af dat …"', 'In de afsprakenlijst staat: "…"') reports another text."""
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    return [
        match
        for match in AGREEMENT_FORMULA.finditer(text)
        if not any(start <= match.start() < end for start, end in quoted)
    ]


# The cells of a table row as text exports give it: apart by runs of spaces or by bars.
CELL_SEPARATOR = re.compile(r"[ \t]{2,}|\t|[ \t]*[|│┃║][ \t]*")  # "│": a box-drawn bar
# "Start realisatie ........ najaar 2011", ". . . .", "……": dots that lead a label to its value.
# The blanks before them are the whole run or none (a match may start right after another).
DOT_LEADER = re.compile(rf"(?:{NOT_MID_BLANKS}[ \t]++)?(?:\.(?:[ \t]?\.){{2,}}|…+)[ \t]*+")
# A table row as text exports give it: cells apart by runs of spaces or by bars.
TABLE_ROW = re.compile(r"\S(?:[ \t]{2,}|[ \t]*\|[ \t]*)\S.*\S(?:[ \t]{2,}|[ \t]*\|[ \t]*)\S")
# "Pagina 4 van 16", "- 4 -", "3/7", and "blad 2 van 3" (a scan reading "blad l van 2").
PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:(?:pagina|page|blz\.?|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:van|of|/)[ \t]*\d{1,4})?"
    r"|blad[ \t]+[\dlO]{1,3}[ \t]+van[ \t]+[\dlO]{1,3}"
    r"|\d{1,4}[ \t]*(?:van|/)[ \t]*\d{1,4}"
    r"|[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?)[ \t]*$",
    re.IGNORECASE,
)

_TYPE_STEM = re.compile(r"(beleids|onderzoeks|uitvoerings|proces)", re.IGNORECASE)


def parse_types(line: str) -> tuple[str, ...]:
    """Agreement types in a type line, lower-case and in order: "Onderzoeks- en beleidsafspraak"."""
    seen: list[str] = []
    for match in _TYPE_STEM.finditer(line):
        word = match.group(1).lower() + "afspraak"
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def is_structural(line: str) -> bool:
    """True for lines that start something new and must never be glued onto the line above."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(
        TABLE_ROW.search(stripped)
        or _ANNEX.match(stripped)
        or _STAMP.match(stripped)
        or _LIST_LABEL.match(stripped)
        or BULLET_GLYPH.match(stripped)
        or ENUMERATOR.match(stripped)
        or _CAPITAL_MARK.match(stripped)
        or AFSPRAAK_LINE.match(stripped)
        or TYPE_LINE.match(stripped)
        or DEPARTMENTS_LINE.match(stripped)
        or REMARK_LINE.match(stripped)
        or _is_heading_number(stripped)
        or _REGION_HEADING.match(stripped)
        or trailing_heading(stripped)
        or _ACTION_HEAD.match(stripped)
        or _ARROW_LABEL.match(stripped)
        or _LABEL_LINE.match(stripped)
        or _ORDERED_HEAD.match(stripped)
        or _CODE_HEAD.match(stripped)
        or _EXPORT_ROW.match(stripped)
    )


# "nr;onderwerp;afspraak;trekker;termijn", '13-02;"Knooppunt …";"…"': a row of a table exported
# with semicolons (a short first cell glued to the ";" and three cells or more after it) opens a
# line of its own, also under a sentence that ends without a stop.
_EXPORT_ROW = re.compile(r"^[^\s;\"]{1,12};(?=[^\s;])(?:[^;\n]*;){2,}[^;\n]*$")


# "Onderdeel 2 - Titel", "Thema III – Titel": an ordering word with its number or letter and a
# dash before a capitalised title opens an item even after a line that ends without a stop
# ("… (provincie)"): written with a capital, it never continues a sentence.
_ORDERED_HEAD = re.compile(
    r"^(?:Onderdeel|Agendapunt|Actiepunt|Thema|Opgave)[ \t]+(?:[A-H]|\d{1,2}|[IVX]{1,4})"
    r"[ \t]+[–—-][ \t]+[A-ZÀ-Ý]"
)
# "ZL-04  Titel", "WB-2  Titel": an item code of capitals, a dash and a number, set off from a
# capitalised title by a wide gap, heads an action of its own, also under a row of labels that
# ends in an amount ("… Budget: € 4 mln").
# "NW-22-03  Titel": a region's code, the year's two digits and a serial, the same.
_CODE_HEAD = re.compile(r"^[A-Z]{1,3}-\d{1,2}(?:-\d{2,3})?[a-z]?[ \t]{2,}[A-ZÀ-Ý]")


# "Actie 1.2   Titel", "Maatregel B3 – Titel": an agenda's action opens here, also after a
# line that ends on an abbreviation ("… € 12 mln.").
_ACTION_HEAD = re.compile(
    r"^(?i:actie|maatregel)[ \t]+[A-H]?\d{1,2}(?:\.\d{1,2}){0,2}[a-h]?[.:)]?"
    r"(?:[ \t]{2,}|[ \t]*[–—:-][ \t]+)[A-ZÀ-Ý]"
)
# "> trekker gemeente; gereed 2027;": an action's arrow line of labels, one line each.
_ARROW_LABEL = re.compile(
    r"^[>→][ \t]+(?i:trekker|wie|eigenaar|gereed|wanneer|planning|kosten|budget|middelen)\b"
)


# "wie: gemeente X", "wanneer: eind 2027": one label of an action and its value, one line each.
_LABEL_LINE = re.compile(
    r"^(?i:wie|trekker|eigenaar|wanneer|gereed|geld|kosten|budget|middelen)[ \t]*:[ \t]*\S"
)


# "Noordwest", "Regio Zuid", "Landsdeel Oost-Nederland": a region's section opens here.
_REGION_HEADING = re.compile(
    r"^(?:(?:MIRT[- ])?(?:regio|landsdeel)\s+)?(?:Noordwest|Zuidwest|Noord|Oost|Zuid|West|"
    r"Randstad)(?:[- ]Nederland)?$",
    re.IGNORECASE,
)


# "B)  Spoorlijn …", "(C)  Kade …", "D.  Rondvraag", "(2)  Kade …": an item lettered with a
# capital or numbered in brackets, over a capitalised title; "[C]  Kade …": a capital in square
# brackets, also after a sentence that ends on an abbreviation ("… € 120 mln."); "<4>  Kade …":
# a number between angle brackets.
_CAPITAL_MARK = re.compile(
    r"^(?:\((?:[A-H]|[ivx]{1,4}|\d{1,2})\)|\[[A-H]\]|[A-H][.)]|<\d{1,2}>)[ \t]+[A-ZÀ-Ý]"
)
_LIST_LABEL = re.compile(
    r"^(?:afspraak|afspraken|conclusie|conclusies|besluit|besluiten|actiepunten?)\s*:\s*$",
    re.IGNORECASE,
)
# "Versie 1.0 — juni 2025", "Laatste wijziging: 10 februari 2026": a document's stamp line.
_STAMP = re.compile(
    r"^(?:versie\s+\d|laatst(?:e)?\s+(?:gewijzigd|wijziging)|bijgewerkt\s+op|geprint\s+op|"
    r"afgedrukt\s+op)",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^Bijlagen?(?:\s+\d{1,2}|\s+[A-Z])?\s*[:.–-]", re.IGNORECASE)


def _is_heading_number(line: str) -> bool:
    match = NUMBERED_HEADING.match(line)
    if match is None:
        return False
    return "." in match.group("number") or bool(match.group("dot")) or len(line) < 90


# "Geen nieuwe afspraken", "Geen besluiten", "Dit punt vervalt", "niet van toepassing": a
# unit or a table row that says it agrees nothing.
NOTHING_AGREED = re.compile(
    # "Er worden geen afspraken …", "Hierover worden thans geen afspraken gemaakt."
    r"(?:(?:er|hierover|daarover)\s+(?:zijn|worden|wordt|is)\s+(?:(?:thans|nu|nog|vooralsnog)\s+)?)?"
    r"\bgeen\s+(?:nieuwe\s+|verdere\s+|nadere\s+|aanvullende\s+)?"
    r"(?:afspra(?:ak|ken)|besluit(?:en)?)\b|"
    r"\bvervalt\b|\bniet\s+van\s+toepassing\b",
    re.IGNORECASE,
)
# "De verkenning …", "Het project …": a line that opens a sentence with a capitalised article
# or preposition under the first line of a paragraph (one not ending a sentence, nor in a
# connector) starts the text under that line, a heading however long ("Spoorlijn X - Y, Z").
SENTENCE_OPENS = re.compile(r"(?:De|Het|Een|Dit|Deze|Er|In|Op|Met|Bij|Voor|Na|Sinds)[ \t]+[a-zà-ÿ]")
