"""The one rule of which areas a record concerns (core.areas.reach), level by level."""

from __future__ import annotations

from ruimtemonitor.core.areas import AreaNode, reach

# landsdeel 1 > provinces 2 (Gelderland), 3 (Utrecht); municipalities 4 (Ede, in 2) and
# 5 (Rhenen, in 3) are members of region 6, itself a member of NOVEX area 7.
NODES = [
    AreaNode(1, "landsdeel"),
    AreaNode(2, "provincie", parent=1),
    AreaNode(3, "provincie"),
    AreaNode(4, "gemeente", parent=2, member_of=(6,)),
    AreaNode(5, "gemeente", parent=3, member_of=(6,)),
    AreaNode(6, "regio", member_of=(7,)),
    AreaNode(7, "novex"),
]
REACH = reach(NODES)


def test_a_landsdeel_reaches_its_provinces_and_their_municipalities() -> None:
    assert REACH[1] == {1, 2, 4}


def test_a_province_reaches_its_own_municipalities_only() -> None:
    assert REACH[2] == {2, 4}
    assert REACH[3] == {3, 5}  # Rhenen lies in Utrecht, whatever region it is a member of


def test_a_region_reaches_its_members_in_both_provinces_and_its_novex_area() -> None:
    assert REACH[6] == {6, 4, 5, 7}


def test_a_novex_area_reaches_its_member_regions_and_their_municipalities() -> None:
    assert REACH[7] == {7, 6, 4, 5}


def test_a_municipality_reaches_its_partnerships_but_not_its_province() -> None:
    assert REACH[4] == {4, 6, 7}


def test_a_cycle_in_the_data_ends() -> None:
    looped = reach([AreaNode(1, "regio", member_of=(2,)), AreaNode(2, "regio", member_of=(1,))])
    assert looped == {1: {1, 2}, 2: {1, 2}}
