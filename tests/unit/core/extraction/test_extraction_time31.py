"""Times, sums, meetings and parliamentary items in the shapes of the thirty-first blind batch,
on invented wording (other places, years, members and numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import (
    PROGRESS_LETTER_HEAD,
    agreements,
    commitment_texts,
    deadline_spans,
    extracted,
    parliamentary_items,
    times,
)

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

pytestmark = pytest.mark.unit
D = dt.date


# --- Kamerstukken ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("Motie-Kramer/Van Dijk (36.210-A-14) over de veerpont", "kst-36210-A-14"),
        ("aan de motie-Bosman c.s. (35812 A 7).", "kst-35812-A-7"),
        ("de motie-Ouwehand [34.777-XII-41] vraagt", "kst-34777-XII-41"),
        ("de motie (33400 B 102) is aangenomen", "kst-33400-B-102"),
    ],
)
def test_kamerstukken_with_a_thousands_dot_or_blanks_for_hyphens(text: str, kst: str) -> None:
    assert [k.kst_id for k in find_kamerstukken(text)] == [kst]


@pytest.mark.parametrize(
    "text",
    [
        "een bijdrage (12.500 a 3) per woning",  # a lower-case letter: no suffix
        "(36.210-A 14)",
        "de kosten (2031 A 18)",  # four digits: a year, no dossier
        "het budget 35.812 A 7 zonder haken",
    ],
)
def test_look_alikes_of_dotted_or_blank_kamerstukken_are_none(text: str) -> None:
    assert find_kamerstukken(text) == []


def test_a_promise_in_prose_and_again_in_a_checkbox_list_is_one() -> None:
    body = (
        "In het commissiedebat Water van 9 maart 2031 heb ik toegezegd u voor de zomer te\n"
        "informeren over de dijkversterking Lauwersoog. Met deze brief doe ik dat.\n\n"
        "Stand van moties en toezeggingen\n"
        "☑ Toezegging commissiedebat 9 maart 2031 (informeren voor de zomer) – met deze\n"
        "  brief afgedaan.\n"
        "☐ Motie-Hazekamp (36.410-A-22) over vismigratie – in uitvoering.\n"
    )
    assert parliamentary_items(body) == [("toezegging", None), ("motie", "kst-36410-A-22")]


def test_a_checkbox_promise_of_another_debate_is_its_own() -> None:
    body = (
        "In het commissiedebat Water van 9 maart 2031 heb ik toegezegd u voor de zomer te\n"
        "informeren over de dijkversterking Lauwersoog. Met deze brief doe ik dat.\n\n"
        "Stand van moties en toezeggingen\n"
        "☐ Toezegging commissiedebat 14 januari 2031 aan het lid Geurts over de sluis\n"
        "  Kornwerderzand – loopt.\n"
    )
    assert [kind for kind, _ in parliamentary_items(body)] == ["toezegging", "toezegging"]


def test_a_second_verb_of_the_minister_that_informs_the_kamer_by_a_time_is_a_promise() -> None:
    body = (
        "De motie-Tielen vraagt om een veilige oversteek bij de haven.\n"
        "Ik verken samen met de provincie Drenthe de varianten en informeer uw Kamer\n"
        "uiterlijk 1 maart 2032 over de keuze.\n"
    )
    assert ("toezegging", None) in parliamentary_items(body)


@pytest.mark.parametrize(
    "body",
    [
        "Ik verken samen met de provincie Drenthe de varianten en informeer uw Kamer\n"
        "daarover graag in een volgende brief.\n",
        # a report at a later letter tells a plan, not a time the promise must be kept by
        "De gemeente Assen vraagt een tweede aansluiting; ik laat dat verkennen en bericht u\n"
        "daarover bij de MIRT-brief van het voorjaar.\n",
    ],
)
def test_a_second_verb_that_informs_without_a_time_to_keep_is_no_promise(body: str) -> None:
    assert parliamentary_items(body) == []


# --- times -------------------------------------------------------------------------------


def test_the_time_of_a_listed_promise_marked_done_is_no_deadline() -> None:
    deadlines, _events = times(
        PROGRESS_LETTER_HEAD
        + "Toezeggingen\n"
        + "☑ Toezegging commissiedebat 9 maart 2031 (berichten voor de zomer) – met deze\n"
        + "  brief afgedaan.\n"
        + "☐ Toezegging raming (berichten na de zomer) – wordt later afgehandeld.\n"
    )
    assert deadlines == ["na de zomer"]


@pytest.mark.parametrize(
    ("text", "letter", "written", "start", "end"),
    [
        ("stand van zaken bij het BO MIRT van november.", D(2031, 9, 2),
         "het BO MIRT van november", D(2031, 11, 1), D(2031, 11, 30)),
        ("de keuze bespreken wij bij het BOL van maart.", D(2031, 10, 20),
         "het BOL van maart", D(2032, 3, 1), D(2032, 3, 31)),
    ],
)  # fmt: skip
def test_a_meeting_named_by_its_month_alone_falls_in_that_month(
    text: str, letter: dt.date, written: str, start: dt.date, end: dt.date
) -> None:
    assert deadline_spans(text, letter) == [(written, start, end)]


def test_a_meeting_named_without_a_time_still_has_none() -> None:
    assert deadline_spans("zoals besproken in het BO MIRT.", D(2031, 9, 2)) == []


@pytest.mark.parametrize(
    ("text", "written", "start"),
    [
        ("de gemeente stelt het plan vast in het tweede kwar-\n  taal van 2033;",
         "in het tweede kwar-\n  taal van 2033", D(2033, 4, 1)),
        ("oplevering in het derde kwar-taal van 2034.", "in het derde kwar-taal van 2034",
         D(2034, 7, 1)),
    ],
)  # fmt: skip
def test_a_quarter_hyphenated_over_a_line_is_read(text: str, written: str, start: dt.date) -> None:
    assert [(w, s) for w, s, _e in deadline_spans(text, D(2032, 11, 1))] == [(written, start)]


def test_a_word_kwar_without_taal_is_no_quarter() -> None:
    found = deadline_spans("in het eerste kwar-\n  tier van de stad", D(2032, 11, 1))
    assert all("kwar" not in written for written, _start, _end in found)


_MAIL = (
    "Van:        secretariaat BOL Friesland <bol@example.nl>\n"
    "Verzonden:  dinsdag {sent} 09:12\n"
    "Aan:        deelnemers BOL Noord\n"
    "Onderwerp:  Vastgestelde afsprakenlijst BOL Noord\n\n"
    "AFSPRAKENLIJST BESTUURLIJK OVERLEG LEEFOMGEVING NOORD\n"
    "donderdag 6 november 2031, Provinciehuis Leeuwarden\n\n"
    "1/ Vaart Dokkum - Stroobos\n"
    "Partijen leggen vast dat de provincie het ontwerp vaststelt vóór 1 mei 2032.\n"
)


def test_the_sent_day_of_an_email_after_the_meeting_is_an_event() -> None:
    _deadlines, events = times(_MAIL.format(sent="18 november 2031"))
    assert any("18 november 2031" in e for e in events)


def test_the_sent_day_of_an_email_on_the_meeting_day_is_no_event() -> None:
    _deadlines, events = times(_MAIL.format(sent="6 november 2031"))
    assert not any("6 november 2031" in e for e in events)


# --- meetings ----------------------------------------------------------------------------

_LIST = (
    "AFSPRAKEN BO MIRT OOST-NEDERLAND\n"
    "Zwolle, 19 november 2031 (najaarsoverleg)\n\n"
    "I     OPENING\n"
    "I.1   {minutes}\n\n"
    "II    BEREIKBAARHEID\n"
    "II.1  N348 Raalte - Ommen, rotondes\n"
    "      Rijk en provincie stemmen in met het volgende:\n"
    "      ◆ de provincie gunt het werk in het tweede kwartaal van 2032;\n"
    "      ◆ het Rijk draagt 3,5 mln bij.\n"
)


def test_the_minutes_of_an_earlier_day_adopted_name_the_previous_meeting() -> None:
    result = extracted(_LIST.format(minutes="Het verslag van 11 juni 2031 wordt vastgesteld."))
    dates = sorted(m["date"] for m in result["meetings"] if m["kind"] == "bo_mirt")
    assert dates == ["2031-06-11", "2031-11-19"]
    assert not any("11 juni" in e["as_written"] for e in result["events"])


def test_minutes_without_their_year_fall_before_the_list() -> None:
    result = extracted(_LIST.format(minutes="Verslag van 11 juni: ongewijzigd vastgesteld."))
    assert "2031-06-11" in [m["date"] for m in result["meetings"]]


def test_a_day_named_in_an_opening_item_without_adopting_minutes_is_no_meeting() -> None:
    result = extracted(_LIST.format(minutes="Het rapport van 11 juni 2031 wordt besproken."))
    assert "2031-06-11" not in [m["date"] for m in result["meetings"]]


# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("de provincie stelt ¾ miljoen euro beschikbaar", "¾ miljoen euro", 750_000),
        ("een bijdrage van ½ miljoen euro", "½ miljoen euro", 500_000),
        ("toegekend: acht miljoen tweehonderdvijftigduizend euro.",
         "acht miljoen tweehonderdvijftigduizend euro", 8_250_000),
        ("is meer-\nwerk van ruim 3 ton nodig", "ruim 3 ton", 300_000),
    ],
)  # fmt: skip
def test_fractions_words_and_extra_work_in_tons(text: str, written: str, value: int) -> None:
    assert [(a.as_written, [int(v) for v in a.values_eur]) for a in find_amounts(text)] == [
        (written, [value])
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("zes miljoen, vijfhonderdduizend euro", [[6_000_000], [500_000]]),  # a list, not one sum
        ("er is meerwerk: 3 ton zand", []),  # a weight
        ("de kraan tilt 4 ton", []),
    ],
)
def test_look_alikes_of_joined_sums_and_tons(text: str, values: list[list[int]]) -> None:
    assert [[int(v) for v in a.values_eur] for a in find_amounts(text)] == values


# --- a lone list item under a formula ----------------------------------------------------


def test_a_lone_roman_item_after_a_formula_sentence_loses_its_mark() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT ZUIDOOST-DRENTHE\n\n"
        "Aldus overeengekomen en ondertekend te Emmen, 2 april 2031.\n\n"
        "Artikel 4 Natuurverbinding Hondsrug - Veenkoloniën\n"
        "Partijen komen overeen de verbinding vóór eind 2033 in te richten.\n"
        "  i.   de provincie stelt uit het natuurbudget € 1,2 mln beschikbaar.\n"
    )
    found = [a for a in agreements(text) if a["number"] == "4"]
    assert found
    texts = commitment_texts(found[0])
    assert not any(t.startswith("i.") for t in texts)
