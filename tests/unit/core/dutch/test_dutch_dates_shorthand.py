"""Shorthand periods of planning tables and minutes: "H1 2027", "T3 2026", "derde tertaal van
2024", "3e kw. 2019", "Q4-2030", "wk 14 van 2028", "okt '19", "voorjaar '24", "per 1-7-'19",
"april/mei 2031", "na de bouwvak van 2022", "binnen 2029", "in 2027 (Q3)"."""

from __future__ import annotations

import datetime as dt

import pytest

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch import find_deadlines

pytestmark = pytest.mark.unit
D = dt.date
P = Precision
LETTER = D(2018, 3, 9)


@pytest.mark.parametrize(
    ("text", "written", "start", "end", "precision"),
    [
        ("Planning: oplevering H2 2029.", "H2 2029", D(2029, 7, 1), D(2029, 12, 31), P.HALF_YEAR),
        ("Wanneer: Provincie / H1-2031", "H1-2031", D(2031, 1, 1), D(2031, 6, 30), P.HALF_YEAR),
        (
            "De raad besluit in T3 2026 over",
            "in T3 2026",
            D(2026, 9, 1),
            D(2026, 12, 31),
            P.QUARTER,
        ),
        ("gereed in T1 2019;", "in T1 2019", D(2019, 1, 1), D(2019, 4, 30), P.QUARTER),
        (
            "Dit komt terug in het derde tertiaal van 2024, in de stuurgroep.",
            "in het derde tertiaal van 2024",
            D(2024, 9, 1),
            D(2024, 12, 31),
            P.QUARTER,
        ),
        (
            "start in het 1e tertaal 2020.",
            "in het 1e tertaal 2020",
            D(2020, 1, 1),
            D(2020, 4, 30),
            P.QUARTER,
        ),
        (
            "het besluit valt in 3e kw. 2019.",
            "in 3e kw. 2019",
            D(2019, 7, 1),
            D(2019, 9, 30),
            P.QUARTER,
        ),
        ("Klaar: Q4-2030 / Kosten", "Q4-2030", D(2030, 10, 1), D(2030, 12, 31), P.QUARTER),
        (
            "de keuze valt in wk 14 van 2028.",
            "in wk 14 van 2028",
            D(2028, 4, 3),
            D(2028, 4, 9),
            P.DAY,
        ),
        (
            "| 07 | Station | Gemeente bouwt | okt '19 |",
            "okt '19",
            D(2019, 10, 1),
            D(2019, 10, 31),
            P.MONTH,
        ),
        (
            "Volgend overleg: voorjaar '24.",
            "voorjaar '24",
            D(2024, 3, 21),
            D(2024, 6, 20),
            P.SEASON,
        ),
        (
            "de aanvraag volgt in de winter van '19.",
            "in de winter van '19",
            D(2019, 12, 21),
            D(2020, 3, 20),
            P.SEASON,
        ),
        (
            "de regeling geldt per 1-7-'19; de gemeente",
            "per 1-7-'19",
            D(2019, 7, 1),
            D(2019, 7, 1),
            P.DAY,
        ),
        (
            "Gunning ........ april/mei 2031",
            "april/mei 2031",
            D(2031, 4, 1),
            D(2031, 5, 31),
            P.MONTH,
        ),
        (
            "Start bouw ...... na de bouwvak van 2022",
            "na de bouwvak van 2022",
            D(2022, 7, 1),
            D(2022, 8, 31),
            P.MONTH,
        ),
        (
            "Het waterschap herziet de legger binnen 2029.",
            "binnen 2029",
            D(2029, 1, 1),
            D(2029, 12, 31),
            P.YEAR,
        ),
        (
            "RWS levert het ontwerp in 2027 (Q3) (RWS)",
            "in 2027 (Q3)",
            D(2027, 7, 1),
            D(2027, 9, 30),
            P.QUARTER,
        ),
    ],
)
def test_shorthand_periods(
    text: str, written: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    found = find_deadlines(text, LETTER)
    assert [m.deadline.as_written for m in found] == [written]
    deadline = found[0].deadline
    assert text[found[0].start : found[0].end] == written
    assert deadline.precision == precision
    if found[0].relation not in {"before", "after"}:
        assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Zie tabel H3 2020 en bijlage T4 2020.",  # no third half, no fourth tertiary
        "de bouwvak is voorbij",  # no relation, no year
        "Jan 's Gravendeel en sep de rest",  # abbreviations without a year
        "het tertiaal rapport",
    ],
)
def test_shorthand_needs_its_shape(text: str) -> None:
    assert find_deadlines(text, LETTER) == []
