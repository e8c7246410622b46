import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from funding_helpers import SAMPLE

from ruimtemonitor.core.funding.errors import InputError, Problem
from ruimtemonitor.core.funding.reading import (
    normalise_province,
    proposals_from_records,
    read_proposals,
)

pytestmark = pytest.mark.unit

HEADER = (
    "id,naam,gemeente,provincie,woningen,woningen_al_afgesproken,start_bouw,"
    "financieel_tekort,gevraagde_bijdrage,btw,rws_betrokken,prorail_betrokken,effect_hoofdnet"
)


def _write(
    tmp_path: Path, text: str, name: str = "voorstellen.csv", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _problems(path: Path, required: tuple[str, ...] = ()) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        read_proposals(path, required)
    return list(caught.value.problems)


def test_semicolon_csv_with_dutch_numbers() -> None:
    proposals = {p.id: p for p in read_proposals(SAMPLE)}
    assert len(proposals) == 14
    assert proposals["P03"].deficit_eur == Decimal("10000000.00")
    assert proposals["P04"].contribution_eur == Decimal("6500000.01")
    assert proposals["P13"].homes == 1200  # "1.200"
    assert proposals["P06"].vat_included is False
    assert proposals["P10"].start == dt.date(2030, 7, 1) and not proposals["P10"].start_has_day
    assert proposals["P11"].homes_already_agreed == 300
    assert proposals["P01"].row == 2


def test_comma_csv_with_english_aliases_and_defaults(tmp_path: Path) -> None:
    text = (
        "id,name,municipality,province,homes,construction_start,financial_deficit,"
        "requested_contribution,rws_involved,prorail_involved\n"
        "A1,Test,Ede,PV25,250,2026-01-15,1234567.89,600000,no,yes\n"
    )
    (only,) = read_proposals(_write(tmp_path, text))
    assert only.province == "Gelderland"
    assert only.deficit_eur == Decimal("1234567.89")
    assert only.homes_already_agreed == 0 and only.vat_included is True
    assert only.main_network_effect is None and only.prorail_involved is True


def test_windows_1252_semicolon_file_from_dutch_excel(tmp_path: Path) -> None:
    text = (
        HEADER.replace(",", ";")
        + "\nA1;Fryslân-plan;Súdwest-Fryslân;Friesland;300;0;2026-01;1.000,00;500,00;"
        + "incl;nee;nee;\n"
    )
    (only,) = read_proposals(_write(tmp_path, text, encoding="cp1252"))
    assert only.province == "Fryslân" and only.name == "Fryslân-plan"


def test_xlsx_input(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    sheet.append(
        [
            "X1",
            "Plan",
            "Ede",
            "Gelderland",
            300,
            None,
            dt.datetime(2026, 3, 1),
            1_000_000.5,
            "500.000,25",
            "excl",
            "ja",
            "nee",
            -1,
        ]
    )
    sheet.append([None] * 13)  # an empty row is skipped
    sheet.append(
        [
            2,
            "Plan 2",
            "Ede",
            "Gelderland",
            "1.200",
            200,
            "2026-04",
            2_000_000,
            900_000,
            None,
            "nee",
            "nee",
            None,
        ]
    )
    path = tmp_path / "voorstellen.xlsx"
    workbook.save(path)
    first, second = read_proposals(path)
    assert first.deficit_eur == Decimal("1000000.5") and first.contribution_eur == Decimal(
        "500000.25"
    )
    assert first.start == dt.date(2026, 3, 1) and first.start_has_day and not first.vat_included
    assert first.main_network_effect == -1
    assert second.id == "2" and second.homes == 1200 and second.row == 4


def test_every_problem_is_reported_at_once_with_row_column_value_and_expectation(
    tmp_path: Path,
) -> None:
    text = (
        "id;naam;gemeente;provincie;woningen;start_bouw;financieel_tekort;gevraagde_bijdrage;"
        "rws_betrokken;effect_hoofdnet\n"
        "A1;Plan;Ede;Gelderland;12a;2026-01;1.000,00;500,00;nee;0\n"  # unparseable number
        "A2;Plan;Ede;Gelderland;300;juli 2026;1.000,00;500,00;nee;0\n"  # unparseable date
        "A3;Plan;Ede;Gelderland;300;2026-01;-1.000,00;500,00;nee;0\n"  # negative amount
        "A1;Plan;Ede;Gelderland;300;2026-01;1.000,00;500,00;nee;0\n"  # duplicate id
        "A5;Plan;Ede;Holland;300;2026-01;1.000,00;500,00;nee;0\n"  # unknown province
        "A6;Plan;Ede;Utrecht;300;2026-01;1.000,00;500,00;misschien;5\n"  # yes/no, range
    )
    problems = _problems(_write(tmp_path, text))
    found = {(p.row, p.column, p.value) for p in problems}
    assert (None, "prorail_betrokken", "") in found  # missing column
    assert (2, "woningen", "12a") in found
    assert (3, "start_bouw", "juli 2026") in found
    assert (4, "financieel_tekort", "-1.000,00") in found
    assert (5, "id", "A1") in found
    assert (6, "provincie", "Holland") in found
    assert (7, "rws_betrokken", "misschien") in found
    assert (7, "effect_hoofdnet", "5") in found
    assert len(problems) == 8
    for problem in problems:
        assert problem.source == "voorstellen.csv" and problem.expected
        line = str(problem)
        assert line.startswith("voorstellen.csv, ") and "verwacht" in line
    duplicate = next(p for p in problems if p.column == "id")
    assert "rij 2" in duplicate.expected
    province = next(p for p in problems if p.column == "provincie")
    assert "Gelderland" in province.expected


def test_homes_already_agreed_cannot_exceed_homes(tmp_path: Path) -> None:
    text = HEADER + "\nA1,Plan,Ede,Gelderland,300,301,2026-01,1000,500,incl,nee,nee,\n"
    (problem,) = _problems(_write(tmp_path, text))
    assert (problem.row, problem.column, problem.value) == (2, "woningen_al_afgesproken", "301")


def test_empty_required_cells_and_bad_vat(tmp_path: Path) -> None:
    text = HEADER + "\n,Plan,,Gelderland,300,0,2026-01,1000,500,inclusief btw,nee,nee,\n"
    problems = {(p.column, p.value) for p in _problems(_write(tmp_path, text))}
    assert problems == {("id", ""), ("gemeente", ""), ("btw", "inclusief btw")}


def test_scheme_specific_columns_are_required_when_asked(tmp_path: Path) -> None:
    text = HEADER + "\nA1,Plan,Ede,Gelderland,300,0,2026-01,1000,500,incl,nee,nee,\n"
    problems = _problems(_write(tmp_path, text), ("gebied", "realistische_planning"))
    assert {(p.row, p.column) for p in problems} == {
        (None, "gebied"),
        (None, "realistische_planning"),
    }


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    assert "kopregel" in _problems(_write(tmp_path, ""))[-1].expected
    assert "gegevensrij" in _problems(_write(tmp_path, HEADER + "\n"))[0].expected


def test_missing_file_and_old_excel(tmp_path: Path) -> None:
    assert "bestaand bestand" in _problems(tmp_path / "weg.csv")[0].expected
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert "XLSX" in _problems(old)[0].expected


def test_provinces_by_name_alias_and_cbs_code() -> None:
    assert normalise_province("Friesland") == "Fryslân"
    assert normalise_province("pv30") == "Noord-Brabant"
    assert normalise_province("Provincie Zeeland") == "Zeeland"
    with pytest.raises(ValueError):
        normalise_province("Vlaanderen")


def test_records_round_trip_gives_the_same_proposals() -> None:
    proposals = read_proposals(SAMPLE)
    again = proposals_from_records([p.as_record() for p in proposals])
    strip = [
        (p.id, p.homes, p.start, p.start_has_day, p.contribution_eur, p.vat_included)
        for p in proposals
    ]
    assert strip == [
        (p.id, p.homes, p.start, p.start_has_day, p.contribution_eur, p.vat_included) for p in again
    ]
