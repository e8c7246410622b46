"""The line walks two stages share: blocks up to a blank line, coded rows under a header."""

from __future__ import annotations

import re

from ruimtemonitor.core.extraction.heading_forms import coded_rows_under
from ruimtemonitor.core.extraction.textutil import iter_lines, spans_to_blank_line

_OPENS = re.compile(r"^(?:zie ook|meer informatie)\b", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, str]]:
    return [(s, text[s:e]) for s, e in iter_lines(text)]


def _blocks(text: str) -> list[str]:
    spans = spans_to_blank_line(_lines(text), len(text), lambda line: _OPENS.match(line.strip()))
    return [text[s:e] for s, e in spans]


def test_a_block_runs_from_its_opening_line_to_the_next_blank_line() -> None:
    text = "Kanaalbrug Oost\nZie ook\nFietspad West\n\nVoortgang 2031\n"
    assert _blocks(text) == ["Zie ook\nFietspad West\n"]


def test_a_block_left_open_runs_to_the_end() -> None:
    text = "Sluis Zuid\n\n  Meer informatie\nwww.voorbeeld.example"
    assert _blocks(text) == ["  Meer informatie\nwww.voorbeeld.example"]


def test_an_opening_line_inside_a_block_opens_no_second_one() -> None:
    text = "Zie ook\nMeer informatie\n\n\nZie ook de brug\n   \nRest"
    assert _blocks(text) == ["Zie ook\nMeer informatie\n", "Zie ook de brug\n"]


def test_no_opening_line_gives_no_block() -> None:
    assert _blocks("Haven Noord\n\nDijk Midden\n") == []


_HEAD = re.compile(r"^[ \t]*(?i:nr|code)[ \t]+(?i:maatregel)\b")


def _rows(text: str, start: int = 0) -> list[tuple[str, str]]:
    return [
        (text[s:e], code.group("code"))
        for s, e, code in coded_rows_under(_HEAD, text, start, len(text))
    ]


def test_coded_rows_follow_their_header_until_a_line_without_a_code() -> None:
    text = (
        "Inleiding over het gebied\n"
        "Nr Maatregel Trekker\n"
        "AB-1 Oever herstellen waterschap\n"
        "AB-2a Kade ophogen gemeente\n"
        "Een zin in lopende tekst.\n"
        "AB-3 Niet meer in de tabel\n"
    )
    assert _rows(text) == [
        ("AB-1 Oever herstellen waterschap", "AB-1"),
        ("AB-2a Kade ophogen gemeente", "AB-2a"),
    ]


def test_a_second_header_opens_a_second_table() -> None:
    text = "code maatregel\nQ-7 Fietsroute\n\nQ-8 los\nCODE MAATREGEL wie\n  Q-9 Perron\n"
    assert [code for _, code in _rows(text)] == ["Q-7", "Q-9"]


def test_rows_without_a_header_are_no_table_rows() -> None:
    assert _rows("K-4 Brug vervangen\nK-5 Tunnel\n") == []
