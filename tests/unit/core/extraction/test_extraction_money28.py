"""Sums in words and tons, ranges with "a", Kamerstukken in brackets, motions in wrapped grid
cells, a motion named again by its first member, and written promises to send or expect to
inform: invented texts of our own."""

from decimal import Decimal

import pytest
from tests.unit.core.extraction.readouts import (
    extracted,
    kamerbrief_head,
    parliamentary_items,
)

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken
from ruimtemonitor.core.dutch.number_words import number_word_value
from ruimtemonitor.core.extraction.announced_promises import announces_report
from ruimtemonitor.core.extraction.parliament_shapes import first_member

pytestmark = pytest.mark.unit


def _values(text: str) -> list[list[int]]:
    return [[int(v) for v in a.values_eur] for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("De provincie legt er driekwart miljoen euro bij.", [[750000]]),
        ("Het waterschap draagt vijfenhalf miljoen euro bij;", [[5500000]]),
        ("een extra bijdrage van zevenëhalf", []),
        ("De gemeente reserveert zes en een half miljoen euro.", [[6500000]]),
        ("Er is circa een kwart miljoen euro nodig voor de steiger.", [[250000]]),
        ("Het verzoek om driehonderdduizend euro wordt afgewezen.", [[300000]]),
        ("Een subsidie van vijftigduizend euro voor de haltes.", [[50000]]),
        ("De kosten liggen tussen negen en twaalf miljoen euro.", [[9000000, 12000000]]),
        ("De provincie vraagt € 7 a 9 miljoen van het Rijk.", [[7000000, 9000000]]),
        ("De regio legt EUR 2 a 3 mln in.", [[2000000, 3000000]]),
        ("In de kern wonen vijftigduizend inwoners.", []),
    ],
)
def test_sums_in_words_and_ranges_with_a_are_read(text: str, values: list[list[int]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("vijfenhalf", Decimal("5.5")),
        ("tweeënhalf", Decimal("2.5")),
        ("drie en een kwart", Decimal("3.25")),
        ("driekwart", Decimal("0.75")),
        ("zeshonderdduizend", Decimal("600000")),
        ("kwart", None),
        ("tweeënkwart", None),
    ],
)
def test_number_words_with_fractions_and_thousands(word: str, value: Decimal | None) -> None:
    assert number_word_value(word) == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("De geluidswal kost naar schatting 4 ton en wordt in 2031 gebouwd.", [[400000]]),
        ("De gemeente levert een bijdrage van circa 3,5 ton voor de halte.", [[350000]]),
        ("Een vrachtwagen van 9 ton mag de brug niet meer over.", []),
        ("De kosten zijn bekend. De kraan tilt 8 ton per keer.", []),
    ],
)
def test_a_single_digit_ton_is_money_only_in_a_clause_of_costs(
    text: str, values: list[list[int]]
) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("de motie-Brink (35 712 A-14) vraagt", "kst-35712-A-14"),
        ("de motie Olde c.s. (TK 36 108 A-9) verzoekt", "kst-36108-A-9"),
        ("de motie-Ruiter/Bos over de N18 (37 020-A-51), die", "kst-37020-A-51"),
        ("de motie (kst. 35 300 XII nr. 8)", "kst-35300-XII-8"),
    ],
)
def test_kamerstukken_in_brackets_with_blanks_are_read(text: str, kst: str) -> None:
    assert [k.kst_id for k in find_kamerstukken(text)] == [kst]


def test_a_motion_in_a_wrapped_grid_cell_is_read_with_its_kamerstuk() -> None:
    result = extracted(
        "Afsprakenlijst BO MIRT Oost\nDatum: 12 maart 2031\n\n"
        "+----+-----------+--------------------------------------+------+\n"
        "| 07 | Rondvraag | De staatssecretaris zegt toe de Kamer | IenW |\n"
        "|    |           | in juni 2031 te informeren over de    |      |\n"
        "|    |           | motie van het lid Dekker (kst. 35 880 |      |\n"
        "|    |           | A nr. 12)                             |      |\n"
        "+----+-----------+--------------------------------------+------+\n"
    )
    items = [(i["kind"], i["kamerstuk"]) for i in result["parliamentary_items"]]
    assert ("motie", "kst-35880-A-12") in items
    assert ("toezegging", None) in items


def test_a_motion_named_again_by_its_first_member_is_one_motion() -> None:
    items = parliamentary_items(
        "De motie van de leden Haverkamp en Van Lith (Kamerstuk 35 300 A, nr. 44) vraagt om\n"
        "een fietsbrug.\n\n"
        "Met het oog op de motie-Haverkamp/Van Lith werk ik een variant uit.\n"
    )
    assert items == [("motie", "kst-35300-A-44")]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Haverkamp en Van Lith", "Haverkamp"),
        ("Haverkamp/Van Lith", "Haverkamp"),
        ("Ros c.s.", "Ros"),
    ],
)
def test_first_member(name: str, first: str) -> None:
    assert first_member(name) == first


@pytest.mark.parametrize(
    "sentence",
    [
        "De uitkomsten stuur ik u voor het kerstreces.",
        "Over de aanbesteding stuur ik uw Kamer vóór 1 maart 2032 een brief.",
        "Ik verwacht u hierover uiterlijk in juni 2031 te informeren.",
        "Wij verwachten uw Kamer vóór 1 mei 2032 de voortgangsrapportage te sturen.",
    ],
)
def test_a_promise_to_send_or_expected_to_inform_by_a_time_is_announced(sentence: str) -> None:
    assert announces_report(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Met deze brief stuur ik u het verslag van het overleg van 3 maart 2031.",
        "Begin 2032 stuur ik u de plannen per provincie als bouwsteen voor de arrangementen.",
        "Het eindrapport stuur ik u na de zomer.",
        "Ik verwacht u hierover in het voorjaar van 2032 te informeren.",
        "Ik verwacht dat de provincie in 2032 start.",
        "Het ontwerp verwacht ik eind 2031.",
    ],
)
def test_the_letters_own_sending_a_plan_or_an_expectation_is_no_promise(sentence: str) -> None:
    assert not announces_report(sentence)


def test_minutes_with_the_verb_first_record_the_ministers_promise() -> None:
    result = extracted(
        "Afsprakenlijst BO MIRT West\nDatum: 4 november 2030\n\n1.  Opening\n"
        "De voorzitter opent de vergadering.\n\n"
        "2.  Rondvraag\nNa een vraag van wethouder Smit zegt de staatssecretaris toe de\n"
        "Tweede Kamer voor de zomer van 2031 te informeren over de busbaan.\n"
    )
    kinds = [i["kind"] for i in result["parliamentary_items"]]
    assert kinds == ["toezegging"]


def test_a_report_told_right_after_a_listed_promise_is_that_promise() -> None:
    result = extracted(
        kamerbrief_head("5 mei 2031") + "Geachte voorzitter,\n\n"
        "Toezeggingen\n"
        "a) Toezegging aan het lid Verbeek (commissiedebat MIRT, 3 maart 2031): kosten\n"
        "   van de tunnel. Stand: loopt; ik stuur u de raming uiterlijk oktober 2031.\n"
    )
    kinds = [i["kind"] for i in result["parliamentary_items"]]
    assert kinds == ["toezegging"]


def test_sending_the_answer_to_a_motion_that_asks_is_no_new_promise() -> None:
    items = parliamentary_items(
        "De motie van het lid Koster (Kamerstuk 36 100 A, nr. 21) vraagt om een lijst van alle\n"
        "haltes. Die lijst stuur ik u voor 1 oktober 2031.\n\n"
        "De uitkomsten van de verkenning stuur ik u voor het zomerreces.\n"
    )
    assert items == [("motie", "kst-36100-A-21"), ("toezegging", None)]


def test_a_listed_promise_of_the_debate_the_opening_named_is_counted_once() -> None:
    result = extracted(
        kamerbrief_head("9 juni 2031") + "Geachte voorzitter,\n\n"
        "In het notaoverleg MIRT van 12 maart 2031 heb ik u een overzicht toegezegd van de\n"
        "haltes langs de lijn.\n\n"
        "Moties en toezeggingen\n"
        "1. Toezegging aan het lid Mulder (notaoverleg MIRT, 12 mrt. 2031): overzicht van de\n"
        "   haltes. Stand: voldaan met deze brief.\n"
        "2. Toezegging aan het lid Yilmaz (commissiedebat MIRT, 4 april 2030): kosten van de\n"
        "   brug. Stand: loopt.\n"
    )
    kinds = [i["kind"] for i in result["parliamentary_items"]]
    assert kinds == ["toezegging", "toezegging"]
