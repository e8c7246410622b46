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
