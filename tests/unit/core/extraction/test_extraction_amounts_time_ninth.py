"""Ninth blind batch: bulleted milestone lists and a labelled year closing a sentence."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = kamerbrief_head("12 oktober 2021")
_LETTER = UnderHead(HEAD)
_times = _LETTER.times


def test_a_bulleted_milestone_with_a_bare_year_after_a_colon_is_a_deadline() -> None:
    deadlines, _ = _times(
        "Het dijkvak wordt versterkt.\n\nMijlpalen\n"
        "- Verkenning gestart: mei 2019\n"
        "- Start bouw: 2031\n"
    )
    assert "2031" in deadlines


def test_a_labelled_year_that_closes_a_sentence_is_a_deadline() -> None:
    deadlines, _ = _times(
        "Actie 4B. Wat: de oever wordt verlegd. Wie: waterschap. Wanneer: 2029. Geld: n.t.b.\n"
    )
    assert "2029" in deadlines


def test_a_footnote_digit_glued_to_the_scale_word_keeps_the_scale() -> None:
    result = extract_text(HEAD + "De provincie reserveert € 7,5 mln² voor de fietsroute.\n")
    amounts = [
        (a["as_written"], [int(v) for v in a["values_eur"]]) for a in result.to_json()["amounts"]
    ]
    assert amounts == [("€ 7,5 mln", [7_500_000])]


def test_a_season_meeting_without_year_in_a_future_sentence_is_the_next_one() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 15 februari 2022\nBetreft Sluizen\n\n"
    body = (
        "In het BO MIRT Zuid van 18 november 2021 is de aanpak besproken.\n"
        "\nIk besluit over de sluis in het BO MIRT van het najaar.\n"
    )
    deadlines, _ = _times(body, head=head)
    assert "in het BO MIRT van het najaar" in deadlines


def test_the_noun_besluit_does_not_make_a_perfect_tense_future() -> None:
    head = "Aan de gemeenteraad\n\nDatum: 3 maart 2015\nOnderwerp: Brug\n\n"
    deadlines, events = _times(
        "Gedeputeerde Staten hebben in november het besluit over de brug genomen.\n", head=head
    )
    assert "in november" in events
    assert "in november" not in deadlines


def test_a_meeting_named_with_its_future_day_gives_that_day_as_a_deadline() -> None:
    deadlines, _ = _times(
        "Het besluit over de kade wordt verplaatst naar het BO MIRT Zuid op 14 mei 2022.\n"
    )
    assert "op 14 mei 2022" in deadlines


def test_the_time_of_a_promise_this_letter_keeps_is_no_deadline() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 20 mei 2022\nBetreft Veerdienst\n\n"
    deadlines, _ = _times(
        "Hiermee kom ik mijn toezegging na om u voor de zomer te informeren over de veerdienst.\n"
        "De nieuwe boot gaat in 2024 varen.\n",
        head=head,
    )
    assert "voor de zomer" not in deadlines
    assert "in 2024" in deadlines


def test_a_council_meeting_label_on_the_date_line_gives_a_deadline() -> None:
    head = "Raadsvoorstel\n\nDatum: 4 april 2016          Raadsvergadering: 28 april 2016\n\n"
    deadlines, _ = _times("Voorgesteld wordt het krediet voor de rotonde te verlenen.\n", head=head)
    assert "28 april 2016" in deadlines
    assert "4 april 2016" not in deadlines
