"""The Dutch member names: docs/api.md's glossary lists exactly the members of the document,
and model errors come out under the members' Dutch names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError

from ruimtemonitor.api.glossary import (
    DEADLINE,
    DEADLINE_FIELDS,
    MODEL_FIELDS,
    RENAMED,
    api_name,
    model_field,
)
from ruimtemonitor.api.problems import exception_handler
from ruimtemonitor.api.schema import generate

REPO = Path(__file__).resolve().parents[3]
DOCS = REPO / "docs" / "api.md"

# Members whose names standards define: RFC 9457 problems, HAL and RFC 8288 link relations,
# and the validation problem's list. ``status`` is ours as well, so it is in the glossary.
STANDARD = {
    "_links",
    "_embedded",
    "href",
    "self",
    "first",
    "prev",
    "next",
    "last",
    "type",
    "title",
    "detail",
    "instance",
    "invalidParams",
    "name",
    "code",
    "reason",
}


def members(node: Any) -> set[str]:
    """Every property name anywhere in a schema document."""
    found: set[str] = set()
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            found |= set(properties)
        for value in node.values():
            found |= members(value)
    elif isinstance(node, list):
        for value in node:
            found |= members(value)
    return found


def glossary() -> set[str]:
    """The member names in the first column of the tables under "## Glossary"."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("\n## Glossary\n", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return names


def test_the_glossary_lists_exactly_the_members_of_the_document() -> None:
    in_document = members(generate()) - STANDARD
    documented = glossary()
    assert sorted(in_document - documented) == [], "members missing from docs/api.md's glossary"
    assert sorted(documented - in_document) == [], "glossary entries the API does not have"


def test_no_member_keeps_its_english_name() -> None:
    english = (
        set(MODEL_FIELDS.values())
        | set(RENAMED)
        | {
            "number",
            "chapterTitle",
            "reviewState",
            "createdAt",
            "updatedAt",
            "continues",
            "commitments",
            "source",
            "page",
            "totalElements",
        }
    )
    assert (members(generate()) - STANDARD) & english == set()


def test_every_member_names_one_model_field_and_back() -> None:
    for member, field in MODEL_FIELDS.items():
        assert model_field(member) == field
        assert api_name(field) == member, f"{field} is shown under two members"
    for member, field in DEADLINE_FIELDS.items():
        assert api_name(field) == f"{DEADLINE}.{member}"
    assert model_field("status") == api_name("status") == "status"


def test_model_errors_are_reported_under_the_dutch_members() -> None:
    error = DjangoValidationError(
        {
            "notes": [DjangoValidationError("Te lang.", code="max_length")],
            "deadline_end": [DjangoValidationError("Voor het begin.", code="invalid")],
            "owner": [DjangoValidationError("Onbekend.", code="invalid")],
            NON_FIELD_ERRORS: [DjangoValidationError("Geheel.", code="constraint")],
        }
    )
    response = exception_handler(error, {"request": None})
    assert response.status_code == 400
    assert {(p["name"], p["code"]) for p in response.data["invalidParams"]} == {
        ("aantekeningen", "max_length"),
        ("termijn.tot", "invalid"),
        ("trekker", "invalid"),
        ("body", "constraint"),
    }
