from pathlib import Path

import pytest

from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.organisations.services import OrganisationImportError, import_organisations_csv


def test_municipalities_are_imported_with_their_area_in_the_province(
    reference_data, tmp_path: Path
) -> None:
    csv_file = tmp_path / "gemeenten.csv"
    csv_file.write_text(
        "soort;naam;cbs_code;provincie;aliassen\n"
        "gemeente;Zeist;GM0355;Utrecht;\n"
        "regio;Regio Amersfoort;;;Amersfoort regio\n",
        encoding="utf-8",
    )
    report = import_organisations_csv(csv_file)
    assert (report.created, report.unchanged) == (1, 1)  # Zeist is shipped (CBS 2025)
    zeist = Organisation.objects.get(cbs_code="GM0355")
    assert (zeist.slug, zeist.name) == ("gemeente-zeist", "Gemeente Zeist")
    assert zeist.tooi_uri == "https://identifier.overheid.nl/tooi/id/gemeente/gm0355"
    assert Area.objects.get(slug="gemeente-zeist").parent.slug == "provincie-utrecht"
    assert Organisation.objects.get(slug="regio-amersfoort").aliases == ["Amersfoort regio"]
    assert import_organisations_csv(csv_file).unchanged == 2


def test_a_historic_municipality_is_imported_in_its_province(reference_data, tmp_path) -> None:
    csv_file = tmp_path / "gemeenten.csv"
    csv_file.write_text("soort;naam;cbs_code;provincie\ngemeente;Haaren;GM0788;Noord-Brabant\n")
    assert import_organisations_csv(csv_file).created == 1
    assert Area.objects.get(slug="gemeente-haaren").parent.slug == "provincie-noord-brabant"


def test_a_shipped_municipality_is_checked_against_cbs_and_only_gains_aliases(
    reference_data, tmp_path: Path
) -> None:
    wrong = tmp_path / "fout.csv"
    wrong.write_text(
        "soort;naam;cbs_code;provincie\n"
        "gemeente;Rhenen;GM0340;Gelderland\n"
        "gemeente;Veenendaal;GM0228;Utrecht\n"
        "gemeente;Wageningen;GM0345;Gelderland\n",
        encoding="utf-8",
    )
    with pytest.raises(OrganisationImportError) as error:
        import_organisations_csv(wrong)
    assert [(p.row, p.column) for p in error.value.problems] == [
        (2, "provincie"),
        (3, "cbs_code"),
        (4, "cbs_code"),
    ]
    aliases = tmp_path / "aliassen.csv"
    aliases.write_text(
        "soort;naam;cbs_code;provincie;aliassen\n"
        "gemeente;Den Haag;GM0518;Zuid-Holland;'s-Gravenhage|Haagse regio\n",
        encoding="utf-8",
    )
    assert import_organisations_csv(aliases).updated == 1
    den_haag = Organisation.objects.get(cbs_code="GM0518")
    assert den_haag.slug == "gemeente-s-gravenhage"
    assert den_haag.aliases == ["Den Haag", "Haagse regio"]
    assert Area.objects.get(slug="gemeente-s-gravenhage").aliases == ["Den Haag", "Haagse regio"]
    assert import_organisations_csv(aliases).unchanged == 1
    assert Organisation.objects.filter(cbs_code__startswith="GM").count() == 342


def test_a_municipality_lies_in_its_province_and_keeps_its_region_membership(
    reference_data, tmp_path: Path
) -> None:
    csv_file = tmp_path / "gemeenten.csv"
    csv_file.write_text("soort;naam;cbs_code;provincie\ngemeente;Ede;GM0228;Gelderland\n")
    import_organisations_csv(csv_file)
    ede = Area.objects.get(slug="gemeente-ede")
    assert ede.parent.slug == "provincie-gelderland"
    assert list(ede.member_of.values_list("slug", flat=True)) == ["regio-foodvalley"]


def test_every_problem_is_listed_and_nothing_is_stored(reference_data, tmp_path: Path) -> None:
    csv_file = tmp_path / "fout.csv"
    csv_file.write_text(
        "soort,naam,cbs_code,provincie\ngemeente,Ede,GM0228,Gelderland\nkasteel,Muiderslot,,\ngemeente,,XX12,Atlantis\n",
        encoding="utf-8",
    )
    before = Organisation.objects.count()
    with pytest.raises(OrganisationImportError) as error:
        import_organisations_csv(csv_file)
    problems = [(p.row, p.column) for p in error.value.problems]
    assert problems == [(3, "soort"), (4, "naam"), (4, "cbs_code"), (4, "provincie")]
    assert "nothing was imported" in str(error.value)
    assert Organisation.objects.count() == before


def test_missing_columns_are_reported(reference_data, tmp_path: Path) -> None:
    csv_file = tmp_path / "kolommen.csv"
    csv_file.write_text("type,titel\ngemeente,Ede\n", encoding="utf-8")
    with pytest.raises(OrganisationImportError) as error:
        import_organisations_csv(csv_file)
    assert [p.column for p in error.value.problems] == ["kind", "name"]
