"""Queries no form would send: a NUL character in a filter is a 400 on every list page and
in the API, never a database error (PostgreSQL cannot compare text with NUL in it)."""

from __future__ import annotations

import pytest

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.register.filters import AgreementFilter

AGREEMENT_PAGES = ["/afspraken", "/afspraken/facetten", "/afspraken/export.csv"]
PAGES = {
    **{page: [*AgreementFilter.base_filters, "pagina"] for page in AGREEMENT_PAGES},
    "/projecten": ["zoek", "regio", "fase", "status", "pagina"],
    "/documenten": ["zoek", "soort", "jaar", "pagina"],
    "/documenten/taken": ["taak"],
    "/financiering": ["pagina"],
    "/controleren": ["pagina"],
    "/arrangementen": ["formaat"],
    "/regio": ["zoek"],
    "/meldingen": ["query"],
    "/": ["organisatie"],
}


@pytest.fixture
def administrator_client(client, make_user):
    client.force_login(make_user("beheerder", role=Role.ADMINISTRATOR))
    return client


@pytest.mark.parametrize("page", list(PAGES))
def test_a_nul_in_any_filter_of_a_list_page_is_a_400(
    administrator_client, agreement, page: str
) -> None:
    for name in PAGES[page]:
        for query in (f"{name}=%00", f"{name}=gelder%00land", f"{name}%00=1"):
            response = administrator_client.get(f"{page}?{query}")
            assert response.status_code == 400, f"{page}?{query}"
    html = response.content.decode()
    assert "Ongeldig verzoek" in html
    # the same page without the NUL is fine
    assert administrator_client.get(page).status_code == 200


@pytest.mark.parametrize(
    "path", ["/api/v1/afspraken", "/api/v1/projecten", "/api/v1/documenten", "/api/v1/gebieden"]
)
def test_the_api_names_the_parameter_with_the_nul(client, agreement, path: str) -> None:
    name = {"/api/v1/afspraken": "provincie", "/api/v1/gebieden": "bovenliggend"}.get(path, "zoek")
    response = client.get(f"{path}?{name}=%00")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert [p["name"] for p in response.json()["invalidParams"]] == [name]
