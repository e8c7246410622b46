"""Pages: HAL links and headers, limits on the page size, and a query count that does not
grow with the number of records on the page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def test_links_lead_through_the_pages_and_keep_the_filters(api, reference_data) -> None:
    total = Organisation.objects.count()
    size = 10
    pages = -(-total // size)
    response = api.get(f"/api/v1/organisaties?paginaGrootte={size}&pagina=2")
    assert response.status_code == 200
    body = response.json()
    links = {rel: link["href"] for rel, link in body["_links"].items()}
    assert set(links) == {"self", "first", "prev", "next", "last"}
    assert query_of(links["self"]) == {"paginaGrootte": ["10"], "pagina": ["2"]}
    assert query_of(links["first"]) == {"paginaGrootte": ["10"]}
    assert query_of(links["prev"]) == {"paginaGrootte": ["10"]}
    assert query_of(links["next"]) == {"paginaGrootte": ["10"], "pagina": ["3"]}
    assert query_of(links["last"]) == {"paginaGrootte": ["10"], "pagina": [str(pages)]}
    assert body["pagina"] == {
        "nummer": 2,
        "grootte": 10,
        "totaal": total,
        "aantalPaginas": pages,
    }
    assert len(body["_embedded"]["organisaties"]) == 10
    assert response["X-Total-Count"] == str(total)
    assert f'<{links["next"]}>; rel="next"' in response["Link"]
    assert f'<{links["first"]}>; rel="first"' in response["Link"]

    # Following "next" to the end visits every record once.
    seen: list[int] = []
    href: str | None = "http://testserver/api/v1/organisaties?paginaGrootte=10"
    while href:
        page = api.get(href).json()
        seen += [record["id"] for record in page["_embedded"]["organisaties"]]
        href = page["_links"].get("next", {}).get("href")
    assert len(seen) == len(set(seen)) == total


def test_first_and_last_page_have_no_prev_and_no_next(api, reference_data) -> None:
    first = api.get("/api/v1/gebieden?soort=provincie").json()
    assert first["pagina"] == {"nummer": 1, "grootte": 20, "totaal": 12, "aantalPaginas": 1}
    assert "prev" not in first["_links"] and "next" not in first["_links"]
    assert first["_links"]["first"]["href"] == first["_links"]["last"]["href"]


def test_an_empty_collection_has_one_empty_page(api, db) -> None:
    body = api.get("/api/v1/afspraken").json()
    assert body["_embedded"] == {"afspraken": []}
    assert body["pagina"] == {"nummer": 1, "grootte": 20, "totaal": 0, "aantalPaginas": 1}


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("paginaGrootte=101", {"paginaGrootte"}),
        ("paginaGrootte=0&pagina=nul", {"paginaGrootte", "pagina"}),
        ("pagina=-1", {"pagina"}),
        ("pagina=99999999999", {"pagina"}),
    ],
)
def test_bad_page_parameters_are_400_problems(api, reference_data, problem, query, names) -> None:
    response = api.get(f"/api/v1/gebieden?soort=provincie&{query}")
    assert response.status_code == 400
    assert {p["name"] for p in problem(response)["invalidParams"]} == names


def test_a_page_past_the_last_is_a_404_problem(api, reference_data, problem) -> None:
    response = api.get("/api/v1/gebieden?soort=provincie&pagina=5")
    assert response.status_code == 404
    assert "1" in problem(response)["detail"]  # names the last page


def make_agreements(count: int, year: int) -> None:
    """``count`` agreements, each with two commitments, departments, parties and areas."""
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Gelderland",
        area=Area.objects.get(slug="provincie-gelderland"),
        year=year,
    )
    ienw = Organisation.objects.get(slug="ienw")
    gelderland = Organisation.objects.get(slug="provincie-gelderland")
    province = Area.objects.get(slug="provincie-gelderland")
    for n in range(count):
        agreement = Agreement.objects.create(
            arrangement=arrangement,
            number=f"1.{n}",
            title=f"Afspraak {n}",
            types=["procesafspraak"],
        )
        agreement.departments.add(ienw)
        agreement.parties.add(gelderland)
        agreement.areas.add(province)
        for position in (1, 2):
            Commitment.objects.create(
                agreement=agreement,
                position=position,
                text=f"Toezegging {n}.{position}",
                owner=ienw,
            )


def queries_for(api, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = api.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_the_agreement_list_takes_the_same_queries_for_5_and_50_records(
    api, reference_data, django_assert_max_num_queries
) -> None:
    make_agreements(5, year=2024)
    few = queries_for(api, "/api/v1/afspraken?paginaGrootte=100")
    make_agreements(45, year=2025)
    assert Agreement.objects.count() == 50
    many = queries_for(api, "/api/v1/afspraken?paginaGrootte=100")
    assert few == many
    with django_assert_max_num_queries(few):
        body = api.get("/api/v1/afspraken?paginaGrootte=100&provincie=provincie-gelderland").json()
    assert len(body["_embedded"]["afspraken"]) == 50


@pytest.mark.parametrize(
    "path",
    ["/api/v1/toezeggingen", "/api/v1/projecten", "/api/v1/documenten", "/api/v1/gebieden"],
)
def test_other_collections_take_few_queries(api, register, path, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert api.get(f"{path}?paginaGrootte=100").status_code == 200
