from pathlib import Path

import pytest

from ruimtemonitor.core.funding.classification import Location, classify
from ruimtemonitor.core.funding.errors import InputError
from ruimtemonitor.core.funding.schemes import load_location_scheme
from ruimtemonitor.core.funding.service import classify_file

pytestmark = pytest.mark.unit

SCHEME = load_location_scheme()


def _one(kind: str, until: int, before: int = 0, metropolitan: bool = False):
    location = Location("L1", "Locatie", "Ede", kind, until, before, metropolitan)
    return classify([location], SCHEME)[0]


@pytest.mark.parametrize(
    ("kind", "metropolitan", "threshold"),
    [
        ("regiokern", False, 400),
        ("centrumgemeente", False, 1000),
        ("centrumgemeente", True, 2000),
        ("metropoolkern", False, 2000),
        ("metropoolkern", True, 2000),  # the metropolitan rule is only for centre towns
        ("regiokern", True, 400),
    ],
)
def test_regional_thresholds_per_type(kind: str, metropolitan: bool, threshold: int) -> None:
    at = _one(kind, threshold, metropolitan=metropolitan)
    below = _one(kind, threshold - 1, metropolitan=metropolitan)
    assert at.threshold == threshold and at.regional_large_scale
    assert not below.regional_large_scale
    assert "onder de ondergrens" in below.explanation


def test_rijksregie_needs_3500_homes_and_a_substantial_part_before_2030() -> None:
    # 25 % of 3.500 is 875 (assumption, see docs/funding.md).
    assert _one("metropoolkern", 3500, 875).rijksregie_candidate
    assert not _one("metropoolkern", 3500, 874).rijksregie_candidate
    assert not _one("metropoolkern", 3499, 3499).rijksregie_candidate
    odd = _one("regiokern", 3501, 0)
    assert odd.required_before == 876  # 875.25 rounded up
    assert "geen kandidaat" in odd.explanation


def test_thresholds_can_be_overridden() -> None:
    looser = SCHEME.with_overrides({"regiokern": 300, "rijksregie_aandeel_voor": "0"})
    location = Location("L1", "Locatie", "Ede", "regiokern", 3500, 0)
    (result,) = classify([location], looser)
    assert result.threshold == 300 and result.rijksregie_candidate
    assert dict(looser.overrides)["threshold.regiokern"] == "300"


def test_classify_file_reads_aliases_and_reports_bad_rows(tmp_path: Path) -> None:
    good = tmp_path / "locaties.csv"
    good.write_text(
        "id;naam;gemeente;type;metropoolregio;woningen_tm_2034;woningen_voor_2030\n"
        "L1;Ede stad;Ede;Centrumstad;nee;1.000;300\n"
        "L2;Nijkerk;Nijkerk;regiokern;;450;100\n",
        encoding="utf-8",
    )
    result = classify_file(good)
    assert [c.regional_large_scale for c in result.classifications] == [True, True]
    assert result.classifications[0].location.kind == "centrumgemeente"
    bad = tmp_path / "fout.csv"
    bad.write_text(
        "id,naam,gemeente,type,woningen_tm_2034,woningen_voor_2030\n"
        "L1,A,Ede,dorp,500,100\n"
        "L2,B,Ede,regiokern,500,600\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        classify_file(bad)
    found = {(p.row, p.column, p.value) for p in caught.value.problems}
    assert found == {(2, "type", "dorp"), (3, "woningen_voor_2030", "600")}
