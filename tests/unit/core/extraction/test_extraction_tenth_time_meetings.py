"""Time, meetings and parliamentary items in layouts of the tenth blind batch (own texts)."""

import datetime as dt
from decimal import Decimal

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


def _days(text: str, letter: dt.date) -> list[dt.date]:
    return [m.date for m in find_meetings(text, year=letter.year, before=letter)]


def test_each_date_of_a_list_before_the_meeting_name_is_a_meeting() -> None:
    text = (
        "Op 4 maart (Zuid-Nederland, in Voorbeeldstad), 5 maart (Oost) en 11 maart 2031\n"
        "(Noord) heb ik met de regio's de Bestuurlijke Overleggen MIRT gevoerd.\n"
    )
    days = _days(text, dt.date(2031, 4, 1))
    assert days == [dt.date(2031, 3, 4), dt.date(2031, 3, 5), dt.date(2031, 3, 11)]


def test_three_landsdelen_in_brackets_without_a_town_are_one_joint_meeting() -> None:
    text = (
        "Op 4 maart (Zuid) en 11 maart 2031 (Noordwest, Zuidwest en Oost) zijn de\n"
        "Bestuurlijke Overleggen MIRT gehouden.\n"
    )
    assert _days(text, dt.date(2031, 4, 1)) == [dt.date(2031, 3, 4), dt.date(2031, 3, 11)]


def test_two_landsdelen_in_brackets_stay_two_meetings_of_one_day() -> None:
    text = "De BO's MIRT vonden plaats op 4 maart (Zuid) en 11 maart (Noord en Oost).\n"
    days = _days(text, dt.date(2031, 4, 1))
    assert days.count(dt.date(2031, 3, 11)) == 2


MINUTES = (
    "AFSPRAKENLIJST\nBestuurlijk Overleg MIRT Voorbeeldregio\nVoorbeeldstad, 6 maart 2031\n\n"
    "1. Rondvraag\n"
)


def _minutes_items(body: str) -> list[tuple[str, str | None]]:
    result = extract_text(MINUTES + body).to_json()
    return [(item["kind"], item["kamerstuk"]) for item in result["parliamentary_items"]]


def test_a_minister_promising_to_take_a_motion_along_gives_the_motion_only() -> None:
    body = (
        "De staatssecretaris zegt toe de motie-Voorbeeld over de veerpont (41 200 A, nr. 9)\n"
        "mee te nemen in de verdere uitwerking van het plan.\n"
    )
    assert _minutes_items(body) == [("motie", "kst-41200-A-9")]


def test_a_promise_to_inform_the_kamer_about_a_motion_gives_both() -> None:
    body = (
        "De minister zegt toe de Kamer voor 1 juni 2031 te informeren over de stand van de\n"
        "motie-Voorbeeld over de verbreding van de weg.\n"
    )
    assert sorted(_minutes_items(body)) == [("motie", None), ("toezegging", None)]


def test_a_promise_hyphenated_over_a_line_end_is_read() -> None:
    head = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 4 april 2031\n"
        "Betreft Voortgang voorbeeldprogramma\n\nGeachte voorzitter,\n\n"
    )
    body = (
        "De brug is gereed. Ik heb de Kamer in het Notaoverleg MIRT van 3 maart toege-\n"
        "zegd de effecten te volgen; de eerste meting ontvangt u voor 1 juli 2031.\n"
    )
    result = extract_text(head + body).to_json()
    assert [item["kind"] for item in result["parliamentary_items"]] == ["toezegging"]


def test_a_meeting_cited_in_a_footnote_is_a_meeting_not_an_event() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 4 april 2031\n"
        "Betreft Voortgang voorbeeldprogramma\n\nGeachte voorzitter,\n\n"
        "De verbreding van de Voorbeeldweg¹ loopt volgens plan en wordt in 2033 opgeleverd.\n\n"
        "Hoogachtend,\n\nde minister\n\n____\n"
        "¹ Zie ook de afspraken in het BOL Oost van 12 maart 2031.\n"
    )
    result = extract_text(text).to_json()
    assert [(m["kind"], m["date"]) for m in result["meetings"]] == [("bol", "2031-03-12")]
    assert not [e for e in result["events"] if "maart" in e["as_written"]]


def test_a_past_month_told_with_a_double_infinitive_is_an_event_of_this_year() -> None:
    minutes = MINUTES + (
        "De gemeente heeft in februari een verkeersstudie naar de rotonde laten uitvoeren.\n"
    )
    result = extract_text(minutes).to_json()
    assert [(e["as_written"], e["date"]) for e in result["events"]] == [
        ("in februari", "2031-02-01")
    ]
    assert not [d for d in result["deadlines"] if "februari" in d["as_written"]]


def test_a_date_in_a_sentence_whose_promise_is_split_over_a_line_is_past() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 4 november 2031\n"
        "Betreft Voortgang voorbeeldprogramma\n\nGeachte voorzitter,\n\n"
        "De brug is gereed. Ik heb de Kamer in het Notaoverleg MIRT van 3 juli toege-\n"
        "zegd de effecten te meten; de eerste meting ontvangt u voor 1 juli 2032.\n"
    )
    result = extract_text(text).to_json()
    assert [(e["as_written"], e["date"]) for e in result["events"]] == [("3 juli", "2031-07-03")]


def test_a_convenant_is_dated_by_its_closing_signature_not_its_preamble() -> None:
    text = (
        "CONVENANT VOORBEELDROUTE\n\nDe ondergetekenden:\nI.  De Staat;\nII. De gemeente,\n\n"
        "in aanmerking nemende dat in het BO MIRT Oost van 3 maart 2030 is afgesproken de\n"
        "route te verbeteren,\n\nverklaren het volgende te zijn overeengekomen:\n\n"
        "§ 1  Doel\nDe route wordt veiliger.\n\n"
        "Aldus getekend in tweevoud te Voorbeeldstad, 9 mei 2031.\n"
    )
    assert find_letter_date(text, "other") == dt.date(2031, 5, 9)


def test_a_vulgar_fraction_glued_to_a_sum_is_its_decimals() -> None:
    found = find_amounts("De gemeente draagt € 3½ mln bij; het Rijk legt 7¼ miljoen euro in.")
    assert [a.values_eur for a in found] == [(Decimal("3500000"),), (Decimal("7250000"),)]


def test_the_year_of_a_deal_made_before_the_letter_is_an_event() -> None:
    minutes = (
        MINUTES + "Toelichting: De opgave van de gemeente is in de woondeal van 2029 vastgelegd.\n"
    )
    result = extract_text(minutes).to_json()
    assert [(e["as_written"], e["date"]) for e in result["events"]] == [("van 2029", "2029-01-01")]


def test_a_month_that_dates_a_letter_still_to_come_is_a_deadline() -> None:
    minutes = MINUTES + "De staatssecretaris neemt dit mee in de voortgangsbrief van mei.\n"
    result = extract_text(minutes).to_json()
    assert [(d["as_written"], d["start"]) for d in result["deadlines"]] == [("mei", "2031-05-01")]


def test_a_time_after_which_an_examined_question_asks_is_no_deadline() -> None:
    minutes = MINUTES + (
        "Rijk en gemeente onderzoeken of de capaciteit van de brug na 2040 volstaat voor het\n"
        "verwachte verkeer. De gemeente start de bouw na 2033.\n"
    )
    result = extract_text(minutes).to_json()
    assert [d["as_written"] for d in result["deadlines"]] == ["na 2033"]
