"""Arbitrary text never crashes a finder, and every span is exactly the text it claims."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruimtemonitor.core import dutch

pytestmark = pytest.mark.unit

# Pieces of the grammar, so generated text often gets close to a real value.
_PIECES = [
    "€",
    "€ ",
    "EUR ",
    " euro",
    "mln.",
    "mld.",
    "miljoen",
    "miljard",
    "tot",
    "-",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    "ca.",
    "circa ",
    "ruim ",
    "2,5",
    "1.145",
    "20.000",
    "310",
    "2025",
    "2026",
    "19",
    "20",
    "juni",
    "jl.",
    "najaar",
    "voor de zomer",
    "kwartaal",
    "tweede ",
    "helft van ",
    "het ",
    "in ",
    "vóór ",
    "uiterlijk met ",
    "Prinsjesdag",
    "BO MIRT",
    "BO Leefomgeving",
    "volgende ",
    "Q3 ",
    "dit jaar",
    "Kamerstuk ",
    "36 600-A",
    ", nr. ",
    "XII",
    "motie van het lid ",
    "Van der ",
    "Jansen",
    "c.s.",
    "toezegging aan ",
    "gemeente ",
    "gemeenten ",
    "Regio ",
    "Ede",
    " en ",
    "Rijk",
    "EZ",
    "provincie Gelderland",
    "Arnhem-Nijmegen-",
    "Foodvalley",
    "\x00",
    "\x0c",
    "\u200b",
    "’",
]
grammar_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=60).map(
    "".join
)
any_text = st.one_of(st.text(), grammar_text, st.text(alphabet=st.characters(max_codepoint=0x1F)))
dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))
)
SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans_are_exact(text: str, matches: list, written) -> None:
    previous_end = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == written(match)
        assert match.start >= previous_end or written(match) is None
        previous_end = match.end


@SETTINGS
@given(any_text)
def test_amounts_never_crash_and_spans_are_exact(text: str) -> None:
    found = dutch.find_amounts(text)
    _spans_are_exact(text, found, lambda m: m.as_written)
    assert all(len(m.values_eur) in {1, 2} for m in found)


@SETTINGS
@given(any_text, dates)
def test_deadlines_never_crash_and_spans_are_exact(text: str, ref: dt.date | None) -> None:
    found = dutch.find_deadlines(text, ref)
    _spans_are_exact(text, found, lambda m: m.deadline.as_written)
    for match in found:
        deadline = match.deadline
        assert (deadline.start is None) == (deadline.end is None)
        assert deadline.start is None or deadline.start <= deadline.end


@SETTINGS
@given(any_text)
def test_kamerstukken_and_motions_never_crash(text: str) -> None:
    found = dutch.find_kamerstukken(text)
    _spans_are_exact(text, found, lambda m: m.as_written)
    assert all(
        m.kst_id.startswith("kst-") and dutch.parse_kamerstuk(m.as_written) == m.kst_id
        for m in found
    )
    motions = dutch.find_motions(text)
    _spans_are_exact(text, motions, lambda m: m.as_written)
    assert all(m.kind in {"motie", "toezegging"} for m in motions)


@SETTINGS
@given(any_text)
def test_names_never_crash_and_spans_are_exact(text: str) -> None:
    parties = dutch.find_parties(text)
    assert all(text[m.start : m.end] == m.as_written and m.slug for m in parties)
    areas = dutch.find_areas(text)
    _spans_are_exact(text, areas, lambda m: m.as_written)


@SETTINGS
@given(any_text)
def test_parse_date_never_crashes(text: str) -> None:
    assert dutch.parse_date(text) is None or isinstance(dutch.parse_date(text), dt.date)


@pytest.mark.parametrize(
    "piece", ["€ 1.145 mln. ", "najaar 2025 ", "Kamerstuk 36 600-A, nr. 30 ", "gemeente Ede "]
)
def test_very_long_lines_and_control_characters(piece: str) -> None:
    text = ("x" * 100_000) + "\x00\x1b\x0c" + piece * 2_000 + "\u2028" + "9" * 50_000
    assert len(dutch.find_amounts(text)) in {0, 2_000}
    dutch.find_deadlines(text, dt.date(2025, 6, 12))
    dutch.find_kamerstukken(text)
    dutch.find_motions(text)
    dutch.find_parties(text)
    dutch.find_areas(text)
