"""Every error is an RFC 9457 problem document, and a 400 names all invalid parameters."""

from __future__ import annotations

import logging

import pytest

from ruimtemonitor.api import views


def test_an_unknown_record_is_a_404_problem(api, register, problem) -> None:
    response = api.get("/api/v1/afspraken/987654")
    assert response.status_code == 404
    body = problem(response)
    assert body["type"] == "about:blank" and body["title"] == "Niet gevonden"
    assert body["instance"] == "/api/v1/afspraken/987654"
    assert "987654" in body["detail"]
    assert "invalidParams" not in body


def test_title_and_detail_are_dutch_and_follow_accept_language(api, db, problem) -> None:
    """RFC 9457 lets an ``about:blank`` title be the reason phrase in the client's language."""
    dutch = problem(api.get("/api/v1/onbekend"))
    assert dutch["title"] == "Niet gevonden"
    assert dutch["detail"].startswith("Op dit adres staat niets")
    english = problem(api.get("/api/v1/onbekend", HTTP_ACCEPT_LANGUAGE="en"))
    assert english["title"] == "Not Found"
    assert english["detail"].startswith("There is nothing at this address")
    record = problem(api.get("/api/v1/afspraken/987654"))
    assert (record["title"], record["detail"]) == (
        "Niet gevonden",
        "Er is geen afspraak met id 987654.",
    )


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/onbekend",
        "/api/v1/afspraken/abc",
        "/api/v1/afspraken/1234567890123456789012",  # beyond any database integer
        # a line break or other control character in the path matches no route either
        "/api/v1/documenten/1%0A",
        "/api/v1/afspraken%0A",
        "/api/v1/%0A%0Dx",
        "/api/v1/documenten/%00",
    ],
)
def test_unknown_addresses_are_404_problems_not_html(api, db, problem, path) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert problem(response)["title"] == "Niet gevonden"
    assert response["API-Version"]


def test_a_trailing_slash_is_a_404_that_says_where_to_go(api, register, problem) -> None:
    response = api.get("/api/v1/afspraken/")
    assert response.status_code == 404
    assert "/api/v1/afspraken" in problem(response)["detail"]


def test_all_invalid_parameters_are_listed_at_once(api, register, problem) -> None:
    response = api.get(
        "/api/v1/afspraken?status=klaar&deadlineVan=31-12-2025&jaar=twintig"
        "&pagina=0&paginaGrootte=500&kleur=rood&sorteer=willekeurig&document=99999999999"
    )
    assert response.status_code == 400
    body = problem(response)
    assert body["title"] == "Ongeldig verzoek"
    invalid = {p["name"]: p for p in body["invalidParams"]}
    assert set(invalid) == {
        "status",
        "deadlineVan",
        "jaar",
        "pagina",
        "paginaGrootte",
        "kleur",
        "sorteer",
        "document",
    }
    assert invalid["status"]["code"] == "invalid_choice"
    assert invalid["sorteer"]["code"] == "invalid_choice"
    assert invalid["deadlineVan"]["code"] == "invalid"
    assert invalid["kleur"]["code"] == "unknown"
    assert invalid["paginaGrootte"]["code"] == "max_value"
    assert all(p["reason"] for p in body["invalidParams"])


def test_unknown_parameters_are_refused_on_a_single_record_too(api, register, problem) -> None:
    response = api.get(f"/api/v1/afspraken/{register.water.pk}?expand=alles")
    assert response.status_code == 400
    assert problem(response)["invalidParams"][0]["name"] == "expand"


def test_a_search_text_too_long_or_with_a_nul_character_is_a_400(api, register, problem) -> None:
    too_long = api.get("/api/v1/afspraken", {"zoek": "water " * 50})
    assert {p["name"] for p in problem(too_long)["invalidParams"]} == {"zoek"}
    nul = api.get("/api/v1/afspraken", {"zoek": "wa\x00ter"})
    assert nul.status_code == 400 and problem(nul)["invalidParams"][0]["name"] == "zoek"


def test_a_method_the_resource_does_not_have_is_a_405_problem(api, register, problem) -> None:
    response = api.delete(f"/api/v1/afspraken/{register.water.pk}")
    assert response.status_code == 405
    assert problem(response)["title"] == "Methode niet toegestaan"
    assert "PATCH" in response["Allow"] and "DELETE" not in response["Allow"]
    assert api.post("/api/v1/afspraken", {}, format="json").status_code == 405


def test_asking_for_xml_is_a_406_problem(api, register, problem) -> None:
    response = api.get("/api/v1/afspraken", HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert problem(response)["title"] == "Niet aanvaardbaar"
    assert api.get("/api/v1/afspraken", HTTP_ACCEPT="application/json").status_code == 200


def test_a_crash_is_a_500_problem_without_the_traceback(
    api, register, problem, monkeypatch, caplog
) -> None:
    def explode(view: object) -> None:
        raise RuntimeError("secret internals at /srv/ruimtemonitor/settings.py")

    monkeypatch.setattr(views.AgreementList, "get_queryset", explode)
    with caplog.at_level(logging.ERROR, logger="ruimtemonitor.api.problems"):
        response = api.get("/api/v1/afspraken")
    assert response.status_code == 500
    body = problem(response)
    assert body["title"] == "Interne serverfout"
    assert b"secret" not in response.content and b"Traceback" not in response.content
    assert b"RuntimeError" not in response.content
    # The log keeps the traceback for whoever runs the server.
    assert any(r.exc_info and "secret internals" in str(r.exc_info[1]) for r in caplog.records)


def test_options_and_head_answer_without_a_body(api, register) -> None:
    options = api.options(f"/api/v1/toezeggingen/{register.water_bullet.pk}")
    assert options.status_code == 204 and options.content == b""
    assert {"GET", "PATCH"} <= {m.strip() for m in options["Allow"].split(",")}
    head = api.head("/api/v1/afspraken")
    assert head.status_code == 200 and head.content == b""
    assert head["X-Total-Count"] == "4"
