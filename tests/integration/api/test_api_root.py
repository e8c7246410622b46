"""``/api/v1``: the entry point answers with a link to every resource, like the rest of the API."""

from __future__ import annotations

from ruimtemonitor.api.views import ROOT_LINKS


def test_the_root_links_to_every_collection_and_the_openapi_document(api, db) -> None:
    response = api.get("/api/v1")
    assert response.status_code == 200
    assert response["API-Version"]
    links = response.json()["_links"]
    assert links["self"]["href"] == "http://testserver/api/v1"
    assert set(links) == {"self", *ROOT_LINKS}
    for rel, link in links.items():
        if rel == "self":
            continue
        followed = api.get(link["href"])
        assert followed.status_code == 200, (rel, followed.status_code)


def test_the_root_with_a_slash_is_the_same_root(api, db) -> None:
    assert api.get("/api/v1/").json() == api.get("/api/v1").json()


def test_the_root_refuses_unknown_query_parameters_as_a_problem(api, db, problem) -> None:
    response = api.get("/api/v1?kleur=rood")
    assert response.status_code == 400
    assert problem(response)["invalidParams"][0]["name"] == "kleur"


def test_the_root_is_in_the_openapi_document(api, db) -> None:
    paths = api.get("/api/v1/openapi.json").json()["paths"]
    assert paths["/"]["get"]["tags"] == ["api"]
