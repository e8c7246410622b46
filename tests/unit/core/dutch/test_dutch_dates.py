"""Deadlines in Dutch: each form with its interval, precision, relation and offsets."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch import DeadlineMatch, find_deadlines, parse_date
from ruimtemonitor.core.dutch.dates import IMPOSSIBLE_DATE_NOTE

pytestmark = pytest.mark.unit
D = dt.date
LETTER = D(2025, 6, 12)  # the date of the letter the phrases are read in
P = Precision


def one(text: str, ref: dt.date | None = LETTER) -> DeadlineMatch:
    found = find_deadlines(text, ref)
    assert len(found) == 1, found
    match = found[0]
    assert text[match.start : match.end] == match.deadline.as_written
    return match


@pytest.mark.parametrize(
    ("text", "written", "start", "end", "precision"),
    [
        # exact dates
        (
            "Het overleg is op 2 juni 2025 gehouden.",
            "op 2 juni 2025",
            D(2025, 6, 2),
            D(2025, 6, 2),
            P.DAY,
        ),
        ("Ondertekend 02-06-2025 te Arnhem.", "02-06-2025", D(2025, 6, 2), D(2025, 6, 2), P.DAY),
        (
            "Sinds 1 januari jl. geldt de regel.",
            "Sinds 1 januari jl.",
            D(2025, 1, 1),
            D(2025, 1, 1),
            P.DAY,
        ),
        (
            "Vergadering dinsdag 4 november 2025.",
            "dinsdag 4 november 2025",
            D(2025, 11, 4),
            D(2025, 11, 4),
            P.DAY,
        ),
        (
            "De sessies van 3, 9 en 10 juni waren druk.",
            "3, 9 en 10 juni",
            D(2025, 6, 3),
            D(2025, 6, 10),
            P.DAY,
        ),
        (
            "Gesprek op 29 februari 2024 gevoerd.",
            "op 29 februari 2024",
            D(2024, 2, 29),
            D(2024, 2, 29),
            P.DAY,
        ),
        (
            "Klaar uiterlijk 31 december 2025.",
            "uiterlijk 31 december 2025",
            D(2025, 12, 31),
            D(2025, 12, 31),
            P.DAY,
        ),
        # months
        ("Het rapport volgt in juni 2025.", "in juni 2025", D(2025, 6, 1), D(2025, 6, 30), P.MONTH),
        (
            "Het besluit valt eind november.",
            "eind november",
            D(2025, 11, 1),
            D(2025, 11, 30),
            P.MONTH,
        ),
        ("De brief ging in mei ’25 uit.", "in mei ’25", D(2025, 5, 1), D(2025, 5, 31), P.MONTH),
        ("Start begin 2026 met de bouw.", "begin 2026", D(2026, 1, 1), D(2026, 3, 31), P.QUARTER),
        ("Oplevering medio 2026 verwacht.", "medio 2026", D(2026, 6, 1), D(2026, 7, 31), P.MONTH),
        # quarters
        (
            "Gereed in Q3 2025 volgens planning.",
            "in Q3 2025",
            D(2025, 7, 1),
            D(2025, 9, 30),
            P.QUARTER,
        ),
        (
            "Resultaten in het tweede kwartaal van dit jaar.",
            "in het tweede kwartaal van dit jaar",
            D(2025, 4, 1),
            D(2025, 6, 30),
            P.QUARTER,
        ),
        (
            "Overleg in het derde kwartaal 2025.",
            "in het derde kwartaal 2025",
            D(2025, 7, 1),
            D(2025, 9, 30),
            P.QUARTER,
        ),
        (
            "Afronding in het vierde kwartaal van 2024.",
            "in het vierde kwartaal van 2024",
            D(2024, 10, 1),
            D(2024, 12, 31),
            P.QUARTER,
        ),
        # half-years
        (
            "Besproken in de eerste helft van 2026.",
            "in de eerste helft van 2026",
            D(2026, 1, 1),
            D(2026, 6, 30),
            P.HALF_YEAR,
        ),
        (
            "Uitgewerkt in de tweede helft 2025.",
            "in de tweede helft 2025",
            D(2025, 7, 1),
            D(2025, 12, 31),
            P.HALF_YEAR,
        ),
        (
            "We doen dat het komende half jaar.",
            "het komende half jaar",
            D(2025, 6, 12),
            D(2025, 12, 11),
            P.HALF_YEAR,
        ),
        # seasons
        (
            "De strategie landt in het najaar van 2025.",
            "in het najaar van 2025",
            D(2025, 9, 23),
            D(2025, 12, 20),
            P.SEASON,
        ),
        (
            "Publicatie najaar 2025 voorzien.",
            "najaar 2025",
            D(2025, 9, 23),
            D(2025, 12, 20),
            P.SEASON,
        ),
        ("Dat volgt in het voorjaar.", "in het voorjaar", D(2025, 3, 21), D(2025, 6, 20), P.SEASON),
        (
            "Gunning in de zomer 2026 verwacht.",
            "in de zomer 2026",
            D(2026, 6, 21),
            D(2026, 9, 22),
            P.SEASON,
        ),
        ("Dit najaar volgt een brief.", "Dit najaar", D(2025, 9, 23), D(2025, 12, 20), P.SEASON),
        (
            "Het kabinet besluit voor de zomer.",
            "voor de zomer",
            D(2025, 3, 21),
            D(2025, 6, 30),
            P.SEASON,
        ),
        (
            "Het ontwerp verschijnt na de zomer.",
            "na de zomer",
            D(2025, 9, 1),
            D(2025, 12, 20),
            P.SEASON,
        ),
        (
            "Afgerond nog voor de zomervakantie.",
            "voor de zomervakantie",
            D(2025, 3, 21),
            D(2025, 6, 30),
            P.SEASON,
        ),
        (
            "Gunning voor de zomer van 2026.",
            "voor de zomer van 2026",
            D(2026, 3, 21),
            D(2026, 6, 30),
            P.SEASON,
        ),
        (
            "De helft is eind dit jaar klaar.",
            "eind dit jaar",
            D(2025, 10, 1),
            D(2025, 12, 31),
            P.QUARTER,
        ),
        # years
        ("De realisatie start in 2026.", "in 2026", D(2026, 1, 1), D(2026, 12, 31), P.YEAR),
        ("Dit jaar wordt het afgerond.", "Dit jaar", D(2025, 1, 1), D(2025, 12, 31), P.YEAR),
        ("Het budget volgt volgend jaar.", "volgend jaar", D(2026, 1, 1), D(2026, 12, 31), P.YEAR),
        (
            "Bouwen uiterlijk 2027 mogelijk.",
            "uiterlijk 2027",
            D(2027, 1, 1),
            D(2027, 12, 31),
            P.YEAR,
        ),
        ("Woningbouw t/m 2034 telt mee.", "t/m 2034", D(2034, 1, 1), D(2034, 12, 31), P.YEAR),
        ("Geldt tot 2034 voor alle locaties.", "tot 2034", D(2034, 1, 1), D(2034, 12, 31), P.YEAR),
        (
            "Een deel moet vóór 2030 gereed zijn.",
            "vóór 2030",
            D(2029, 1, 1),
            D(2029, 12, 31),
            P.YEAR,
        ),
        ("Onderhoud in 2025/2026 gepland.", "in 2025/2026", D(2025, 1, 1), D(2026, 12, 31), P.YEAR),
        ("De bouw begint vanaf 2027.", "vanaf 2027", D(2027, 1, 1), D(2027, 12, 31), P.YEAR),
        # Prinsjesdag
        (
            "De verkenning start uiterlijk met Prinsjesdag.",
            "uiterlijk met Prinsjesdag",
            D(2025, 9, 16),
            D(2025, 9, 16),
            P.DAY,
        ),
        (
            "Het plan komt op Prinsjesdag 2026.",
            "op Prinsjesdag 2026",
            D(2026, 9, 15),
            D(2026, 9, 15),
            P.DAY,
        ),
        (
            "Het concept ligt er vóór Prinsjesdag.",
            "vóór Prinsjesdag",
            D(2025, 9, 15),
            D(2025, 9, 15),
            P.DAY,
        ),
    ],
)
def test_deadline_forms(
    text: str, written: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    match = one(text)
    assert match.deadline.as_written == written
    assert match.start == text.index(written)
    assert (match.deadline.start, match.deadline.end, match.deadline.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("text", "written", "start", "end", "slug"),
    [
        (
            "Besluit in het BO MIRT 2025 over de aanpak.",
            "in het BO MIRT 2025",
            D(2025, 9, 23),
            D(2025, 12, 20),
            "bo-mirt",
        ),
        (
            "Voorbereid voor het BO MIRT van november 2025.",
            "voor het BO MIRT van november 2025",
            D(2025, 11, 1),
            D(2025, 11, 30),
            "bo-mirt",
        ),
        (
            "Vastgesteld tijdens het BO Leefomgeving 2026.",
            "tijdens het BO Leefomgeving 2026",
            D(2026, 3, 21),
            D(2026, 6, 20),
            "bo-leefomgeving",
        ),
        (
            "Daarover in het volgende BO MIRT meer.",
            "in het volgende BO MIRT",
            D(2025, 9, 23),
            D(2025, 12, 20),
            "bo-mirt",
        ),
        (
            "Op het komende BO MIRT maken we afspraken.",
            "Op het komende BO MIRT",
            D(2025, 9, 23),
            D(2025, 12, 20),
            "bo-mirt",
        ),
        (
            "Het BO MIRT van het najaar beslist.",
            "Het BO MIRT van het najaar",
            D(2025, 9, 23),
            D(2025, 12, 20),
            "bo-mirt",
        ),
        (
            "In de BO’s Leefomgeving 2025 besproken.",
            "In de BO’s Leefomgeving 2025",
            D(2025, 3, 21),
            D(2025, 6, 20),
            "bo-leefomgeving",
        ),
    ],
)
def test_meetings_take_the_season_they_are_held_in(
    text: str, written: str, start: dt.date, end: dt.date, slug: str
) -> None:
    match = one(text)
    assert match.deadline.as_written == written
    assert (match.deadline.start, match.deadline.end) == (start, end)
    assert match.deadline.precision is Precision.MEETING
    assert match.meeting == slug
    assert match.note is not None and "vergaderdatum" in match.note


def test_a_meeting_with_its_date_is_that_day() -> None:
    match = one("Bekrachtigd op het BO Leefomgeving van 6 november\n\n2024 in Zwolle.")
    assert match.deadline.as_written == "op het BO Leefomgeving van 6 november\n\n2024"
    assert (match.deadline.start, match.deadline.precision) == (D(2024, 11, 6), Precision.DAY)
    assert (match.meeting, match.note) == ("bo-leefomgeving", None)


def test_bol_with_a_region_and_a_date() -> None:
    match = one("Op het BOL Oost van 3 juni jl. is dat besproken.")
    assert match.deadline.as_written == "Op het BOL Oost van 3 juni jl."
    assert (match.deadline.start, match.meeting) == (D(2025, 6, 3), "bo-leefomgeving")
    match = one("BOL Noordwest 2026")
    assert (match.deadline.start, match.deadline.precision) == (D(2026, 3, 21), Precision.MEETING)


def test_a_meeting_without_a_time_is_no_deadline() -> None:
    assert find_deadlines("Het BO MIRT gaat over geld en het BOL over ruimte.", LETTER) == []


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("uiterlijk met Prinsjesdag", "by"),
        ("t/m 2034", "by"),
        ("vóór 2030", "before"),
        ("uiterlijk vóór 1 juli 2025", "before"),
        ("tot 2034", "until"),
        ("vanaf 2026", "from"),
        ("per 1 januari 2026", "from"),
        ("na de zomer", "after"),
        ("in 2026", "in"),
        ("najaar 2025", "in"),
    ],
)
def test_relation_words(text: str, relation: str) -> None:
    assert one(text).relation == relation


def test_before_and_after_shift_to_the_neighbouring_period() -> None:
    assert one("vóór 1 januari 2026").deadline.end == D(2025, 12, 31)
    assert one("vóór juli 2025").deadline.start == D(2025, 6, 1)
    assert one("vóór het derde kwartaal van 2025").deadline.end == D(2025, 6, 30)
    assert one("na 2030").deadline.start == D(2031, 1, 1)
    assert one("vóór najaar 2025").deadline.end == D(2025, 9, 22)


@pytest.mark.parametrize(
    ("text", "ref", "start"),
    [
        ("in november", D(2025, 6, 12), D(2025, 11, 1)),
        ("eind december", D(2025, 6, 12), D(2024, 12, 1)),  # the nearer December is the past one
        ("in het voorjaar", D(2025, 12, 1), D(2026, 3, 21)),
        ("2 juni jl.", D(2025, 6, 1), D(2024, 6, 2)),
        ("3 maart a.s.", D(2025, 6, 12), D(2026, 3, 3)),
        ("voor de zomer", D(2025, 9, 1), D(2026, 3, 21)),
        ("uiterlijk met Prinsjesdag", D(2025, 10, 1), D(2026, 9, 15)),
        ("volgend voorjaar", D(2025, 4, 1), D(2026, 3, 21)),
        ("vorig najaar", D(2025, 10, 1), D(2024, 9, 23)),
        ("het komende jaar", D(2024, 3, 1), D(2024, 3, 1)),
    ],
)
def test_relative_words_resolve_against_the_document_date(
    text: str, ref: dt.date, start: dt.date
) -> None:
    assert one(text, ref).deadline.start == start


def test_komende_half_jaar_across_a_leap_day() -> None:
    match = one("het komende half jaar", D(2023, 8, 31))
    assert (match.deadline.start, match.deadline.end) == (D(2023, 8, 31), D(2024, 2, 28))


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("dit jaar", Precision.YEAR),
        ("in het najaar", Precision.SEASON),
        ("1 januari jl.", Precision.DAY),
        ("het tweede kwartaal van dit jaar", Precision.QUARTER),
        ("het volgende BO MIRT", Precision.MEETING),
        ("uiterlijk met Prinsjesdag", Precision.DAY),
        ("het komende half jaar", Precision.HALF_YEAR),
        ("eind november", Precision.MONTH),
    ],
)
def test_relative_words_without_a_document_date_stay_unresolved(
    text: str, precision: Precision
) -> None:
    match = one(text, None)
    assert not match.deadline.is_resolved
    assert (match.deadline.start, match.deadline.end) == (None, None)
    assert match.deadline.precision is precision


def test_absolute_words_resolve_without_a_document_date() -> None:
    assert one("najaar 2025", None).deadline.end == D(2025, 12, 20)
    assert one("het BO MIRT 2025", None).deadline.start == D(2025, 9, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Tweede Kamer, vergaderjaar 2024-2025, 36592, nr. 17",
        "De prijzen (prijspeil 2022) zijn hoger.",
        "Het bouwjaar 1998 van de brug.",
        "Een droge zomer en een natte winter.",
        "Zij werkte in de eerste helft van de wedstrijd.",
        "Zie pagina 12 van 40.",
        "juni",
    ],
)
def test_things_that_are_not_deadlines(text: str) -> None:
    assert find_deadlines(text, LETTER) == []


def test_several_deadlines_in_order_without_overlap() -> None:
    text = "In 2023 gepauzeerd, in het BO MIRT 2025 besproken en vóór de zomer van 2026 gegund."
    found = find_deadlines(text, LETTER)
    assert [m.deadline.as_written for m in found] == [
        "In 2023",
        "in het BO MIRT 2025",
        "vóór de zomer van 2026",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Den Haag, 12 juni 2025", D(2025, 6, 12)),
        ("Datum 2 juni 2025", D(2025, 6, 2)),
        ("datum: 17-06-2025", D(2025, 6, 17)),
        ("Arnhem, dinsdag 3 dec. 2024", D(2024, 12, 3)),
        ("31 juni 2025", None),
        ("juni 2025", None),
        ("Kenmerk 25/RFv/250617", None),
    ],
)
def test_parse_date_for_letterheads(words: str, expected: dt.date | None) -> None:
    assert parse_date(words) == expected


@pytest.mark.parametrize(
    ("text", "month"),
    [("Op 31 februari 2025 kan niets.", 2), ("De provincie levert uiterlijk 31 april.", 4)],
)
def test_an_impossible_day_is_read_as_its_month_with_a_note(text: str, month: int) -> None:
    (match,) = find_deadlines(text, LETTER)
    assert match.deadline.start is not None and match.deadline.start.month == month
    assert match.deadline.precision.value == "month"
    assert match.note == IMPOSSIBLE_DATE_NOTE


def test_a_period_of_years_with_an_en_dash_or_introduced_by_periode() -> None:
    import datetime as dt

    from ruimtemonitor.core.dutch.dates import find_deadlines

    for text, written in [
        ("In de periode 2019-2021 is de verkenning uitgevoerd.", "In de periode 2019-2021"),
        ("Tussen nu en 2030, in 2025–2030, worden woningen gebouwd.", "in 2025–2030"),
        ("Gedurende 2024 wordt gebouwd.", "Gedurende 2024"),
    ]:
        [match] = find_deadlines(text, dt.date(2022, 12, 1))
        assert match.deadline.as_written == written
        assert match.deadline.end is not None and match.deadline.end.year in {2021, 2030, 2024}


def test_the_next_meeting_in_the_minutes_of_an_autumn_meeting_is_next_year() -> None:
    text = "De regio levert voor het volgende BO MIRT een voorstel."
    (autumn,) = find_deadlines(text, dt.date(2009, 11, 4))
    assert (autumn.deadline.start, autumn.deadline.end) == (dt.date(2010, 9, 23), D(2010, 12, 20))
    (spring,) = find_deadlines(text, dt.date(2009, 6, 17))
    assert spring.deadline.start == dt.date(2009, 9, 23)
    # "het komende BO MIRT" is the one of this season still
    (coming,) = find_deadlines("Op het komende BO MIRT beslissen we.", dt.date(2009, 11, 4))
    assert coming.deadline.start == dt.date(2009, 9, 23)


def test_scanned_month_names_with_rn_for_m() -> None:
    (march,) = find_deadlines("De werkzaamheden zijn in rnaart 2008 afgerond.", D(2008, 6, 5))
    assert (march.deadline.as_written, march.deadline.start) == ("in rnaart 2008", D(2008, 3, 1))
    (november,) = find_deadlines("Het besluit volgt op 10 novernber 2009.", D(2009, 6, 1))
    assert november.deadline.start == D(2009, 11, 10)


def test_voor_de_periode_is_the_period_itself() -> None:
    (period,) = find_deadlines("€ 310 mln. beschikbaar voor de periode 2025–2030.", D(2025, 6, 1))
    assert (period.relation, period.deadline.start, period.deadline.end) == (
        "in",
        D(2025, 1, 1),
        D(2030, 12, 31),
    )
