"""Meetings, parliamentary items and kinds in layouts of the sixth blind batch (own texts)."""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import parliamentary_items as _items

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


def _found(text: str, year: int = 2031) -> list[tuple[str, dt.date]]:
    return [(m.kind, m.date) for m in find_meetings(text, year=year)]


def test_a_semicolon_keeps_a_date_with_the_meeting_named_before_it() -> None:
    text = (
        "In maart vonden de BO's Leefomgeving plaats met Noord-Nederland (Emmen, 4 maart 2031)\n"
        "en Oost-Nederland (Hengelo, 5 maart 2031); de BO's MIRT volgden op 2 april 2031."
    )
    assert _found(text) == [
        ("bol", dt.date(2031, 3, 4)),
        ("bol", dt.date(2031, 3, 5)),
        ("bo_mirt", dt.date(2031, 4, 2)),
    ]


def test_landsdelen_meeting_together_in_one_town_are_one_meeting() -> None:
    text = (
        "De BO's MIRT vonden plaats op 12 mei 2031 (Noordwest en Zuidwest, Dordrecht) en op\n"
        "13 mei 2031 (Noord, Oost en Zuid, Apeldoorn)."
    )
    assert _found(text) == [("bo_mirt", dt.date(2031, 5, 12)), ("bo_mirt", dt.date(2031, 5, 13))]
    # Without a town each landsdeel had its own meeting that day.
    two = "De BO's MIRT vonden plaats op 12 mei 2031 (Noordwest en Zuidwest)."
    assert len(find_meetings(two)) == 2


def test_a_meeting_named_with_its_place_and_date_after_in_het() -> None:
    text = "PLAN OOST\nVastgesteld in het BO Leefomgeving Oost, Deventer, 3 februari 2031\n"
    assert _found(text) == [("bol", dt.date(2031, 2, 3))]


def test_a_sentence_opening_with_the_date_of_what_was_discussed_in_a_meeting() -> None:
    text = (
        "Op 8 oktober 2030 bespraken Rijk en provincie het ontwerp van deze agenda in het\n"
        "Bestuurlijk Overleg Leefomgeving Noord in Assen."
    )
    assert _found(text) == [("bol", dt.date(2030, 10, 8))]
    # With a second date in the sentence the opening date is not the meeting's.
    other = (
        "Op 8 oktober 2030 bespraken de gemeenten het ontwerp, dat op 1 december 2030 in het\n"
        "Bestuurlijk Overleg Leefomgeving Noord is vastgesteld."
    )
    assert dt.date(2030, 10, 8) not in [date for _, date in _found(other)]
    # Nor when the meeting sits in another clause than the date.
    relative = (
        "Op 8 oktober 2030 heeft de regio het bidboek aangeboden, dat in het BO MIRT Noord\n"
        "is besproken."
    )
    assert _found(relative) == []


def test_a_project_page_exported_from_the_web_with_glyph_labels() -> None:
    page = (
        "Home › Projecten › Oost-Nederland › Wegen › N999 Voorbeeldweg\n\n"
        "N999 Voorbeeldweg\nBijgewerkt op 3 maart 2031\n\n• Fase\nVerkenning\n\n"
        "• Regio\nOost-Nederland\n\nWat is het probleem?\n"
        "De weg is te smal voor het verkeer dat er dagelijks over rijdt en dat groeit nog.\n"
    )
    assert classify(page, {}) == "mirt_project"


def test_a_motion_with_a_superscript_footnote_takes_its_kamerstuk() -> None:
    body = (
        "De motie van het lid Voorbeeld over de veerdiensten in het noorden¹ voer ik uit met\n"
        "de studie die in de zomer start.\n\n"
        "Hoogachtend,\n\nde minister\n\n¹ Kamerstuk 41 123 XII, nr. 17.\n"
    )
    assert _items(body) == [("motie", "kst-41123-XII-17")]


def test_a_footnote_digit_glued_to_an_abbreviation_in_capitals() -> None:
    body = (
        "Met deze brief voer ik de motie van de leden Eerste en Tweede uit over de koppeling\n"
        "van nieuwe wijken aan het HOV1.\n\n"
        "Hoogachtend,\n\nde minister\n\n1 Kamerstuk 41 200, nr. 55.\n"
    )
    assert _items(body) == [("motie", "kst-41200-55")]


def test_a_table_of_commitments_dated_per_debate_in_a_column() -> None:
    body = (
        "Overzicht toezeggingen\n\n"
        "Nr.   Toezegging                                   Datum debat   Status\n"
        "1     Brief over de brug bij de haven              3-2-2031      afgedaan\n"
        "2     Kamer informeren over het sluizenprogramma   9-10-2030     loopt\n\n"
        "Hoogachtend,\n\nde minister\n"
    )
    assert _items(body) == [("toezegging", None), ("toezegging", None)]


def test_a_ministers_promise_answering_a_question_in_a_kamer_debate() -> None:
    page = (
        "Voorbeeldbrug, vervanging\nBijgewerkt op 2 mei 2031\n\nFase: Realisatie\n\n"
        "Wat vraagt de Kamer?\n"
        "Het lid Voorbeeld heeft in het Commissiedebat Water van 1 maart 2031 gevraagd om een\n"
        "overzicht van de kosten. De minister heeft toegezegd dat voor de zomer te sturen.\n\n"
        "Het Rijk heeft de provincie toegezegd de planning te delen met de gemeenten.\n"
    )
    items = extract_text(page).to_json()["parliamentary_items"]
    assert [item["kind"] for item in items] == ["toezegging"]


def test_footnote_markers_out_of_order_on_a_page() -> None:
    body = (
        "De motie van het lid Voorbeeld-Jansen over de veerpont2 voer ik uit met deze brief.\n"
        "De kosten van de studie dekken wij uit het budget voor onvoorziene zaken1.\n\n"
        "Hoogachtend,\n\nde minister\n\n"
        "1 Zie de brief van 2 maart 2031 over het budget.\n2 Kamerstuk 41 300 A, nr. 8\n"
    )
    assert _items(body) == [("motie", "kst-41300-A-8")]


def test_a_promise_in_a_kamer_debate_whose_name_a_line_end_split() -> None:
    body = (
        "Hiermee geven wij invulling aan de toezegging van de minister in het commis-\n"
        "siedebat Water van 2 februari 2031 om de dijkversterking mee te nemen.\n"
    )
    assert _items(body) == [("toezegging", None)]


def test_a_table_of_motions_one_per_row_with_its_kamerstuk() -> None:
    body = (
        "Stand van de moties\n\n"
        "Motie                                   Kamerstuk               Stand\n"
        "Voorbeeld over de veerdienst            41 300 A, nr. 12        uitgevoerd\n"
        "Tweede c.s. over fietsparkeren          41 300 A, nr. 19        loopt\n\n"
        "Hoogachtend,\n\nde minister\n"
    )
    assert _items(body) == [("motie", "kst-41300-A-12"), ("motie", "kst-41300-A-19")]


def test_commitments_dated_in_words_after_a_date_column() -> None:
    body = (
        "Datum debat        Toezegging                                  Stand\n"
        "3 februari 2031    Brief over de brug bij de haven             afgedaan\n"
        "9 oktober 2030     Kamer informeren over het sluizenprogramma  loopt\n\n"
        "Hoogachtend,\n\nde minister\n"
    )
    assert _items(body) == [("toezegging", None), ("toezegging", None)]


def test_a_table_of_promises_to_the_council_holds_no_parliamentary_items() -> None:
    letter = (
        "Raadsinformatiebrief\n\nGeachte leden van de raad,\n\n"
        "Wij informeren u over de stand van de toezeggingen aan uw raad.\n\n"
        "Toezegging                              Datum raadsvergadering   Stand\n"
        "Notitie over het parkeerbeleid          3-2-2031                 afgedaan\n\n"
        "Met vriendelijke groet,\n\nhet college\n"
    )
    assert extract_text(letter).to_json()["parliamentary_items"] == []


def test_a_promise_said_to_you_in_a_letter_to_parliament() -> None:
    body = "Ik zeg u toe dat ik voor de zomer een brief stuur over de planning van de brug.\n"
    assert _items(body) == [("toezegging", None)]


def test_a_documents_date_in_an_aside_is_no_meeting() -> None:
    text = "Het gebiedsplan, vastgesteld op 9 januari 2031, is in het BO MIRT Oost besproken."
    assert _found(text) == []
