"""Time, meetings and parliamentary items in layouts of the eleventh blind batch (own texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit


def test_a_sent_label_heading_a_council_letter_is_its_own_date() -> None:
    text = (
        "gemeente Voorbeeldstad\n\nRaadsinformatiebrief\n\nNummer:   RIB 2031-12\n"
        "Verzonden:     9 maart 2031\nOnderwerp: uitkomsten overleg\n\n"
        "Het overleg vond plaats op 2 maart 2031.\n"
    )
    assert find_letter_date(text, "raadsinformatiebrief") == dt.date(2031, 3, 9)


def test_a_sent_word_inside_a_line_still_cites_another_letter() -> None:
    text = "Datum 9 maart 2031\nUw brief verzonden 1 februari 2031\n"
    assert find_letter_date(text, "kamerbrief") == dt.date(2031, 3, 9)


def _days(text: str, letter: dt.date) -> list[dt.date]:
    return [m.date for m in find_meetings(text, year=letter.year, before=letter)]


def test_each_weekday_date_listed_after_plural_meetings_is_a_meeting() -> None:
    text = (
        "Ik informeer u over de bestuurlijke overleggen leefomgeving van\n"
        "dinsdag 4 maart (Noord, Voorbeeldstad) en woensdag 5 maart (Oost, Ander\n"
        "Dorp). Beide overleggen gingen over wonen.\n"
    )
    assert _days(text, dt.date(2031, 4, 1)) == [dt.date(2031, 3, 4), dt.date(2031, 3, 5)]


def test_a_second_date_after_one_meeting_is_no_meeting() -> None:
    text = "Het BO MIRT van 4 maart en 20 april besprak de planning van de studie.\n"
    assert _days(text, dt.date(2031, 5, 1)) == [dt.date(2031, 3, 4)]


def _events(body: str) -> list[str]:
    text = (
        "Afsprakenlijst BO MIRT Noord 2031\n\nDatum:      5 november 2031\n\n"
        "B.  Voorbeeldlijn\n" + body
    )
    return [event.as_written for event in extract_text(text).timeline.events]


def test_a_month_in_prose_after_a_status_label_is_a_time_of_its_own() -> None:
    body = "    Stand van zaken: het werk is in uitvoering; de brug is in juni\n    opengesteld.\n"
    assert _events(body) == ["in juni"]


def test_a_separable_participle_marks_the_perfect_as_past() -> None:
    body = "    De partners hebben in maart hun bijdrage rondgemaakt.\n"
    assert _events(body) == ["in maart"]


def test_a_star_bracket_marker_points_at_the_star_bracket_footnote() -> None:
    text = (
        "Datum 3 december 2031\nBetreft Voortgang\n\nGeachte voorzitter,\n\n"
        "Voorbeeldweg.  Het project is in planuitwerking. Met de motie-Jansen *)\n"
        "heeft uw Kamer gevraagd de aanpak te versnellen.\n\nHoogachtend,\n\n"
        "DE MINISTER,\n\n\n*) Kamerstuk 31 200 A, nr. 7\n"
    )
    items = extract_text(text).entities.parliamentary
    assert [(i.kind, i.kamerstuk) for i in items] == [("motie", "kst-31200-A-7")]


def test_a_star_line_without_bracket_or_rule_stays_a_bullet() -> None:
    text = (
        "Datum 3 december 2031\n\nGeachte voorzitter,\n\nDe motie-Jansen * vraagt om spoed.\n"
        "* Kamerstuk 31 200 A, nr. 7 is genoemd.\n"
    )
    items = extract_text(text).entities.parliamentary
    assert all(i.kamerstuk != "kst-31200-A-7" for i in items)


def test_a_bare_year_cell_before_a_realised_date_cell_is_read() -> None:
    text = (
        "Stand van zaken per 1 maart 2033\n\nVoorbeeldproject\n\nMijlpalen\n"
        "Mijlpaal\tGepland\tGerealiseerd\nStart bouw\t2032\toktober 2032\nOplevering\t2036\t-\n"
    )
    events = [event.as_written for event in extract_text(text).timeline.events]
    assert events == ["2032", "oktober 2032"]


def test_steps_with_years_after_a_when_label_are_each_a_time() -> None:
    text = (
        "Datum 3 maart 2031\n\nGeachte voorzitter,\n\n"
        "1. Het Rijk stelt geld beschikbaar voor de sloop.\nWie?               provincie\n"
        "Wanneer?           start sloop 2032, oplevering 2035\n\n"
        "2. De gemeente past het bestemmingsplan aan.\n"
    )
    deadlines = [match.deadline.as_written for match, _ in extract_text(text).timeline.deadlines]
    assert deadlines == ["start sloop 2032", "oplevering 2035"]


def test_a_when_label_joined_to_the_line_before_still_heads_its_steps() -> None:
    text = (
        "Datum 3 maart 2031\n\nGeachte voorzitter,\n\n"
        "1. Het Rijk stelt geld beschikbaar voor de sloop van de oude loods.\n"
        "Wie is betrokken?  het Rijk, de provincie en de gemeente Voorbeeldstad samen\n"
        "Wanneer?           start sloop 2032, oplevering 2035\n\n"
        "2. De gemeente past het bestemmingsplan aan.\n"
    )
    deadlines = [match.deadline.as_written for match, _ in extract_text(text).timeline.deadlines]
    assert deadlines == ["start sloop 2032", "oplevering 2035"]


def test_a_footnote_citing_a_kamerstuk_then_naming_a_motion_is_that_motion() -> None:
    text = (
        "Datum 3 december 2031\nBetreft Voortgang\n\nGeachte voorzitter,\n\n"
        "Het Rijk kent uit de woonimpuls¹ € 8 mln toe aan de eerste fase.\n\nHoogachtend,\n\n"
        "DE MINISTER,\n\n______________________\n"
        "¹ Kamerstuk 31 200, nr. 77, motie-Jansen c.s. over de woonimpuls voor kleine steden.\n"
    )
    items = extract_text(text).entities.parliamentary
    assert [(i.kind, i.kamerstuk) for i in items] == [("motie", "kst-31200-77")]
