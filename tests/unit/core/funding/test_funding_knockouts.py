import datetime as dt

import pytest
from funding_helpers import PEILDATUM, proposal

from ruimtemonitor.core.funding.knockouts import apply_knockouts
from ruimtemonitor.core.funding.proposals import Proposal, derive
from ruimtemonitor.core.funding.schemes import load_scheme

pytestmark = pytest.mark.unit

WOKT = load_scheme("wokt-2025")
AFWEEG = load_scheme("afweegkader-2025")


def verdicts(p: Proposal, scheme=WOKT) -> dict:
    results = apply_knockouts(p, derive(p, PEILDATUM, scheme), scheme, PEILDATUM)
    return {r.criterion: r for r in results}


def test_every_wokt_criterion_is_judged_and_explained() -> None:
    results = verdicts(proposal())
    assert list(results) == ["snelheid", "aantal", "percentage", "rendement"]
    for result in results.values():
        assert result.passed
        assert result.explanation.endswith("Voldoet.")


def test_exactly_200_new_homes_passes_and_199_fails() -> None:
    assert verdicts(proposal(homes=200, contribution="2000000"))["aantal"].passed
    fail = verdicts(proposal(homes=199, contribution="1990000"))["aantal"]
    assert not fail.passed
    assert (fail.value, fail.threshold) == (199, 200)
    assert fail.explanation.endswith("Voldoet niet.")


def test_homes_partly_covered_by_2022_agreements_count_only_the_new_ones() -> None:
    enough = verdicts(proposal(homes=500, agreed=300, contribution="3000000"))
    assert enough["aantal"].passed and enough["aantal"].value == 200
    assert "waarvan 300 al met bereikbaarheidsafspraken uit 2022" in enough["aantal"].explanation
    # 3.000.000 over 200 new homes is 15.000 per home, not 6.000 over all 500.
    assert enough["rendement"].value == "15000.00"
    too_few = verdicts(proposal(homes=600, agreed=450, contribution="1500000"))
    assert not too_few["aantal"].passed and too_few["aantal"].value == 150


def test_exactly_65_percent_passes_and_one_cent_more_fails() -> None:
    exact = verdicts(proposal(deficit="10000000.00", contribution="6500000.00"))["percentage"]
    assert exact.passed and exact.value == "0.650000" and exact.threshold == "0.65"
    over = verdicts(proposal(deficit="10000000.00", contribution="6500000.01"))["percentage"]
    assert not over.passed
    assert "€ 6.500.000,01" in over.explanation and "(€ 6.500.000,00)" in over.explanation


def test_exactly_20000_per_home_including_vat_passes() -> None:
    exact = verdicts(proposal(homes=300, contribution="6000000", deficit="12000000"))["rendement"]
    assert exact.passed and exact.value == "20000.00" and exact.threshold == "20000.00"
    over = verdicts(proposal(homes=300, contribution="6000000.01", deficit="12000000"))["rendement"]
    assert not over.passed


def test_amounts_excluding_vat_are_judged_including_vat() -> None:
    # € 5.000.000 excl. is € 16.667 per home before VAT, € 20.166,67 after: fails.
    over = verdicts(
        proposal(homes=300, contribution="5000000", deficit="12000000", vat_included=False)
    )["rendement"]
    assert not over.passed and over.value == "20166.67"
    assert "excl. btw" in over.explanation
    # € 4.000.000 excl. over 242 homes is exactly € 20.000 incl.: passes.
    edge = verdicts(
        proposal(homes=242, contribution="4000000", deficit="8000000", vat_included=False)
    )
    assert edge["rendement"].passed and edge["rendement"].value == "20000.00"


def test_start_exactly_five_years_after_the_peildatum_passes_a_day_later_fails() -> None:
    on_time = verdicts(proposal(start=dt.date(2030, 7, 1)))["snelheid"]
    assert on_time.passed and on_time.value == 60 and on_time.threshold == 60
    assert "uiterlijk op 1 juli 2030" in on_time.explanation
    late = verdicts(proposal(start=dt.date(2030, 7, 2)))["snelheid"]
    assert not late.passed and late.value == 61


def test_start_as_month_counts_from_its_first_day() -> None:
    july = verdicts(proposal(start=dt.date(2030, 7, 1), start_has_day=False))["snelheid"]
    assert july.passed and "als maand opgegeven" in july.explanation
    august = verdicts(proposal(start=dt.date(2030, 8, 1), start_has_day=False))["snelheid"]
    assert not august.passed


def test_no_deficit_and_no_new_homes_fail_with_a_reason() -> None:
    results = verdicts(proposal(homes=300, agreed=300, deficit="0"))
    assert not results["percentage"].passed and results["percentage"].value is None
    assert "niet te bepalen" in results["percentage"].explanation
    assert not results["rendement"].passed and results["rendement"].value is None


def test_threshold_overrides_change_the_verdict() -> None:
    stricter = WOKT.with_overrides(thresholds={"aantal": 250})
    assert not verdicts(proposal(homes=200, contribution="2000000"), stricter)["aantal"].passed


def test_afweegkader_only_for_the_21_areas_and_until_2034() -> None:
    inside = proposal(
        area="Oude Lijn", realistic=True, accessibility=2, start=dt.date(2034, 12, 31)
    )
    results = verdicts(inside, AFWEEG)
    assert all(r.passed for r in results.values()), results
    assert "'Oude Lijn' (Oude Lijn (Leiden–Dordrecht)) is een van de bestaande" in (
        results["gebied"].explanation
    )
    assert "uiterlijk 31 december 2034" in results["start_bouw_2034"].explanation
    outside = proposal(area="Nijkerk", realistic=True, start=dt.date(2035, 1, 1))
    results = verdicts(outside, AFWEEG)
    assert not results["gebied"].passed
    assert not results["start_bouw_2034"].passed
    assert results["start_bouw_2034"].value == "2035-01-01"


def test_afweegkader_requires_a_realistic_planning() -> None:
    results = verdicts(proposal(area="Helmond", realistic=False, rws=True), AFWEEG)
    assert not results["realisme"].passed
    assert "Rijkswaterstaat nodig: ja" in results["realisme"].explanation
