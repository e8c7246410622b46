import re
from collections import Counter

import pytest

from ruimtemonitor.core.reference import (
    MUNICIPALITIES_AS_OF,
    areas,
    municipalities,
    normalise_department,
    organisations,
    region_members,
)

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


# CBS, Gemeentelijke indeling op 1 januari 2025 (docs/reference-data.md cites the source).
MUNICIPALITIES_PER_PROVINCE = {
    "PV20": 10,  # Groningen
    "PV21": 18,  # Fryslân
    "PV22": 12,  # Drenthe
    "PV23": 25,  # Overijssel
    "PV24": 6,  # Flevoland
    "PV25": 51,  # Gelderland
    "PV26": 26,  # Utrecht
    "PV27": 44,  # Noord-Holland
    "PV28": 50,  # Zuid-Holland
    "PV29": 13,  # Zeeland
    "PV30": 56,  # Noord-Brabant
    "PV31": 31,  # Limburg
}
# Code, name and province of the municipalities the register's own rules name, and of the
# most recent mergers (which an outdated list would miss).
CBS_2025 = {
    "GM0203": ("Barneveld", "PV25"),
    "GM0228": ("Ede", "PV25"),
    "GM0267": ("Nijkerk", "PV25"),
    "GM0279": ("Scherpenzeel", "PV25"),
    "GM0289": ("Wageningen", "PV25"),
    "GM0339": ("Renswoude", "PV26"),
    "GM0340": ("Rhenen", "PV26"),
    "GM0345": ("Veenendaal", "PV26"),
    "GM0344": ("Utrecht", "PV26"),
    "GM0014": ("Groningen", "PV20"),
    "GM0363": ("Amsterdam", "PV27"),
    "GM0518": ("'s-Gravenhage", "PV28"),
    "GM0796": ("'s-Hertogenbosch", "PV30"),
    "GM0373": ("Bergen (NH.)", "PV27"),
    "GM0893": ("Bergen (L.)", "PV31"),
    "GM1979": ("Eemsdelta", "PV20"),
    "GM1980": ("Dijk en Waard", "PV27"),
    "GM1982": ("Land van Cuijk", "PV30"),
    "GM1991": ("Maashorst", "PV30"),
    "GM1992": ("Voorne aan Zee", "PV28"),
}
FOODVALLEY = {"GM0203", "GM0228", "GM0267", "GM0279", "GM0289", "GM0339", "GM0340", "GM0345"}


def _municipal_areas() -> list:
    return [a for a in areas() if a.kind == "gemeente"]


def test_all_342_municipalities_with_unique_cbs_codes() -> None:
    rows = municipalities()
    assert len(rows) == 342
    codes = [row.cbs_code for row in rows]
    assert len(set(codes)) == 342
    assert all(re.fullmatch(r"GM\d{4}", code) for code in codes)
    assert len({row.name for row in rows}) == 342
    assert len({row.slug for row in rows}) == 342
    assert MUNICIPALITIES_AS_OF == "2025-01-01"


def test_municipalities_per_province_match_cbs() -> None:
    assert Counter(row.province for row in municipalities()) == MUNICIPALITIES_PER_PROVINCE
    assert sum(MUNICIPALITIES_PER_PROVINCE.values()) == 342


def test_every_municipality_lies_in_exactly_one_province() -> None:
    by_slug = {area.slug: area for area in areas()}
    province_of = {row.cbs_code: row.province for row in municipalities()}
    gemeenten = _municipal_areas()
    assert len(gemeenten) == 342
    for area in gemeenten:
        parent = by_slug[area.parent]
        assert parent.kind == "provincie", area.name
        assert parent.cbs_code == province_of[area.cbs_code], area.name
        # a partnership is no province: membership never places it in a second one
        assert all(by_slug[slug].kind != "provincie" for slug in area.member_of), area.name


def test_municipalities_match_cbs_codes_names_and_provinces() -> None:
    by_slug = {area.slug: area for area in areas()}
    by_code = {area.cbs_code: area for area in _municipal_areas()}
    for code, (name, province) in CBS_2025.items():
        assert by_code[code].name == name
        assert by_slug[by_code[code].parent].cbs_code == province, name
    organisation_codes = {o.slug: o.cbs_code for o in organisations() if o.kind == "gemeente"}
    assert organisation_codes == {a.authority: a.cbs_code for a in _municipal_areas()}
    ede = next(o for o in organisations() if o.cbs_code == "GM0228")
    assert (ede.slug, ede.name, ede.abbreviation) == ("gemeente-ede", "Gemeente Ede", "Ede")
    assert ede.tooi_uri == "https://identifier.overheid.nl/tooi/id/gemeente/gm0228"


def test_rhenen_veenendaal_renswoude_lie_in_utrecht_and_nijkerk_in_gelderland() -> None:
    by_slug = {area.slug: area for area in areas()}
    for slug in ("gemeente-rhenen", "gemeente-veenendaal", "gemeente-renswoude"):
        assert by_slug[slug].parent == "provincie-utrecht"
        assert by_slug[slug].member_of == ("regio-foodvalley",)
    assert by_slug["gemeente-nijkerk"].parent == "provincie-gelderland"
    assert by_slug["gemeente-nijkerk"].member_of == ("regio-foodvalley",)
    assert "Hoevelaken" in by_slug["gemeente-nijkerk"].aliases


def test_regio_foodvalley_is_a_partnership_of_eight_not_part_of_a_province() -> None:
    by_slug = {area.slug: area for area in areas()}
    region = by_slug["regio-foodvalley"]
    assert region.parent == "" and region.member_of == ("novex-arnhem-nijmegen-foodvalley",)
    members = {a.cbs_code for a in areas() if "regio-foodvalley" in a.member_of}
    assert members == FOODVALLEY == set(region_members()["regio-foodvalley"])


def test_memberships_refer_to_existing_municipalities_and_areas() -> None:
    codes = {row.cbs_code for row in municipalities()}
    by_slug = {area.slug: area for area in areas()}
    for region, members in region_members().items():
        assert by_slug[region].kind in {"regio", "novex"}, region
        assert len(members) == len(set(members)), region
        assert set(members) <= codes, region
    for area in areas():
        assert all(slug in by_slug for slug in area.member_of), area.slug
