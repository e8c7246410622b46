import argparse
import csv
import io
import json
from pathlib import Path

import pytest
from funding_helpers import SAMPLE

from ruimtemonitor.commands import funding

pytestmark = pytest.mark.unit


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="ruimtemonitor")
    subparsers = parser.add_subparsers()
    funding.register(subparsers)
    args = parser.parse_args(argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


ASSESS = ["funding", "assess", str(SAMPLE), "--scheme", "wokt-2025", "--peildatum", "2025-07-01"]


def test_assess_prints_json(capsys) -> None:
    code, out, err = run([*ASSESS, "--budget", "30.000.000"], capsys)
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["scheme"]["name"] == "wokt-2025"
    assert document["peildatum"] == "2025-07-01"
    assert document["allocation"]["optimal"]["proven_optimal"] is True
    assert len(document["proposals"]) == 14


def test_assess_csv_and_overrides(capsys) -> None:
    code, out, _ = run(
        [*ASSESS, "--format", "csv", "--threshold", "aantal=250", "--weight", "snelheid=0.9"],
        capsys,
    )
    assert code == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["P01"]["aantal_passed"] == "false"  # 200 < 250 after the override
    assert rows["P13"]["eligible"] == "true"


def test_assess_with_province_cap_writes_file(tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "uitkomst.json"
    code, out, _ = run(
        [
            *ASSESS,
            "--budget",
            "30000000",
            "--max-share-per-province",
            "0.25",
            "--out",
            str(out_file),
        ],
        capsys,
    )
    assert code == 0 and "bewezen optimaal" in out
    document = json.loads(out_file.read_text(encoding="utf-8"))
    assert document["scheme"]["overrides"] == {"max_share_per_province": "0.25"}


def test_xlsx_needs_out_and_then_writes_a_workbook(tmp_path: Path, capsys) -> None:
    code, _, err = run([*ASSESS, "--format", "xlsx"], capsys)
    assert code == 2 and "--out" in err
    target = tmp_path / "uitkomst.xlsx"
    code, _, _ = run([*ASSESS, "--format", "xlsx", "--out", str(target)], capsys)
    assert code == 0
    from openpyxl import load_workbook

    workbook = load_workbook(target, read_only=True)
    assert workbook.sheetnames == ["Voorstellen", "Toetsing", "Allocatie", "Regeling"]
    rows = list(workbook["Toetsing"].iter_rows(values_only=True))
    assert len(rows) == 1 + 14 * 4
    workbook.close()


def test_bad_input_exits_2_and_lists_every_problem(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "fout.csv"
    bad.write_text(
        "id;naam;gemeente;provincie;woningen;start_bouw;financieel_tekort;gevraagde_bijdrage;"
        "rws_betrokken;prorail_betrokken\n"
        "A;X;Ede;Gelderland;veel;2026-01;1.000;500;nee;nee\n"
        "A;X;Ede;Holland;300;2026-13;-5;500;nee;nee\n",
        encoding="utf-8",
    )
    code, out, err = run(
        ["funding", "assess", str(bad), "--scheme", "wokt-2025", "--peildatum", "2025-07-01"],
        capsys,
    )
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 5
    for line in lines:
        assert line.startswith("fout.csv, rij ") and "kolom " in line and "waarde " in line
        assert "verwacht" in line
    assert any("kolom provincie, waarde 'Holland'" in line for line in lines)


def test_unknown_scheme_and_bad_override_exit_2(capsys) -> None:
    code, _, err = run([*ASSESS[:3], "--scheme", "wokt-1999", "--peildatum", "2025-07-01"], capsys)
    assert code == 2 and "wokt-2025" in err
    code, _, err = run([*ASSESS, "--weight", "snelheid"], capsys)
    assert code == 2 and "NAAM=WAARDE" in err


def test_bad_peildatum_is_an_argument_error(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run([*ASSESS[:-1], "1-7-2025"], capsys)
    assert caught.value.code == 2


def test_classify_json_and_csv(tmp_path: Path, capsys) -> None:
    path = tmp_path / "locaties.csv"
    path.write_text(
        "id,naam,gemeente,type,metropoolregio,woningen_tm_2034,woningen_voor_2030\n"
        "L1,Centrum,Haarlem,centrumgemeente,ja,1500,500\n",
        encoding="utf-8",
    )
    code, out, _ = run(["funding", "classify", str(path)], capsys)
    assert code == 0
    location = json.loads(out)["locations"][0]
    assert location["threshold"] == 2000 and location["regional_large_scale"] is False
    code, out, _ = run(["funding", "classify", str(path), "--format", "csv"], capsys)
    assert code == 0 and next(csv.DictReader(io.StringIO(out)))["regional_large_scale"] == "false"
    code, out, _ = run(
        ["funding", "classify", str(path), "--threshold", "centrumgemeente_metropool=1500"], capsys
    )
    assert json.loads(out)["locations"][0]["regional_large_scale"] is True


def test_the_example_in_the_docs_is_the_test_sample() -> None:
    example = Path(__file__).resolve().parents[4] / "docs" / "examples" / "wokt-voorbeeld.csv"
    assert example.read_bytes() == SAMPLE.read_bytes()
