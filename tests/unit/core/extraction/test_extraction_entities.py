"""The value parsers are called directly: bad text gives fewer values or a warning, a bug in
a parser is an error and never an empty list."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.extraction import entities, extract_text

pytestmark = pytest.mark.unit

LETTER = (
    "Kamerbrief over het MIRT\n\nDatum 12 juni 2025\n\n"
    "Het Rijk draagt € 2,5 miljoen bij; de provincie levert vóór 31 februari 2026 een plan.\n"
)


def test_impossible_text_becomes_a_warning_not_an_error() -> None:
    extraction = extract_text(LETTER)
    assert [match.as_written for match, _ in extraction.entities.amounts] == ["€ 2,5 miljoen"]
    assert any("is not a date" in warning for warning in extraction.warnings)


def test_a_bug_in_a_parser_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> list:
        raise KeyError("a bug")

    monkeypatch.setattr(entities, "find_amounts", broken)
    with pytest.raises(KeyError):
        extract_text(LETTER)


def test_a_table_of_motions_and_commitments_gives_one_item_per_row() -> None:
    from ruimtemonitor.core.extraction import extract_text

    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 1 juni 2019\n\nGeachte voorzitter,\n\n"
        "In deze brief informeer ik u over de voortgang van het MIRT.\n\n"
        "Motie/toezegging                          Kamerstuk              Stand\n"
        "Motie Van Helvert c.s. over de N35        35 000 A, nr. 23       afgedaan\n"
        "Motie Ziengs over de A1                   35 000 A, nr. 41       in behandeling\n"
        "Toezegging AO MIRT 4 juli 2018            -                      afgedaan met deze brief\n"
        "\nHoogachtend,\n\nDe minister\n"
    )
    items = extract_text(text).to_json()["parliamentary_items"]
    assert [(i["kind"], i["kamerstuk"], i["member"]) for i in items] == [
        ("motie", "kst-35000-A-23", "Van Helvert c.s."),
        ("motie", "kst-35000-A-41", "Ziengs"),
        ("toezegging", None, None),
    ]


def _items(body: str, head: str = "") -> list[tuple[str, str | None, str | None]]:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        f"Datum 19 juni 2017\n{head}\nGeachte voorzitter,\n\n{body}\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    items = extract_text(text).to_json()["parliamentary_items"]
    return [(i["kind"], i["kamerstuk"], i["member"]) for i in items]


def test_a_commitment_of_the_minister_in_minutes_is_one_to_parliament() -> None:
    body = "De minister zegt toe de Tweede Kamer hierover in het voorjaar te informeren.\n"
    assert _items(body) == [("toezegging", None, None)]
    # a commitment of a region to the meeting is not one to parliament
    assert _items("De provincie zegt toe de studie in het voorjaar af te ronden.\n") == []


def test_the_subject_line_and_a_motion_named_again_are_no_new_items() -> None:
    head = "Betreft Voortgang projecten en afdoening toezeggingen AO MIRT\n"
    body = (
        "Daarnaast ga ik in op de motie van het lid Hoogland1 over de verkeersveiligheid.\n\n"
        "In de motie Hoogland wordt de regering verzocht de verkeersveiligheid te verbeteren.\n\n"
        "_______________\n1 Kamerstuk 34 550 A, nr. 39\n"
    )
    assert _items(body, head) == [("motie", "kst-34550-A-39", "Hoogland")]


def test_a_kamerstuk_number_on_the_next_line_and_a_see_also_footnote() -> None:
    body = (
        "De stand van de moties:\n"
        "- Motie-Oudeman/Kasteleijn over geluidsmaatregelen langs het noodspoor, Kamerstuk\n"
        "  31 700 A, nr. 64.\n"
        "Het Deltafonds blijft hier buiten beschouwing2.\n\n"
        "_______________\n"
        "2 Zie ook de motie van het lid Hofstra-Veen over het Deltafonds, "
        "Kamerstuk 33 400 J, nr. 14.\n"
    )
    assert _items(body) == [
        ("motie", "kst-31700-A-64", "Oudeman"),
        ("motie", "kst-33400-J-14", "Hofstra-Veen"),
    ]


def test_a_meeting_named_by_the_letter_and_its_afsprakenlijst_is_listed_once() -> None:
    import datetime as dt

    from ruimtemonitor.core.dutch.meetings import MeetingMatch
    from ruimtemonitor.core.extraction.contract import _once

    day = dt.date(2019, 11, 27)
    letter = MeetingMatch(10, 40, "het BO MIRT Zuid van 27 november", "bo_mirt", "Zuid", day)
    minutes = MeetingMatch(900, 930, "BO MIRT ZUID", "bo_mirt", "Zuid", day)
    other = MeetingMatch(950, 980, "BO MIRT Oost", "bo_mirt", "Oost", day)
    meetings = ((letter, "doc1"), (minutes, "doc2"), (other, "doc2"))
    assert _once(meetings) == [(letter, "doc1"), (other, "doc2")]


def test_a_promise_in_the_first_person_in_a_letter_to_parliament() -> None:
    body = "Wij zeggen toe u voor 1 maart 2018 te informeren over de tweede fase.\n"
    assert _items(body) == [("toezegging", None, None)]


def test_each_row_of_a_table_of_commitments_is_one() -> None:
    body = (
        "3 Toezeggingen\n"
        "Toezegging                                         Stand\n"
        "Brief over de Merwedelijn (CD MIRT 4-7-2016)       Afgedaan met deze brief\n"
        "Stand van de A27 (AO MIRT 30-6-2016)               Loopt; uiterlijk mei 2018\n"
    )
    assert _items(body) == [("toezegging", None, None), ("toezegging", None, None)]
