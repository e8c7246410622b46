"""Amounts, times and parliamentary items in the shapes of the thirty-fourth blind batch, on
invented wording (other places, members and numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.unit.core.extraction.readouts import (
    UnderHead,
    kamerbrief_head,
    parliamentary_items,
    times,
)

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken

pytestmark = pytest.mark.unit


def _amounts(text: str) -> list[tuple[str, list[int]]]:
    return [(a.as_written, [int(v) for v in a.values_eur]) for a in find_amounts(text)]


# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de extra studie kost twee à drie ton, te delen", ("twee à drie ton", [200_000, 300_000])),
        ("bijdrage van vijf tot zes ton voor de brug", ("vijf tot zes ton", [500_000, 600_000])),
        ("de stad draagt ruim drie a vier ton bij", ("ruim drie a vier ton", [300_000, 400_000])),
    ],
)
def test_a_range_of_tons_in_words_is_one_amount_with_two_ends(
    text: str, expected: tuple[str, list[int]]
) -> None:
    assert _amounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwolle stelt tweeënhalve ton beschikbaar.", ("tweeënhalve ton", [250_000])),
        ("het tekort is vierenhalve ton", ("vierenhalve ton", [450_000])),
    ],
)
def test_a_count_and_a_half_of_tons_in_one_word_is_money(
    text: str, expected: tuple[str, list[int]]
) -> None:
    assert _amounts(text) == [expected]


def test_a_range_of_tons_of_a_material_stays_a_weight() -> None:
    assert _amounts("er wordt twee à drie ton zand aangevoerd") == []


def test_an_acute_a_between_two_sums_is_a_range() -> None:
    assert _amounts("de raming komt op € 7 á 9 mln voor het viaduct") == [
        ("€ 7 á 9 mln", [7_000_000, 9_000_000])
    ]


def test_a_word_with_an_acute_a_inside_is_no_range_separator() -> None:
    assert _amounts("€ 7 ábc") == [("€ 7", [7])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ons verzoek om 300 mille voor de rotonde is afgewezen.", ("300 mille", [300_000])),
        ("het fonds geeft ruim 40 mille", ("ruim 40 mille", [40_000])),
    ],
)
def test_a_number_of_mille_is_thousands_of_euros(
    text: str, expected: tuple[str, list[int]]
) -> None:
    assert _amounts(text) == [expected]


def test_a_share_per_mille_is_no_amount() -> None:
    assert _amounts("een alcoholgehalte van 0,2 pro mille en enkele per mille") == []
    assert find_amounts("2 promille") == []


def test_the_mille_value_is_exact() -> None:
    assert find_amounts("12,5 mille")[0].values_eur == (Decimal("12500"),)


# --- parliamentary items -----------------------------------------------------------------


def test_a_kamerstuk_in_brackets_led_by_tk_and_the_session_year() -> None:
    found = find_kamerstukken("het lid Janssen c.s. (TK 2014-2015, 34 000-XII, 17) vraagt")
    assert [k.kst_id for k in found] == ["kst-34000-XII-17"]


def test_a_kamerstuk_written_as_stuk_with_a_slash_before_the_number() -> None:
    found = find_kamerstukken("de motie-Pieters, stuk 35 300-A/41, is uitgevoerd")
    assert [k.kst_id for k in found] == ["kst-35300-A-41"]


def test_a_bare_stuk_without_a_letter_is_no_kamerstuk() -> None:
    assert find_kamerstukken("stuk 12 345/6 van de akte") == []
    assert find_kamerstukken("het stuk 2021-A/3 in de bijlage") == []


def test_a_motion_with_its_kamerstuk_in_brackets_after_the_session_year() -> None:
    body = (
        "Conform de motie van het lid Pieters c.s. (TK 2016-2017, 34 550-A, 23) onderzoekt de "
        "provincie een kortere variant.\n"
    )
    assert ("motie", "kst-34550-A-23") in parliamentary_items(body)


def test_a_motion_followed_by_stuk_and_its_number() -> None:
    body = (
        "Wij informeren u over de uitvoering van de motie-Pieters, stuk 34 550-A/23, en over "
        "de planning.\n"
    )
    assert ("motie", "kst-34550-A-23") in parliamentary_items(body)


# --- times -------------------------------------------------------------------------------

_MINUTES_HEAD = (
    "VERSLAG van het ambtelijk overleg Bereikbaarheid van donderdag 2 maart 2023, Zwolle\n\n"
)
_times = UnderHead(_MINUTES_HEAD).times


def test_minutes_adopted_at_a_later_meeting_date_an_event_not_a_deadline() -> None:
    deadlines, events = _times(
        "1. Opening\nDe voorzitter opent het overleg.\n\n"
        "Vastgesteld in de vergadering van 11 mei 2023.\n"
    )
    assert "11 mei 2023" not in " ".join(deadlines)
    assert any("11 mei 2023" in e for e in events)


def test_a_meeting_of_a_later_date_in_a_sentence_stays_a_deadline() -> None:
    deadlines, _ = _times("Het voorstel komt in de vergadering van 11 mei 2023 terug.\n")
    assert any("11 mei 2023" in d for d in deadlines)


def test_a_week_number_closing_a_dot_leader_action_row_is_a_deadline() -> None:
    deadlines, _ = _times(
        "ACTIES\n"
        " 23/02-1  gemeente: notitie parkeren station ............ wk 19\n"
        " 23/02-2  provincie: planning fietsbrug ................. 30 juni\n"
    )
    assert "wk 19" in deadlines


def test_a_bare_week_number_in_running_text_is_no_deadline() -> None:
    deadlines, _ = _times("De telling wk 19 gaf 400 fietsers op de brug.\n")
    assert not any("19" in d for d in deadlines)


_KAMER_HEAD = kamerbrief_head("14 september 2027")


def test_a_kamer_debate_named_without_a_date_after_voor_is_a_deadline() -> None:
    deadlines, _ = times(
        _KAMER_HEAD + "De staatssecretaris zegt toe de Kamer vóór het commissiedebat MIRT\n"
        "schriftelijk te informeren over de sluis.\n"
    )
    assert "vóór het commissiedebat MIRT" in deadlines


def test_a_kamer_debate_with_its_month_after_it_is_read_once() -> None:
    deadlines, _ = times(
        _KAMER_HEAD + "Ik zal uw Kamer vóór het wetgevingsoverleg MIRT in november informeren.\n"
    )
    assert deadlines == ["in november"]


def test_a_kamer_debate_in_a_past_sentence_is_no_deadline() -> None:
    deadlines, _ = times(
        _KAMER_HEAD + "De minister informeerde de Kamer vóór het notaoverleg MIRT over de sluis.\n"
    )
    assert deadlines == []


def test_year_cells_of_a_box_drawn_planning_table_are_times() -> None:
    body = (
        "PLANNING\n"
        "┌─────────────────────┬──────────┬──────────┐\n"
        "│ Stap                │ Jaar     │ Status   │\n"
        "├─────────────────────┼──────────┼──────────┤\n"
        "│ Startbeslissing     │ 2024     │ gereed   │\n"
        "│ Start bouw          │ 2029     │ gepland  │\n"
        "│ Openstelling        │ 2031-2032│ gepland  │\n"
        "└─────────────────────┴──────────┴──────────┘\n"
    )
    deadlines, events = times(_KAMER_HEAD + body)
    assert "2029" in deadlines
    assert any(d.startswith("2031") for d in deadlines)
    assert "2024" in events


def test_a_promise_to_you_with_the_thing_promised_before_toegezegd_is_a_toezegging() -> None:
    body = (
        "In het commissiedebat van 12 februari 2031 heb ik u een overzicht van de\n"
        "fietsprojecten toegezegd; met deze brief is die toezegging afgedaan.\n"
    )
    assert parliamentary_items(body) == [("toezegging", None)]


def test_a_thing_promised_to_another_party_is_no_toezegging() -> None:
    body = "De provincie heeft de gemeente een bijdrage van de helft toegezegd.\n"
    assert parliamentary_items(body) == []
