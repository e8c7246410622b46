"""Meetings, parliamentary items and kinds in layouts of the seventh blind batch (own texts)."""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import PROGRESS_LETTER_HEAD as HEAD
from tests.unit.core.extraction.readouts import parliamentary_items as _items

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


def test_minutes_titled_verslag_en_afspraken_with_items_closed_by_a_parenthesis() -> None:
    minutes = (
        "GEMEENTE A       PROVINCIE B\n\nVERSLAG EN AFSPRAKEN\nBestuurlijk Overleg MIRT Noord\n"
        "d.d. dinsdag 4 maart 2031, Stadhuis, 10.00 - 12.00 uur\n\n"
        "Aanwezig: de minister; de gedeputeerde.\n\n1) Opening\nDe voorzitter opent.\n\n"
        "2) Rondvraag\nGeen punten.\n"
    )
    assert classify(minutes, {}) == "afsprakenlijst"


def test_minutes_titled_afspraken_bestuurlijk_overleg_with_ter_tafel() -> None:
    minutes = (
        "Provincie A | Ministerie B\n\nAFSPRAKEN BESTUURLIJK OVERLEG MIRT NOORD-NEDERLAND\n"
        "Assen, donderdag 6 maart 2031\n\nTer tafel: minister; gedeputeerden.\n\n"
        "Nr.\tOnderwerp\tAfspraak\n1\tVoorbeeldweg\tHet Rijk start de verkenning.\n"
    )
    assert classify(minutes, {}) == "afsprakenlijst"
    letter = (
        "Aan de Voorzitter van de Tweede Kamer\n\nBetreft Uitkomsten BO MIRT\n\n"
        "Geachte voorzitter,\n\nIn het BO MIRT zijn afspraken gemaakt over uw Kamer.\n"
    )
    assert classify(letter, {"betreft": "Uitkomsten BO MIRT"}) == "kamerbrief"


def test_a_footnote_marker_in_brackets_glued_to_a_name() -> None:
    body = (
        "Met de motie-Voorbeeld/Tweede(1) vroeg uw Kamer de brug voor 2033 te vervangen.\n"
        "Dat onderzoek ik in de verkenning.\n\nHoogachtend,\n\nde minister\n\n"
        "__________\n(1) Kamerstuk 41 500 A, nr. 7.\n"
    )
    assert _items(body) == [("motie", "kst-41500-A-7")]


def test_a_footnote_marked_with_stars_under_the_rule() -> None:
    body = (
        "De minister meldt dat de motie-Voorbeeld over de veerdienst** wordt uitgevoerd met\n"
        "de nieuwe dienstregeling.\n* Dit is een opsomming, geen voetnoot.\n\n"
        "_______\n** Kamerstuk 41 600, nr. 88.\n"
    )
    assert _items(body) == [("motie", "kst-41600-88")]


def test_a_note_cited_as_zie_noot_with_its_body_labelled_noot() -> None:
    body = (
        "Het plan lag ter inzage (zie noot 1). Met de motie-Voorbeeld (zie noot 2) vroeg\n"
        "uw Kamer om een laagwaterpakket.\n\nHoogachtend,\n\nde minister\n\n"
        "Noot 1: Staatscourant 2031, nr. 12345.\nNoot 2: Kamerstuk 41 700 A, nr. 5.\n"
    )
    assert _items(body) == [("motie", "kst-41700-A-5")]


def test_a_sentence_counting_motions_and_commitments_is_none_of_them() -> None:
    body = (
        "Tijdens het notaoverleg zijn drie moties aangenomen en heb ik twee toezeggingen\n"
        "gedaan.[1] Met deze brief geef ik daaraan invulling.\n\nHoogachtend,\n\nde minister\n\n"
        "[1] Kamerstuk 41 800 A, nr. 90 (verslag van het notaoverleg).\n"
    )
    assert _items(body) == []


def test_the_ministers_own_promise_in_a_letter_to_parliament() -> None:
    body = (
        "Toezeggingen\n"
        " – Ik heb toegezegd u te informeren over het geluid langs de voorbeeldweg.\n"
        " – Ook heb ik toegezegd met de gemeente de aansluiting van de haven te bespreken.\n"
        "Verder heb ik aan de provincie toegezegd de planning te delen met de gemeenten.\n"
    )
    assert _items(body) == [("toezegging", None), ("toezegging", None)]


def test_lines_listing_commitments_by_register_number() -> None:
    body = (
        "Toezeggingen\n"
        "TZ203101-007 — Informeren over de veerdienst — afgedaan met deze brief\n"
        "TZ203102-019 — Stand van zaken van de brug over de haven — afgedaan\n"
        "met deze brief\n\nHoogachtend,\n\nde minister\n"
    )
    items = extract_text(HEAD + body).to_json()["parliamentary_items"]
    assert [(item["kind"], item["kamerstuk"]) for item in items] == [("toezegging", None)] * 2


def test_the_minutes_of_a_meeting_of_a_region_that_is_no_landsdeel() -> None:
    text = "Het verslag van het BO MIRT Middenvleugel van 3 maart 2031 wordt vastgesteld."
    found = [(m.kind, m.date) for m in find_meetings(text, year=2031)]
    assert found == [("bo_mirt", dt.date(2031, 3, 3))]
    # A lower-case word after the meeting's name is no region.
    assert find_meetings("Het verslag van het BO MIRT over 3 maart 2031 volgt.", year=2031) == []
    # Named so in a letter's sentence, too.
    text = "Zoals in het BO MIRT Middenvleugel van 4 maart 2031 bleek, is er haast bij."
    assert [m.date for m in find_meetings(text, year=2031)] == [dt.date(2031, 3, 4)]
