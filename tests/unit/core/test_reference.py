import pytest

from ruimtemonitor.core.reference import areas, normalise_department, organisations

pytestmark = pytest.mark.unit


def test_twelve_provinces_with_cbs_codes_pv20_to_pv31() -> None:
    provinces = [o for o in organisations() if o.kind == "provincie"]
    assert sorted(o.cbs_code for o in provinces) == [f"PV{n}" for n in range(20, 32)]
    gelderland = next(o for o in provinces if o.cbs_code == "PV25")
    assert gelderland.tooi_uri == "https://identifier.overheid.nl/tooi/id/provincie/pv25"


@pytest.mark.parametrize(
    ("as_written", "expected"),
    [
        ("I&W", "IenW"),
        ("IenM", "IenW"),
        ("LVV", "LVVN"),
        ("lnv", "LVVN"),
        ("Ministerie van Defensie", "Defensie"),
        ("Alle departementen", "*"),
        ("KGG", "KGG"),
        ("VRO.", "VRO"),
        ("Rijkswaterstaat", None),
        ("Gelderland", None),
    ],
)
def test_department_aliases_normalise(as_written: str, expected: str | None) -> None:
    assert normalise_department(as_written) == expected


def test_slugs_are_unique_and_parents_exist() -> None:
    area_slugs = [a.slug for a in areas()]
    org_slugs = {o.slug for o in organisations()}
    assert len(area_slugs) == len(set(area_slugs))
    for area in areas():
        assert not area.parent or area.parent in area_slugs
        assert not area.authority or area.authority in org_slugs


def test_housing_areas_seventeen_existing_and_four_new() -> None:
    housing = [a for a in areas() if a.kind == "woningbouwgebied"]
    assert sum(a.housing_programme == "bestaand" for a in housing) == 17
    assert sum(a.housing_programme == "nieuw_2025" for a in housing) == 4


def test_novex_areas_are_typed() -> None:
    novex = [a for a in areas() if a.kind == "novex"]
    assert len(novex) == 15  # the letter says 16 and names 15; see docs/reference-data.md
    assert {a.novex_type for a in novex} == {
        "verstedelijking",
        "haven_industrie",
        "landelijk",
        "lelylijn",
    }
