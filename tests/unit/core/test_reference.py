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


# CBS, Gemeentelijke indeling op 1 januari 2025: code, name and province of each municipality
# the register ships (docs/reference-data.md cites the source).
CBS_2025 = {
    "GM0203": ("Barneveld", "PV25"),
    "GM0228": ("Ede", "PV25"),
    "GM0267": ("Nijkerk", "PV25"),
    "GM0279": ("Scherpenzeel", "PV25"),
    "GM0289": ("Wageningen", "PV25"),
    "GM0339": ("Renswoude", "PV26"),
    "GM0340": ("Rhenen", "PV26"),
    "GM0345": ("Veenendaal", "PV26"),
}


def test_municipalities_match_cbs_codes_names_and_provinces() -> None:
    by_slug = {area.slug: area for area in areas()}
    municipalities = [a for a in areas() if a.kind == "gemeente"]
    assert {a.cbs_code for a in municipalities} == set(CBS_2025)
    for area in municipalities:
        name, province = CBS_2025[area.cbs_code]
        assert area.name == name
        assert by_slug[area.parent].kind == "provincie"
        assert by_slug[area.parent].cbs_code == province, area.name
    organisation_codes = {o.slug: o.cbs_code for o in organisations() if o.kind == "gemeente"}
    assert organisation_codes == {a.authority: a.cbs_code for a in municipalities}


def test_regio_foodvalley_is_a_partnership_of_eight_not_part_of_a_province() -> None:
    by_slug = {area.slug: area for area in areas()}
    region = by_slug["regio-foodvalley"]
    assert region.parent == "" and region.member_of == ("novex-arnhem-nijmegen-foodvalley",)
    members = sorted(a.name for a in areas() if "regio-foodvalley" in a.member_of)
    assert members == sorted(name for name, _ in CBS_2025.values())
    for area in areas():
        assert all(slug in by_slug for slug in area.member_of), area.slug
