import ast
import datetime as dt
import json
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from funding_helpers import PEILDATUM, REPO, SAMPLE, docs_schema, proposal

from ruimtemonitor.core.funding import service
from ruimtemonitor.core.funding.errors import InputError
from ruimtemonitor.core.funding.reading import read_proposals

pytestmark = pytest.mark.unit

PACKAGE = REPO / "src" / "ruimtemonitor" / "core" / "funding"

EXPECTED_VERDICTS = {
    "P01": set(),
    "P02": {"aantal"},
    "P03": set(),
    "P04": {"percentage"},
    "P05": set(),
    "P06": {"rendement"},
    "P07": set(),
    "P08": set(),
    "P09": {"snelheid"},
    "P10": set(),
    "P11": set(),
    "P12": {"aantal"},
    "P13": set(),
    "P14": {"snelheid", "aantal", "percentage", "rendement"},
}


@pytest.fixture(scope="module")
def sample_result() -> service.AssessmentResult:
    return service.assess_file(SAMPLE, "wokt-2025", PEILDATUM, budget="30000000")


def test_sample_boundary_cases_get_the_verdicts_the_letter_implies(sample_result) -> None:
    failed = {
        p.proposal.id: {k.criterion for k in p.knockouts if not k.passed}
        for p in sample_result.proposals
    }
    assert failed == EXPECTED_VERDICTS
    for item in sample_result.proposals:
        assert len(item.knockouts) == 4 and all(k.explanation for k in item.knockouts)
        assert (item.rank is None) == (not item.eligible)


def test_optimal_is_proven_never_below_greedy_and_within_budget(sample_result) -> None:
    greedy, optimal = sample_result.greedy, sample_result.optimal
    assert optimal.proven_optimal is True
    assert optimal.value >= greedy.value
    assert optimal.funded_eur <= Decimal(30_000_000) and greedy.funded_eur <= Decimal(30_000_000)
    funded = {p.proposal.id for p in sample_result.proposals if p.funded_optimal}
    assert funded == set(optimal.funded)
    assert all(p.eligible for p in sample_result.proposals if p.funded_greedy or p.funded_optimal)


def test_json_output_has_the_documented_shape(sample_result, schema_errors) -> None:
    document = sample_result.to_dict()
    assert list(document) == ["scheme", "peildatum", "budget_eur", "proposals", "allocation"]
    assert list(document["proposals"][0]) == [
        "id", "new_homes", "contribution_eur_incl_vat", "contribution_per_home_eur",
        "share_of_deficit", "months_to_start", "eligible", "knockouts", "score", "rank",
        "funded_greedy", "funded_optimal",
    ]  # fmt: skip
    assert list(document["proposals"][0]["knockouts"][0]) == [
        "criterion", "passed", "value", "threshold", "explanation",
    ]  # fmt: skip
    assert list(document["allocation"]["optimal"]) == [
        "funded_eur", "new_homes", "count", "solver", "proven_optimal",
    ]  # fmt: skip
    assert document["budget_eur"] == "30000000.00"
    assert schema_errors(json.loads(json.dumps(document)), docs_schema("assess")) == []


def test_the_schema_check_is_not_vacuous(sample_result, schema_errors) -> None:
    schema = docs_schema("assess")
    document = json.loads(json.dumps(sample_result.to_dict()))
    document["budget_eur"] = 30000000.0  # a float instead of a money string
    del document["proposals"][0]["rank"]
    document["allocation"]["optimal"]["extra"] = 1
    errors = schema_errors(document, schema)
    assert any(e.startswith("$.budget_eur: ") and "not of type 'string'" in e for e in errors)
    assert "$.proposals[0]: 'rank' is a required property" in errors
    unexpected = [e for e in errors if e.startswith("$.allocation.optimal: ")]
    assert unexpected and "'extra' was unexpected" in unexpected[0]


def test_same_input_gives_byte_equal_output_whatever_the_row_order() -> None:
    proposals = list(read_proposals(SAMPLE))
    first = json.dumps(service.assess(proposals, "wokt-2025", PEILDATUM, "30000000").to_dict())
    random.Random(3).shuffle(proposals)
    second = json.dumps(service.assess(proposals, "wokt-2025", PEILDATUM, "30000000").to_dict())
    assert first == second


def test_stored_round_rerun_from_records_gives_the_same_result(sample_result) -> None:
    records = [p.proposal.as_record() for p in sample_result.proposals]
    again = service.assess(
        service.proposals_from_records(records), "wokt-2025", PEILDATUM, "30000000"
    )
    assert again.to_dict() == sample_result.to_dict()


def test_budget_defaults_to_the_scheme_and_cap_is_recorded() -> None:
    result = service.assess([proposal()], "wokt-2025", PEILDATUM, max_share_per_province="0.2")
    assert result.budget_eur == Decimal(2_500_000_000)
    assert result.to_dict()["scheme"]["overrides"] == {"max_share_per_province": "0.2"}
    assert result.optimal.count == 1


def test_province_cap_limits_both_allocations() -> None:
    proposals = [proposal(f"G{k}", contribution="4000000") for k in range(3)] + [
        proposal("U1", contribution="4000000", province="Utrecht")
    ]
    result = service.assess(proposals, "wokt-2025", PEILDATUM, "12000000", "0.5")
    for allocation in (result.greedy, result.optimal):
        in_gelderland = sum(1 for pid in allocation.funded if pid.startswith("G"))
        assert in_gelderland == 1 and "U1" in allocation.funded


def test_duplicate_ids_passed_in_code_are_refused() -> None:
    with pytest.raises(InputError):
        service.assess([proposal("X"), proposal("X")], "wokt-2025", PEILDATUM)


def test_afweegkader_assessment_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "grootschalig.csv"
    path.write_text(
        "id;naam;gemeente;provincie;woningen;start_bouw;financieel_tekort;gevraagde_bijdrage;"
        "rws_betrokken;prorail_betrokken;gebied;realistische_planning;bereikbaarheidswaarde\n"
        "G1;Kanaalzone;Nijmegen;Gelderland;3.000;2029-01;90.000.000;40.000.000;ja;nee;"
        "Nijmegen Kanaalzone;ja;3\n"
        "G2;Buiten de lijst;Nijkerk;Gelderland;2.000;2028-01;50.000.000;20.000.000;nee;nee;"
        "Nijkerk;ja;2\n"
        "G3;Te laat;Apeldoorn;Gelderland;2.000;2035-03;50.000.000;20.000.000;nee;ja;"
        "Apeldoorn;ja;2\n",
        encoding="utf-8",
    )
    result = service.assess_file(path, "afweegkader-2025", dt.date(2025, 10, 1))
    verdicts = {p.proposal.id: p.eligible for p in result.proposals}
    assert verdicts == {"G1": True, "G2": False, "G3": False}
    assert result.optimal.funded == {"G1"}
    missing = tmp_path / "zonder-gebied.csv"
    missing.write_text(path.read_text(encoding="utf-8").replace(";gebied", ";x"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        service.assess_file(missing, "afweegkader-2025", dt.date(2025, 10, 1))
    assert [p.column for p in caught.value.problems] == ["gebied"]


def test_classification_json_has_the_documented_shape(tmp_path: Path, schema_errors) -> None:
    path = tmp_path / "locaties.csv"
    path.write_text(
        "id,naam,gemeente,provincie,type,metropoolregio,woningen_tm_2034,woningen_voor_2030\n"
        "L1,Stationsgebied,Apeldoorn,Gelderland,centrumgemeente,nee,4.000,1.500\n",
        encoding="utf-8",
    )
    document = service.classify_file(path).to_dict()
    assert schema_errors(json.loads(json.dumps(document)), docs_schema("classify")) == []
    assert document["locations"][0]["rijksregie_candidate"] is True


def test_the_funding_package_and_command_never_import_django() -> None:
    for path in [
        *PACKAGE.rglob("*.py"),
        REPO / "src" / "ruimtemonitor" / "commands" / "funding.py",
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n == "django" or n.startswith("django.") for n in names), path
    code = (
        "import sys, ruimtemonitor.core.funding.service, ruimtemonitor.commands.funding;"
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_custom_scheme_without_homes_criteria_still_ranks_undefined_ratios_last() -> None:
    from dataclasses import replace

    wokt = service.load_scheme("wokt-2025")
    lenient = replace(wokt, knockouts=tuple(k for k in wokt.knockouts if k.criterion == "snelheid"))
    empty = proposal("LEEG", homes=300, agreed=300, deficit="0")
    normal = proposal("GEWOON")
    result = service.assess([empty, normal], lenient, PEILDATUM)
    assert [p.proposal.id for p in result.proposals] == ["GEWOON", "LEEG"]
    assert result.optimal.funded == {"GEWOON"}  # no new homes: nothing to gain
