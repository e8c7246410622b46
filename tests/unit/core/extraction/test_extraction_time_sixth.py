"""Time phrases in the layouts of the sixth blind batch, on invented text of our own."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = kamerbrief_head("14 november 2019")
_LETTER = UnderHead(HEAD)
_times = _LETTER.times


def test_the_year_columns_of_a_budget_table_are_no_times() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe kosten staan hieronder.\n\n"
        "Kasritme (x € mln)   2019    2020    2021    2022\n"
        "Rijk                  2,0     4,5    10,0     8,0\n"
        "Gemeente                -     1,0     2,0     2,0\n\n"
        "De bouw start in 2021.\n"
    )
    assert deadlines == ["in 2021"]
    assert events == []


def test_a_year_something_moves_to_after_naar_is_a_deadline() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nDoor de bezwaren verschuift de oplevering naar 2023.\n"
    )
    assert deadlines == ["naar 2023"]


def test_a_month_in_a_milestone_cell_near_the_top_is_no_cover_date() -> None:
    deadlines, events = _times(
        "Mijlpalen                        Gereed\nStartbeslissing                  mei 2017\n"
        "Tracébesluit                     juni 2020\n",
        head="Kanaalbrug Oost, vervanging\nPeildatum: 14 november 2019\n\n",
    )
    assert events == ["mei 2017"]
    assert deadlines == ["juni 2020"]


def test_a_meeting_after_a_next_step_label_is_a_deadline() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nDe provincie maakt een plan van aanpak.\n"
        "Vervolg: BO MIRT najaar 2020.\n"
    )
    assert deadlines == ["BO MIRT najaar 2020"]


def test_last_year_restated_by_the_date_after_the_comma_is_one_event() -> None:
    _, events = _times(
        "Geachte voorzitter,\n\nDe fietsbrug is vorig jaar, in juni 2018, geopend.\n"
    )
    assert events == ["in juni 2018"]


def test_the_held_meetings_of_this_autumn_are_no_time_of_their_own() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nHierbij de uitkomsten van de Bestuurlijke Overleggen van "
        "dit najaar. In oktober vonden de BO's Leefomgeving plaats in Zwolle (3 oktober "
        "2019) en Arnhem (4 oktober 2019).\n"
    )
    assert deadlines == []
    assert events == []


def test_the_year_of_an_earlier_package_is_an_event() -> None:
    _, events = _times(
        "Geachte voorzitter,\n\nDe agenda bouwt voort op het startpakket van 2018.\n"
    )
    assert events == ["van 2018"]


def test_a_day_opening_a_sentence_about_a_discussion_in_a_bo_is_its_meeting() -> None:
    result = extract_text(
        HEAD + "Geachte voorzitter,\n\nOp 12 juni 2019 bespraken Rijk en regio het concept van "
        "de agenda uitgebreid in het Bestuurlijk Overleg Leefomgeving Oost in Deventer.\n"
    ).to_json()
    assert [(m["kind"], m["date"]) for m in result["meetings"]] == [("bol", "2019-06-12")]
    assert result["events"] == []


def test_year_columns_of_a_table_one_cell_per_line_are_no_times() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe kosten per jaar (x € 1 mln):\n\n"
        "Kasritme\n2020\n2021\n2022\nRijk\n4,0\n6,5\n3,0\n\nDe bouw start in 2021.\n"
    )
    assert deadlines == ["in 2021"]
    assert events == []


def test_milestones_under_a_label_with_a_single_space_before_the_year() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe stand van de brug:\n\nMijlpalen:\nStartbeslissing 2017\n"
        "Projectbesluit 2021\nOpenstelling 2024-2025\n\nDe kosten vallen mee.\n"
    )
    assert deadlines == ["2021", "2024-2025"]
    assert events == ["2017"]
