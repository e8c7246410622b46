"""Query parameters: every agreement filter of the pages matches and excludes, and the other
collections' filters do what their names say."""

from __future__ import annotations

import datetime as dt

import pytest

from ruimtemonitor.organisations.models import Area
from ruimtemonitor.register.models import Agreement

# (query, numbers and years that match, a query of the same parameter that matches nothing
# of those). The register fixture has: Gelderland 2024 "2.1" (previous), Gelderland 2025
# "2.1" water and "3.1" housing, Utrecht 2025 "4.2" mobility.
AGREEMENT_CASES = [
    ("zoek=drinkwateropgave", {"2.1/2025"}, "zoek=kernfusie"),
    ("provincie=provincie-utrecht", {"4.2/2025"}, "provincie=provincie-zeeland"),
    ("gebied=novex-utrecht-amersfoort", {"4.2/2025"}, "gebied=novex-de-peel"),
    ("generatie=2", {"2.1/2025", "3.1/2025"}, "generatie=7"),
    ("jaar=2024", {"2.1/2024"}, "jaar=2019"),
    ("hoofdstuk=3", {"3.1/2025"}, "hoofdstuk=9"),
    ("type=onderzoeksafspraak", {"3.1/2025"}, "type=procesafspraak&jaar=2024"),
    ("departement=vro", {"3.1/2025", "4.2/2025"}, "departement=defensie&jaar=2024"),
    ("partij=provincie-utrecht", {"4.2/2025"}, "partij=provincie-zeeland"),
    ("status=lopend", {"3.1/2025"}, "status=vervallen"),
    ("beoordeling=voorgesteld", {"2.1/2025"}, "beoordeling=afgewezen"),
    ("deadlineVan=2026-01-01", {"3.1/2025", "4.2/2025"}, "deadlineVan=2030-01-01"),
    ("deadlineTot=2025-12-31", {"2.1/2025"}, "deadlineTot=2025-01-01"),
]


def numbers(records: list[dict]) -> set[str]:
    return {f"{r['nummer']}/{r['arrangement']['jaar']}" for r in records}


@pytest.mark.parametrize(("query", "expected", "nothing"), AGREEMENT_CASES)
def test_agreement_filters_match_and_exclude(
    api, register, embedded, query, expected, nothing
) -> None:
    assert numbers(embedded(api.get(f"/api/v1/afspraken?{query}"), "afspraken")) == expected
    assert embedded(api.get(f"/api/v1/afspraken?{nothing}"), "afspraken") == []


def test_agreement_filters_by_arrangement_and_document(api, register, embedded) -> None:
    def listed(query: str) -> set[str]:
        return numbers(embedded(api.get(f"/api/v1/afspraken?{query}"), "afspraken"))

    assert listed(f"arrangement={register.utrecht_2025.pk}") == {"4.2/2025"}
    assert listed(f"arrangement={register.utrecht_2025.pk + 1000}") == set()
    assert listed(f"document={register.letter.pk}") == {"2.1/2025", "3.1/2025"}
    assert listed(f"document={register.bundle.pk}") == {"2.1/2025"}  # through its letter
    assert listed(f"document={register.letter.pk + 1000}") == set()
    assert listed("provincie=provincie-gelderland&jaar=2025&status=open") == {"2.1/2025"}


def test_agreements_sort_as_asked(api, register, embedded) -> None:
    def order(query: str) -> list[str]:
        return [r["nummer"] for r in embedded(api.get(f"/api/v1/afspraken?{query}"), "afspraken")]

    # Bereikbaarheid …, Water …, Woningbouw …
    assert order("jaar=2025&sorteer=titel") == ["4.2", "2.1", "3.1"]
    assert order("jaar=2025&sorteer=-titel") == ["3.1", "2.1", "4.2"]
    assert order("jaar=2025&sorteer=-nummer") == ["4.2", "3.1", "2.1"]
    assert order("jaar=2025&sorteer=deadline") == ["2.1", "3.1", "4.2"]
    Agreement.objects.filter(pk=register.water.pk).update(
        updated_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    )
    assert order("jaar=2025&sorteer=-gewijzigd")[0] == "2.1"


@pytest.mark.parametrize(
    ("query", "expected", "nothing"),
    [
        ("eigenaar=vro", {"housing_bullet"}, "eigenaar=provincie-zeeland"),
        ("status=afgerond", {"mobility_bullet"}, "status=vervallen"),
        ("beoordeling=voorgesteld", {"water_bullet"}, "beoordeling=afgewezen"),
        ("deadlineVan=2026-06-01", {"mobility_bullet"}, "deadlineVan=2031-01-01"),
        ("deadlineTot=2026-06-01", {"water_bullet", "housing_bullet"}, "deadlineTot=2020-01-01"),
    ],
)
def test_commitment_filters(api, register, embedded, query, expected, nothing) -> None:
    ids = {getattr(register, name).pk for name in expected}
    listed = embedded(api.get(f"/api/v1/toezeggingen?{query}"), "toezeggingen")
    assert {r["id"] for r in listed} == ids
    assert embedded(api.get(f"/api/v1/toezeggingen?{nothing}"), "toezeggingen") == []


def test_commitments_of_one_agreement(api, register, embedded) -> None:
    listed = embedded(api.get(f"/api/v1/toezeggingen?afspraak={register.water.pk}"), "toezeggingen")
    assert [r["id"] for r in listed] == [register.water_bullet.pk, register.water_second.pk]
    assert {r["afspraak"] for r in listed} == {register.water.pk}
    owned = embedded(api.get("/api/v1/toezeggingen?eigenaar=vro"), "toezeggingen")
    assert [r["trekker"] for r in owned] == ["vro"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("regio=mirt-oost", ["via15"]),
        ("regio=provincie-gelderland", ["via15"]),
        ("regio=mirt-zuid", []),
        ("fase=onderzoek", ["lelylijn"]),
        ("fase=verkenning", []),
        ("status=gepauzeerd", ["via15"]),
        ("status=gestopt", []),
        ("zoek=ressen a15", ["via15"]),
        ("zoek=hyperloop", []),
    ],
)
def test_project_filters(api, register, embedded, query, expected) -> None:
    listed = embedded(api.get(f"/api/v1/projecten?{query}"), "projecten")
    assert [r["slug"] for r in listed] == expected


def test_document_filters(api, register, embedded) -> None:
    def titles(query: str) -> set[str]:
        return {r["titel"] for r in embedded(api.get(f"/api/v1/documenten?{query}"), "documenten")}

    assert titles("soort=bundel") == {register.bundle.title}
    assert titles("soort=kamerbrief") == set()
    assert titles("jaar=2025") == {register.bundle.title, register.letter.title}
    assert titles("jaar=2023") == set()
    assert titles("zoek=gelderland") == {register.letter.title}
    assert titles("zoek=zeeland") == set()


def test_organisation_and_area_filters(api, reference_data, embedded) -> None:
    ministries = embedded(api.get("/api/v1/organisaties?soort=ministerie"), "organisaties")
    assert ministries and {r["soort"] for r in ministries} == {"ministerie"}
    assert "ienw" in {r["slug"] for r in ministries}

    novex = embedded(api.get("/api/v1/gebieden?soort=novex&paginaGrootte=100"), "gebieden")
    assert len(novex) == Area.objects.filter(kind="novex").count() > 10
    assert {r["soort"] for r in novex} == {"novex"}
    inside_east = embedded(api.get("/api/v1/gebieden?bovenliggend=landsdeel-oost"), "gebieden")
    assert inside_east and {r["bovenliggend"] for r in inside_east} == {"landsdeel-oost"}
    assert embedded(api.get("/api/v1/gebieden?bovenliggend=nergens"), "gebieden") == []
