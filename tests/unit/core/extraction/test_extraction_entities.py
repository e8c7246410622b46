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
