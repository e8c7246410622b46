"""Meetings, parliamentary items and kinds in layouts of the seventh blind batch (own texts)."""

import pytest

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
