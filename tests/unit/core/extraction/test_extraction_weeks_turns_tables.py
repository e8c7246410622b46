"""Week numbers and the turn of the year as times, promises reported kept already, lettered
landsdeel chapters, meetings with their town after the date and debates opening the rows of a
commitments table (texts written for these tests: places, numbers and years are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import (
    deadline_spans,
    extracted,
    kamerbrief_head,
    parliamentary_items,
    times,
)

from ruimtemonitor.core.dutch.meetings import find_meetings
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit

D = dt.date


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        (
            "De aannemer levert in week 7 van 2029 op.",
            "in week 7 van 2029",
            D(2029, 2, 12),
            D(2029, 2, 18),
        ),
        ("week 23 2032  start werkzaamheden", "week 23 2032", D(2032, 5, 31), D(2032, 6, 6)),
        (
            "De brug gaat uiterlijk in week 44 van 2027 dicht.",
            "uiterlijk in week 44 van 2027",
            D(2027, 11, 1),
            D(2027, 11, 7),
        ),
        # ISO week 1 can start in the year before, week 53 end in the year after
        ("in week 1 van 2030", "in week 1 van 2030", D(2029, 12, 31), D(2030, 1, 6)),
        ("in week 53 van 2026", "in week 53 van 2026", D(2026, 12, 28), D(2027, 1, 3)),
    ],
)
def test_an_iso_week_runs_from_its_monday_to_its_sunday(
    text: str, written: str, start: dt.date, end: dt.date
) -> None:
    assert deadline_spans(text, D(2026, 3, 2)) == [(written, start, end)]


def test_a_week_without_year_takes_the_nearest_or_the_coming_one() -> None:
    # "in week 9": the nearest such week; "uiterlijk week 30": the first not yet over
    assert deadline_spans("De sluis gaat in week 9 weer open.", D(2031, 5, 20)) == [
        ("in week 9", D(2031, 2, 24), D(2031, 3, 2))
    ]
    assert deadline_spans("uiterlijk week 30", D(2031, 8, 20)) == [
        ("uiterlijk week 30", D(2032, 7, 19), D(2032, 7, 25))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De omleiding duurt 6 week langer.",
        "Zie week 12 in het overzicht.",
        "in week 53 van 2027",  # 2027 has no week 53
        "in week 0 van 2028",
    ],
)
def test_a_week_that_names_no_time_is_none(text: str) -> None:
    assert deadline_spans(text, D(2027, 1, 5)) == []


def test_past_weeks_are_events_and_coming_weeks_deadlines() -> None:
    body = (
        "De proefopstelling is in week 8 van 2030 geplaatst. De rapportage volgt in week 41 "
        "van 2030.\n"
    )
    deadlines, events = times(kamerbrief_head("14 mei 2030") + body)
    assert deadlines == ["in week 41 van 2030"]
    assert events == ["in week 8 van 2030"]


@pytest.mark.parametrize(
    ("text", "ref", "start", "end"),
    [
        ("Het besluit valt rond de jaarwisseling.", D(2033, 4, 8), D(2033, 12, 1), D(2034, 1, 31)),
        (
            "Het besluit valt rond de jaarwisseling.",
            D(2033, 12, 10),
            D(2033, 12, 1),
            D(2034, 1, 31),
        ),
        ("Het besluit valt rond de jaarwisseling.", D(2034, 1, 12), D(2033, 12, 1), D(2034, 1, 31)),
        ("De raming volgt voor de jaarwisseling.", D(2028, 9, 1), D(2028, 12, 1), D(2028, 12, 31)),
        ("Het ontwerp komt na de jaarwisseling.", D(2028, 9, 1), D(2029, 1, 1), D(2029, 1, 31)),
        ("Het rapport komt rond de jaarwisseling van 2029.", None, D(2029, 12, 1), D(2030, 1, 31)),
    ],
)
def test_the_turn_of_the_year_is_december_and_january_of_the_coming_one(
    text: str, ref: dt.date | None, start: dt.date, end: dt.date
) -> None:
    [(_, first, last)] = deadline_spans(text, ref)
    assert (first, last) == (start, end)


def test_the_turn_of_the_year_on_its_own_is_no_time() -> None:
    assert deadline_spans("De jaarwisseling verliep rustig op de dijk.", D(2030, 1, 4)) == []


@pytest.mark.parametrize(
    "kept",
    [
        "; dat is op 4 december gebeurd.",
        ". Die toezegging is inmiddels nagekomen.",
        "; dat is in oktober al gedaan.",
    ],
)
def test_a_promised_time_reported_as_kept_already_is_no_deadline(kept: str) -> None:
    body = (
        "De gedeputeerde heeft in de Statencommissie toegezegd u uiterlijk 1 juni 2034 over de "
        "veerdienst te informeren. De staatssecretaris heeft in het overleg toegezegd de Kamer "
        f"dit najaar over de rondweg te informeren{kept}\n"
    )
    deadlines, _ = times("Datum 18 december 2033\nBetreft Voortgang\n\n" + body)
    assert deadlines == ["uiterlijk 1 juni 2034"]


def test_a_promised_time_still_open_stays_a_deadline() -> None:
    body = (
        "De staatssecretaris heeft in het overleg toegezegd de Kamer dit najaar over de rondweg "
        "te informeren; dat gebeurt met de voortgangsbrief.\n"
    )
    deadlines, _ = times("Datum 2 oktober 2033\nBetreft Voortgang\n\n" + body)
    assert deadlines == ["dit najaar"]


_MIRT_HEAD = (
    "De Voorzitter van de Tweede Kamer\n\nDatum 9 december 2027\n"
    "Betreft Uitkomsten bestuurlijke overleggen MIRT najaar 2027\n\nGeachte voorzitter,\n\n"
    "Hierbij informeer ik uw Kamer over de uitkomsten van de overleggen.\n\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [("A. Noordwest", "B. Zuid"), ("A) Oost", "B) West-Nederland"), ("C  Zuidwest", "D  Noord")],
)
def test_lettered_landsdeel_chapters_make_a_mirt_brief(first: str, second: str) -> None:
    body = (
        f"{first}\n\n   Spoorlijn Voorbeeld - Elders\n   De verkenning loopt.\n\n"
        f"{second}\n\n   Vaarweg Proefkanaal\n   Het project is in uitvoering.\n"
    )
    assert classify(_MIRT_HEAD + body, {}) == "mirt_brief"


def test_plain_landsdeel_headings_leave_the_letter_a_kamerbrief() -> None:
    body = (
        "Noordwest\n\nSpoorlijn Voorbeeld - Elders\nDe verkenning loopt.\n\n"
        "Zuid\n\nVaarweg Proefkanaal\nHet project is in uitvoering.\n"
    )
    assert classify(_MIRT_HEAD + body, {}) == "kamerbrief"


def test_a_lettered_landsdeel_without_mirt_in_the_subject_is_no_mirt_brief() -> None:
    head = _MIRT_HEAD.replace("overleggen MIRT najaar 2027", "overleggen wegen")
    body = "A. Noord\n\n   Weg X\n   Tekst.\n\nB. Oost\n\n   Weg Y\n   Tekst.\n"
    assert classify(head + body, {}) == "kamerbrief"


def test_meetings_with_the_town_after_the_date_in_brackets() -> None:
    text = (
        "Ik informeer u over de overleggen van dit najaar: BO MIRT Oost (8 november, Deventer), "
        "BO MIRT Zuid (15 november, Tilburg) en BO MIRT Noordwest (22 november, te Alkmaar)."
    )
    found = find_meetings(text, year=2029, before=D(2029, 12, 4))
    assert [(m.kind, m.landsdeel, m.date) for m in found] == [
        ("bo_mirt", "Oost", D(2029, 11, 8)),
        ("bo_mirt", "Zuid", D(2029, 11, 15)),
        ("bo_mirt", "Noordwest", D(2029, 11, 22)),
    ]


def test_meeting_days_with_a_town_are_no_deadlines() -> None:
    text = (
        "De Voorzitter van de Tweede Kamer\n\nDatum 1 december 2029\nBetreft Overleggen\n\n"
        "Geachte voorzitter,\n\nDe overleggen waren: BO MIRT Oost (8 november, Deventer) en "
        "BO MIRT Zuid (15 november, Tilburg).\n"
    )
    result = extracted(text)
    assert [m["date"] for m in result["meetings"]] == ["2029-11-08", "2029-11-15"]
    assert result["deadlines"] == []


def test_debates_opening_the_rows_of_a_commitments_table() -> None:
    body = (
        "Toezegging                                | Stand van zaken\n"
        "------------------------------------------|-----------------------\n"
        "Notaoverleg MIRT 3 juli 2029: de Kamer    | Afgedaan met deze brief.\n"
        "informeren over de sluis Voorbeeld        |\n"
        "Motie-Jansen (37 812 A, nr. 14) over de   | Afgedaan.\n"
        "veerpont                                  |\n"
        "Schriftelijk overleg 9 maart 2030: de     | Open: bericht in het\n"
        "busbaan Elders onderzoeken                | voorjaar van 2032.\n"
        "AO Water 4 april 2030 | Open.\n"
        "\n"
    )
    assert parliamentary_items(body) == [
        ("toezegging", None),
        ("motie", "kst-37812-A-14"),
        ("toezegging", None),
        ("toezegging", None),
    ]


def test_a_promise_to_report_after_a_named_meeting_is_a_toezegging() -> None:
    body = "Ik informeer uw Kamer na het BO MIRT van het voorjaar van 2032 over de tunnel.\n"
    assert parliamentary_items(body) == [("toezegging", None)]
