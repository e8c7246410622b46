"""Patterns that meet long runs of blanks: the same answers as their plain forms, in one pass.

Scanned forms and spreadsheets saved as text carry lines of thousands of spaces or tabs. A
pattern that opens with blanks, or lets a lazy name run into them, tries every blank of the
run again; the hardened forms (a look-behind that starts only at a run's first blank,
possessive quantifiers) must give exactly the matches the plain forms give. The plain forms
are written out here and compared on random short texts, where they are still fast.
"""

from __future__ import annotations

import random
import re

import pytest

from ruimtemonitor.core.extraction import (
    decision_works,
    extract_text,
    general_agreements,
    genres,
    heading_forms,
    letter_date,
    own_promises,
    parliament_shapes,
    patterns,
    phases,
    project_blocks,
    project_rows,
    splitting,
    structure,
    tables,
    timeline,
    unit_commitments,
)

pytestmark = pytest.mark.unit

# The plain forms, as the patterns read before they were hardened.
PLAIN = {
    "DOT_LEADER": (patterns.DOT_LEADER, re.compile(r"[ \t]*(?:\.(?:[ \t]?\.){2,}|…+)[ \t]*")),
    "SIDE_BY_SIDE": (
        splitting._SIDE_BY_SIDE,
        re.compile(r"[ \t]{3,}(?=(?:Datum|Betreft|Onderwerp|Ons kenmerk|Kenmerk)\b)", re.I),
    ),
    "SIDE_LABEL": (
        phases._SIDE_LABEL,
        re.compile(
            rf"[ \t]{{3,}}(?:huidige[ \t]+)?(?:project)?fase[ \t]*"
            rf"(?::?[ \t]*\n(?:[^\n]*?[ \t]{{3,}}|[ \t]*)|:[ \t]*){phases._PHASE_WORD}[ \t]*$",
            re.I | re.M,
        ),
    ),
    "PAGE_MARK": (
        timeline._PAGE_MARK,
        re.compile(
            r"(?:[ \t]{2,}|[|·–—-][ \t]*)(?:blz|pagina|page|blad|p)\.?[ \t]*\d{1,3}"
            r"(?:[ \t]*(?:van|/)[ \t]*\d{1,3})?[ \t]*$",
            re.I,
        ),
    ),
    "CELL_MARK": (
        unit_commitments._CELL_MARK,
        re.compile(r"[ \t]+[·|][ \t]+|[ \t]*\.{4,}[ \t]*"),
    ),
    "CAPTION": (
        tables._CAPTION,
        re.compile(
            r"(?:x|in|bedragen\s+in)?\s*(?:€|euro)?\s*(?:1\s*)?(?P<unit>mln|miljoen|miljoenen|mld|"
            r"miljard|miljarden|(?<=€ )1\.000|(?<=€)1\.000|duizenden)\.?(?:\s+(?:euro|€))?\s*"
            r"(?:[,)]|:?$|\s+prijspeil)",
            re.I,
        ),
    ),
    "DEBATE_CELL": (
        own_promises.DEBATE_CELL,
        re.compile(
            r"(?:\||[ \t]{2,}|\t)[ \t]*(?P<debate>(?:CD|AO|NO|WGO|[Cc]ommissiedebat|"
            r"[Aa]lgemeen\s+[Oo]verleg|[Nn]otaoverleg|[Ww]etgevingsoverleg|[Pp]lenair\s+debat|"
            r"[Bb]egrotingsbehandeling|"
            r"[Mm]ondelinge\s+vragen|[Vv]ragenuur)\b[^|\t\n]{0,60}?)"
            r"(?=[ \t]*\||[ \t]{2,}|\t|[ \t]*$)",
            re.M,
        ),
    ),
    "LABEL_SEPARATOR": (
        structure._LABEL_SEPARATOR,
        re.compile(r"[ \t]+[|·][ \t]+|;[ \t]+(?=[A-Z])|[ \t]{3,}(?=[A-Z])"),
    ),
    "AGENDA_HEADING": (
        structure._AGENDA_HEADING,
        re.compile(
            r"^(?:Afspraak[ \t]+)?(?P<number>[A-H]\d{1,2})[.:]?[ \t]*(?:[–—-][ \t]*)?[ \t]+"
            r"(?P<title>[A-Z][^\n]{2,100})$"
        ),
    ),
    "PREVIOUS_NUMBER": (
        patterns.PREVIOUS_NUMBER,
        re.compile(
            r"[ \t]*[(\[](?:was|voorheen|eerder|oud|vorige?(?:\s+generatie)?|\d{4})[ \t:]*"
            r"(?:afspraak[ \t]+)?(?P<previous>\d{1,2}(?:\.\d{1,2}){1,3})"
            r"(?:[ \t]*[,;][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?[)\]][ \t]*$",
            re.I,
        ),
    ),
    "TYPED_TAIL": (
        structure._TYPED_TAIL,
        re.compile(r"[ \t]*\((?P<type>[^;()]+)(?:;[ \t]*(?P<departments>[^()]*))?\)[ \t]*$"),
    ),
    "LABELLED_DATE": (
        letter_date._LABELLED,
        re.compile(
            letter_date._LABELLED.pattern.replace(
                "[ \t]*+[:.|]?[ \t]*+(?:\n[ \t]*+)?", "[ \t]*[:.|]?[ \t]*(?:\n[ \t]*)?"
            )
        ),
    ),
    "PHASE_UNDER_WAY": (
        phases._PHASE_NOW[5],
        re.compile(phases._PHASE_NOW[5].pattern.replace(r"\s++", r"\s+"), re.I),
    ),
    "UNIT_NUMBER_LABEL": (
        general_agreements._NUMBER_LABEL,
        re.compile(
            r"^(?i:nr|nummer|no|afspraaknummer|actienummer|afspraak\s+nr|actie\s+nr)\.?[ \t]*:?"
            r"[ \t]+(?P<number>[A-Z]?[.-]?\d{1,2}(?:[.-]\d{1,2}){0,2}[a-z]?)[ \t]*$"
        ),
    ),
    "UNIT_TITLE_LABEL": (
        general_agreements._TITLE_LABEL,
        re.compile(r"^(?i:titel|onderwerp|naam|project)[ \t]*:?[ \t]+(?P<title>\S.*)$"),
    ),
    "NUMBER_LABEL": (
        project_blocks._NUMBER_LABEL,
        re.compile(
            r"^[ \t]*(?:nr|nummer|no)\.?[ \t]*:?[ \t]+(?P<number>[A-Z]?[.-]?\d{1,2}"
            r"(?:\.\d{1,2}){0,2}[a-z]?)[ \t]*$",
            re.I | re.M,
        ),
    ),
    "TITLE_LABEL": (
        project_blocks._TITLE_LABEL,
        re.compile(
            r"^[ \t]*(?:titel|onderwerp|naam|project)[ \t]*:?[ \t]+(?P<title>\S[^\n]*?)[ \t]*$",
            re.I | re.M,
        ),
    ),
    "NUMBER_AND_TITLE": (
        project_blocks._NUMBER_AND_TITLE,
        re.compile(
            r"^[ \t]*(?:nr|nummer|no)\.?[ \t]*:?[ \t]+(?P<number>[A-Z]?[.-]?\d{1,2}"
            r"(?:\.\d{1,2}){0,2}[a-z]?)[ \t]+(?:[|·–—-][ \t]*)?(?:titel|onderwerp)[ \t]*:?[ \t]+"
            r"(?P<title>\S[^\n]*?)[ \t]*$",
            re.I | re.M,
        ),
    ),
    "DESIGN": (
        decision_works._DESIGN,
        re.compile(
            r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+(?:in[ \t]+te[ \t]+stemmen[ \t]+met|"
            r"vast[ \t]+te[ \t]+stellen)[ \t]+(?:het[ \t]+)?(?:(?:voorlopig|definitief)[ \t]+)?"
            r"ontwerp[ \t]+(?:(?:van|voor)[ \t]+(?:de|het)[ \t]+)?(?P<name>[^\n:;,.]+?)[ \t]*"
            r"[:;.]?[ \t]*$",
            re.I | re.M,
        ),
    ),
    "CREDIT": (
        decision_works._CREDIT,
        re.compile(
            r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+[^;\n]*?krediet[^;]*?"
            r"(?:beschikbaar|ter[ \t]+beschikking)[ \t]+te[ \t]+stellen[ \t]+voor[ \t\n]+"
            r"(?:het[ \t\n]+project[ \t\n]+(?P<name>[^\n:;]+?)[ \t]*[:;.]?"
            r"|(?:de|het)[ \t\n]+(?P<named>(?-i:[A-Z])[^\n:;,(]+?)[ \t]*"
            r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?)[ \t]*$",
            re.I | re.M,
        ),
    ),
    "WORK_CREDIT": (
        decision_works._WORK_CREDIT,
        re.compile(
            r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+[^;\n]*?krediet[^;]*?"
            r"(?:beschikbaar|ter[ \t]+beschikking)[ \t]+te[ \t]+stellen[ \t]+voor[ \t\n]+"
            r"(?:de|het)[ \t\n]+(?P<named>(?:her)?(?:inrichting|aanleg|reconstructie|ombouw|"
            r"vernieuwing|renovatie|verbreding|verlenging|bouw)[ \t\n]+[^\n:;,(]+?)[ \t]*"
            r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?[ \t]*$",
            re.I | re.M,
        ),
    ),
    "CONTRIBUTION": (
        decision_works._CONTRIBUTION,
        re.compile(
            r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+in[ \t]+te[ \t]+stemmen[ \t]+met[ \t]+"
            r"(?:de|een)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:bijdrage|investering)[ \t]+(?:aan|in|voor)"
            r"[ \t]+(?:de|het)[ \t\n]+(?:aanleg|bouw|realisatie|reactivering|vernieuwing|ombouw)"
            r"[ \t\n]+(?:van[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?)?(?P<named>[^\n:;,(]+?)[ \t]*"
            r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?[ \t]*$",
            re.I | re.M,
        ),
    ),
    "DECORATED_HEADING": (
        heading_forms._DECORATED_HEADING,
        re.compile(
            r"^(?:«[ \t]*(?P<quoted>[^«»\n]+?)[ \t]*»"
            r"|(?P<glyph>[▪■□◆◇♦●○►▸❖◾◼])(?P=glyph){1,2}[ \t]+(?P<led>[^\n]+?))[ \t]*$"
        ),
    ),
    "PARENTHESIS": (project_rows._PARENTHESIS, re.compile(r"\s*\([^()]*\)")),
    "INDENTED": (project_rows._INDENTED, re.compile(r"(?:[ \t]{4,}|\t{2,})\S[^\n]*")),
    "NAMED_BULLET": (
        project_rows._NAMED_BULLET,
        re.compile(
            r"^(?:•|\d{1,2}[.)]|[a-z][.)])[ \t]+(?P<name>[^:\n]{3,80}?)[ \t]*:[ \t]+"
            r"(?P<rest>\S[^\n]*)$"
        ),
    ),
    "ROW": (
        project_rows._ROW,
        re.compile(
            r"^(?P<name>[^€\n]{3,80}?)\s+€[^\n]*?\s(?P<phase>onderzoek|verkenning|planuitwerking|"
            r"realisatie|opgeleverd)\s*$"
            r"|^(?P<name2>[^€\n]{3,80}?)\s+(?P<phase2>onderzoek|verkenning|planuitwerking|"
            r"realisatie|opgeleverd)(?:\s+(?:€\s*)?[\d.,]+(?:\s*(?:mln|mld)\.?)?){1,3}\s*$",
            re.I,
        ),
    ),
}

# Pieces the random texts are made of: blanks, line breaks, the words and marks the patterns
# look for, so that they match often and in odd places.
PIECES = [
    " ",
    " ",
    "   ",
    "\t",
    "\t\t",
    "\n",
    ". ",
    "...",
    ". . .",
    "…",
    ":",
    "(",
    ")",
    "€ 12",
    "1.",
    "a)",
    "•",
    "Fase",
    "fase:",
    "Huidige fase",
    "Datum",
    "Kenmerk",
    "Realisatie",
    "verkenning",
    "A12 Oost",
    "de planuitwerking",
    "Nr.",
    "Titel",
    "2.1",
    "naar",
    "loopt",
    "De",
    "weg",
    "mln",
    "3,5",
]


# One line each pattern is there to find; the random texts are also made from these, with
# their blanks widened, narrowed or turned into tabs, so anchored patterns match often too.
SHAPES = [
    "Start realisatie ........ najaar 2011",
    "Onderwerp: MIRT-brief najaar 2018      Kenmerk: IENW/BSK-2018/1",
    "… de haven          Fase: Realisatie",
    "Het MIRT-onderzoek naar de ontsluiting loopt",
    "Nr.   2.1",
    "Titel:   Spoorlijn Oost - West   ",
    "Nr. 3  |  Titel: Fietsroute Noord",
    "Onderwerp :  Ringweg Zuid",
    "No 4b Onderwerp Kade",
    "de planuitwerking voor het station en de omgeving is in maart gestart",
    "zodat grotere          Huidige fase\nbereiken. De          Planuitwerking",
    "Uitvoeringsagenda Regio Oost – juni 2031        blz. 3",
    "trekker · gereed · middelen",
    "Trekker ....... gemeente",
    "(bedragen in mln. euro)",
    "x € 1 mln, prijspeil 2030",
    "| CD MIRT 12 juni 2031 |",
    "    Notaoverleg MIRT 20-11-2030   ",
    "Programma Noordlijn (verkenning)",
    "    wrapped cell text",
    "1. A12 Oost: de planuitwerking loopt",
    "A12 Oost   € 12 mln   verkenning",
    "A12 Oost  realisatie  € 3,5 mln",
    "B2 –  Verbreding A12 Oost",
    "A1.   Station Noordpoort",
    "Waterstofcluster Eemshaven   (eerder: 2.1)",
    "2.1  Woningbouw  (uitvoeringsafspraak; BZK, IenW)",
    "Versie 1.2 – vastgesteld   :  17 september 2025",
    "Datum:\n   3 maart 2029",
    "Soort afspraak: uitvoeringsafspraak | Ministeries: IenW;   Departementen: BZK",
    "1.  in te stemmen met het Voorlopig Ontwerp Stationsomgeving Noord:",
    "II.  een krediet van € 2 mln beschikbaar te stellen voor het project Kade Oost;",
    "2. een krediet van € 1 mln ter beschikking te stellen voor de\nHaven Oost, bestaande uit:",
    "a)  een krediet van € 3 mln beschikbaar te stellen voor de herinrichting van de Kade   ",
    "b.  in te stemmen met de regionale bijdrage aan de aanleg van Station Noord, bestaande uit:",
    "«Fietspad Oost – Noord»",
    "▪▪ Verbreding A12 Oost",
]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        if rnd.random() < 0.5:
            texts.append("".join(rnd.choices(PIECES, k=rnd.randint(1, 24))))
            continue
        shape = rnd.choice(SHAPES)
        shape = re.sub(r"[ \t]+", lambda _m: rnd.choice([" ", "  ", "\t", "   ", " \t "]), shape)
        before = "".join(rnd.choices(PIECES, k=rnd.randint(0, 3))) if rnd.random() < 0.3 else ""
        after = "".join(rnd.choices(PIECES, k=rnd.randint(0, 3))) if rnd.random() < 0.3 else ""
        texts.append(before + shape + after)
    return texts


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_hardened_pattern_finds_what_its_plain_form_finds(name: str) -> None:
    hardened, plain = PLAIN[name]
    matched = 0
    for text in _texts(seed=len(name), count=6000):
        found = _matches(hardened, text)
        assert found == _matches(plain, text), repr(text)
        matched += bool(found)
        first = hardened.match(text)
        if first is not None or plain.match(text) is not None:
            assert plain.match(text) is not None and first is not None, repr(text)
            assert first.span() == plain.match(text).span(), repr(text)
    assert matched >= 30, f"only {matched} of the texts hold a match: the comparison says little"


def test_cell_edges_read_by_hand_agree_with_the_patterns_they_replace() -> None:
    before = re.compile(r"(?:^|\||[ \t]{2,}|\t)[ \t]*$")
    after = re.compile(r"^[ \t]*(?:$|\||[ \t]{2,}|\t)")
    for text in _texts(seed=7, count=3000):
        line = text.replace("\n", " ")
        assert timeline._ends_at_cell_edge(line) == bool(before.search(line)), repr(line)
        assert timeline._starts_at_cell_edge(line) == bool(after.match(line)), repr(line)


def test_a_name_with_its_phase_in_brackets_still_reads() -> None:
    found = project_rows._NAME_PHASE.match("Programma Nedersaksenlijn   (verkenning)")
    assert found is not None
    assert found.group("name") == "Programma Nedersaksenlijn"
    assert found.group("phase") == "verkenning"


def test_a_side_column_of_project_data_still_marks_a_project_page() -> None:
    cue = next(
        pattern
        for genre, _where, pattern, _weight in genres._CUES
        if genre == "mirt_project" and "kerngegevens" in pattern.pattern
    )
    assert cue.search("De weg wordt verbreed.          Kerngegevens\n")
    assert cue.search("Kerngegevens\n")
    assert not cue.search("De kerngegevens van het project staan hieronder.\n")


@pytest.mark.parametrize("blank", [" ", "\t", " \t"])
def test_a_long_run_of_blanks_leaves_the_agreements_around_it(blank: str) -> None:
    body = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost, 12 november 2031\n\n"
        "Afspraken\n\n"
        "1. Verbreding A12 Oost\n"
        "Rijk en regio spreken af dat de verkenning in 2032 wordt afgerond.\n\n"
        "2. Station Noordpoort\n"
        "Rijk en regio spreken af dat de planuitwerking in 2033 start.\n"
    )
    plain = extract_text(body)
    hostile = extract_text(
        body.replace("2. Station", "2." + blank * 6000 + "Station").replace(
            "de planuitwerking", "de" + blank * 6000 + "planuitwerking"
        )
    )
    assert len(plain.agreements) == 2
    assert [a.number for a in hostile.agreements] == [a.number for a in plain.agreements]


# The two rewrites the label patterns use (project_blocks, general_agreements, labelled_blocks,
# numbered_items, own_promises, genres, splitting, dutch.meetings): an optional colon between
# blanks, taken whole, before a word and before the end of a line.
REWRITES = [
    (r"(?im)^[ \t]*nr\.?[ \t]*:?[ \t]+(\d+)", r"(?im)^[ \t]*nr\.?(?:[ \t]*+:[ \t]++|[ \t]++)(\d+)"),
    (r"(?im)^[ \t]*besluit[ \t]*:?[ \t]*$", r"(?im)^[ \t]*besluit[ \t]*+(?::[ \t]*+)?$"),
    (r"(?im)kenmerk[ \t]*:?[ \t]*\n?\s*(\S+)", r"(?im)kenmerk[ \t]*+:?\s*+(\S+)"),
]


@pytest.mark.parametrize(("plain", "hardened"), REWRITES)
def test_a_colon_between_blanks_taken_whole_finds_the_same(plain: str, hardened: str) -> None:
    rnd = random.Random(len(plain))
    pieces = [" ", "  ", "\t", ":", "\n", "Nr", "nr.", "Besluit", "kenmerk", "12", "x", " : "]
    matched = 0
    for _ in range(6000):
        text = "".join(rnd.choices(pieces, k=rnd.randint(1, 12)))
        found = [(m.span(), m.groups()) for m in re.finditer(hardened, text)]
        assert found == [(m.span(), m.groups()) for m in re.finditer(plain, text)], repr(text)
        matched += bool(found)
    assert matched >= 30


def test_the_first_member_of_a_motion_is_split_as_before() -> None:
    plain = re.compile(r"\s*(?:/|,|\ben\b|\bc\.s\.)\s*")
    rnd = random.Random(5)
    pieces = [" ", "\t", "  ", "/", ",", " en ", "en", "c.s.", "Smit", "De Boer", "van", "Xen"]
    for _ in range(5000):
        name = "".join(rnd.choices(pieces, k=rnd.randint(1, 12)))
        expected = plain.split(name.strip(), maxsplit=1)[0].strip()
        assert parliament_shapes.first_member(name) == expected, repr(name)
    assert parliament_shapes.first_member("Smit" + "\t" * 20000 + "/De Boer") == "Smit"
