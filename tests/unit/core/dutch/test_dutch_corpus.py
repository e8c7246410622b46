"""The real bundle (../shared/corpus): counts and values checked by reading the text by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ruimtemonitor.core.deadlines import Precision
from ruimtemonitor.core.dutch import (
    find_amounts,
    find_areas,
    find_deadlines,
    find_kamerstukken,
    find_motions,
    find_parties,
)

pytestmark = [pytest.mark.unit, pytest.mark.corpus]
LETTER_DATE = dt.date(2025, 6, 12)  # the Kamerbrief and the MIRT-brief of the bundle
# corpus_text (tests/conftest.py): the text of that bundle


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_amounts(corpus_text: str) -> None:
    found = find_amounts(corpus_text)
    # 61 euro signs; "€ 310 tot € 620 mln." is one range.
    assert corpus_text.count("€") == 61
    assert len(found) == 60
    by_text = {(_flat(a.as_written), a.values_eur, a.qualifier) for a in found}
    assert ("€ 1.145 mln.", (Decimal(1_145_000_000),), None) in by_text
    assert ("€ 310 tot € 620 mln.", (Decimal(310_000_000), Decimal(620_000_000)), None) in by_text
    assert ("ca. € 459 mln.", (Decimal(459_000_000),), "circa") in by_text
    assert ("circa € 475 mln.", (Decimal(475_000_000),), "circa") in by_text
    assert ("maximaal € 38 mln.", (Decimal(38_000_000),), "maximaal") in by_text
    assert ("ongeveer € 3,9 mln.", (Decimal(3_900_000),), "ongeveer") in by_text
    assert ("€ 15,7 mln.", (Decimal(15_700_000),), None) in by_text
    assert ("€2,5 miljard", (Decimal(2_500_000_000),), None) in by_text
    assert sum(a.values_eur == (Decimal(20_000),) for a in found) == 2
    hoevelaken = next(a for a in found if a.values_eur == (Decimal(1_145_000_000),))
    assert hoevelaken.price_level == 2022


def test_kamerstukken(corpus_text: str) -> None:
    found = find_kamerstukken(corpus_text)
    assert len(found) == 36
    ids = [k.kst_id for k in found]
    for expected in (
        "kst-36600-A-30",
        "kst-36592-17",
        "kst-36410-A-61",
        "kst-35925-XII-111",
        "kst-36600-XXII-26",
        "kst-36200-XII-33",
        "kst-36600-A-63",  # written "36600 nr. A-63" in the raadsinformatiebrief
        "kst-34682-228",
        "kst-29385-132",
    ):
        assert expected in ids
    assert ids.count("kst-36600-A-16") == 2


def test_motions_point_at_their_footnotes(corpus_text: str) -> None:
    motions = find_motions(corpus_text)
    members = {(m.kind, m.member, m.footnote) for m in motions}
    assert ("motie", "Veltman", "17") in members
    assert ("motie", "Pierik", "18") in members
    assert ("motie", "Heutink c.s.", "21") in members
    assert ("motie", "Grinwis en Vedder", None) in members
    assert ("toezegging", "De Hoop", None) in members
    assert ("motie", None, None) in members  # "per motie verzocht"
    assert sum(m.kind == "motie" for m in motions) >= 15
    assert sum(m.kind == "toezegging" for m in motions) >= 7


def test_deadlines(corpus_text: str) -> None:
    found = find_deadlines(corpus_text, LETTER_DATE)
    assert len(found) >= 140
    by_text = {_flat(m.deadline.as_written): m for m in found}
    prinsjesdag = by_text["uiterlijk met Prinsjesdag"]
    assert (prinsjesdag.deadline.end, prinsjesdag.relation) == (dt.date(2025, 9, 16), "by")
    quarter = by_text["in het derde kwartaal van 2025"].deadline
    assert (quarter.start, quarter.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert by_text["in het tweede kwartaal van dit jaar"].deadline.end == dt.date(2025, 6, 30)
    assert by_text["voor de zomer"].deadline.end == dt.date(2025, 6, 30)
    assert by_text["het komende half jaar"].deadline.precision is Precision.HALF_YEAR
    meetings = [
        m for m in found if m.meeting == "bo-mirt" and m.deadline.precision is Precision.MEETING
    ]
    assert len(meetings) >= 10
    assert all(m.deadline.start is not None for m in meetings)
    assert not any("vergaderjaar" in m.deadline.as_written for m in found)


def test_parties_and_areas(corpus_text: str) -> None:
    parties = find_parties(corpus_text)
    slugs = [p.slug for p in parties]
    for expected in (
        "rijk",
        "ienw",
        "vro",
        "lvvn",
        "kgg",
        "ez",
        "ocw",
        "rws",
        "prorail",
        "regio-foodvalley",
        "provincie-gelderland",
        "gemeente-dordrecht",
        "gemeente-staphorst",
        "waterschap-aa-en-maas",
    ):
        assert expected in slugs
    assert "Rijkwaterstaat" in {p.as_written for p in parties}  # the misspelling, via its alias
    assert not any(p.as_written in {"ez", "Ez"} for p in parties)
    areas = {a.slug for a in find_areas(corpus_text)}
    assert {
        "novex-arnhem-nijmegen-foodvalley",
        "novex-de-peel",
        "novex-groene-hart",
        "novex-north-sea-port-district",
        "landsdeel-oost",
        "mirt-noordwest",
    } <= areas
