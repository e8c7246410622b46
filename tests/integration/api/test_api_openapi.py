"""The OpenAPI document: committed as generated, served, true to the design rules, and
true to what the API answers (schemathesis)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.core.management import call_command
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from ruimtemonitor.api import API_VERSION
from ruimtemonitor.api.management.commands.openapi_schema import render
from ruimtemonitor.api.schema import generate

REPO = Path(__file__).resolve().parents[3]
COMMITTED = REPO / "openapi.json"
REFRESH = ".venv/bin/python manage.py openapi_schema --file openapi.json"
METHODS = {"get", "put", "post", "delete", "patch"}


def operations(schema: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        *_, kind, name = node["$ref"].split("/")
        node = schema["components"][kind][name]
    return node


def test_the_committed_openapi_json_is_what_the_code_generates() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(generate()), (
        f"openapi.json is out of date with the code; refresh it with: {REFRESH}"
    )


def test_the_command_writes_the_same_document(tmp_path: Path) -> None:
    target = tmp_path / "openapi.json"
    call_command("openapi_schema", file=target)
    assert target.read_text(encoding="utf-8") == render(generate())


def test_the_document_is_served_publicly_with_the_version(api, db) -> None:
    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document == generate()
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == API_VERSION == response["API-Version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", API_VERSION)
    assert document["servers"] == [{"url": "/api/v1", "description": "This installation"}]
    assert set(document["info"]["contact"]) >= {"name", "email", "url"}


def test_every_operation_documents_version_header_problems_and_security() -> None:
    schema = generate()
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])
    for path, method, operation in operations(schema):
        # "/" is the root itself (/api/v1); no other path ends with a slash.
        assert (path == "/" or not path.endswith("/")) and path == path.lower(), path
        assert operation["security"], (path, method)
        for code, response in operation["responses"].items():
            response = resolve(schema, response)
            assert "API-Version" in response["headers"], (path, method, code)
            if code[0] in "45":
                assert list(response["content"]) == ["application/problem+json"], (path, code)
        codes = set(operation["responses"])
        assert {"400", "401", "404", "406", "500"} <= codes, (path, method)
        if method in {"patch", "post"}:
            assert {"403", "412", "428"} <= codes, (path, method)
            names = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
            assert "If-Match" in names


def test_request_bodies_declare_that_unknown_members_are_refused(api, register, editor) -> None:
    """Every request body, and each object inside it, is closed, as the server refuses
    unknown members; answers stay open, so a minor version may add members to them."""
    schema = generate()
    closed: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[-1]
                if name not in closed:
                    closed.add(name)
                    walk(schema["components"]["schemas"][name])
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _path, _method, operation in operations(schema):
        if "requestBody" in operation:
            walk(operation["requestBody"])
    objects = {
        name for name in closed if schema["components"]["schemas"][name].get("type") == "object"
    }
    assert {"PatchedAgreementChange", "PatchedCommitmentChange", "DeadlineChange", "Review"} <= (
        objects
    )
    for name in objects:
        assert schema["components"]["schemas"][name]["additionalProperties"] is False, name
    assert "additionalProperties" not in schema["components"]["schemas"]["Agreement"]
    # and the server does refuse them, as declared
    api.force_authenticate(editor)
    response = api.patch(
        f"/api/v1/toezeggingen/{register.water_bullet.pk}",
        {"termijn": {"zoalsGeschreven": "2026", "extra": 1}},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "termijn.extra"


def test_the_agreement_collection_documents_every_page_filter() -> None:
    from ruimtemonitor.register.filters import AgreementFilter

    schema = generate()
    parameters = {p["name"]: p for p in schema["paths"]["/afspraken"]["get"]["parameters"]}
    assert set(parameters) == {*AgreementFilter.base_filters, "pagina", "paginaGrootte"}
    assert parameters["deadlineVan"]["schema"] == {"type": "string", "format": "date"}
    assert parameters["status"]["schema"]["enum"] == [
        "open",
        "lopend",
        "afgerond",
        "vervallen",
        "doorgeschoven",
    ]
    assert parameters["paginaGrootte"]["schema"]["maximum"] == 100


def wsgi_schema() -> schemathesis.schemas.BaseSchema:
    """The generated document over the running application (the GET operations only)."""
    schema = schemathesis.openapi.from_dict(generate())
    schema.app = get_wsgi_application()
    return schema.include(method="GET")


# Loaded when the module is collected: schemathesis' lazy fixture loader does not run
# under this pytest version.
conformance = wsgi_schema()


@pytest.fixture
def one_connection():
    """Keep the test's database connection open across requests, as Django's test client
    does: the WSGI handler would close it after each request and lose the test data."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.slow
@conformance.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_read_answers_as_documented_and_never_with_a_5xx(
    case, register, one_connection
) -> None:
    case.call_and_validate()


STORED_ENGLISH_CODES = {
    *("proposed", "confirmed", "corrected", "rejected", "manual"),
    *("day", "month", "quarter", "half_year", "season", "year", "meeting", "unknown"),
}


def test_every_enum_value_is_dutch_as_the_members_are() -> None:
    schema = generate()
    enums = {
        name: set(component["enum"])
        for name, component in schema["components"]["schemas"].items()
        if "enum" in component
    }
    assert enums["ReviewStateEnum"] == {
        "voorgesteld",
        "bevestigd",
        "gecorrigeerd",
        "afgewezen",
        "handmatig",
    }
    assert enums["DecisionEnum"] == {"bevestigd", "afgewezen"}
    assert "halfjaar" in enums["PrecisionEnum"] and "onbekend" in enums["PrecisionEnum"]
    english = {name: values & STORED_ENGLISH_CODES for name, values in enums.items()}
    assert not any(english.values()), english
