"""A small register for the API tests: two provinces' arrangements, agreements with
commitments, a project, a document with a letter inside, and the users who edit them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from rest_framework.test import APIClient
from tests.integration.factories import area, arrangement, deadline, money_line, org, year_deadline

from ruimtemonitor.accounts.models import Role, User
from ruimtemonitor.common.statuses import AgreementStatus, ProjectStatus, ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind, Passage
from ruimtemonitor.projects.models import Milestone, MilestoneKind, MoneyKind, Phase, Project
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment


@dataclass
class Register:
    bundle: Document
    letter: Document
    gelderland_2024: Arrangement
    gelderland_2025: Arrangement
    utrecht_2025: Arrangement
    previous: Agreement
    water: Agreement
    housing: Agreement
    mobility: Agreement
    water_bullet: Commitment
    water_second: Commitment
    housing_bullet: Commitment
    mobility_bullet: Commitment
    project: Project


def make_agreement(
    arrangement: Arrangement,
    number: str,
    title: str,
    *,
    types: list[str],
    departments: tuple[str, ...] = (),
    parties: tuple[str, ...] = (),
    areas: tuple[str, ...] = (),
    **fields: object,
) -> Agreement:
    agreement = Agreement.objects.create(
        arrangement=arrangement,
        number=number,
        chapter=number.split(".")[0],
        title=title,
        types=types,
        **fields,
    )
    agreement.departments.set([org(slug) for slug in departments])
    agreement.parties.set([org(slug) for slug in parties])
    agreement.areas.set([area(slug) for slug in areas])
    return agreement


def make_commitment(agreement: Agreement, position: int, text: str, **fields: object) -> Commitment:
    return Commitment.objects.create(agreement=agreement, position=position, text=text, **fields)


@pytest.fixture
def register(reference_data) -> Register:
    bundle = Document.objects.create(
        kind=DocumentKind.BUNDLE,
        title="Ruimtelijke arrangementen BOL Oost 2025",
        date=dt.date(2025, 6, 2),
        content_hash="a" * 64,
        extracted_text="x" * 5000,
        page_count=40,
        original_filename="bol-oost-2025.pdf",
    )
    letter = Document.objects.create(
        kind=DocumentKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Gelderland 2025",
        date=dt.date(2025, 6, 2),
        parent=bundle,
        start=100,
        end=4000,
        sender=org("provincie-gelderland"),
    )
    passage = Passage.objects.create(document=letter, start=120, end=480, page=3, line=12)

    title, province = "Ruimtelijk Arrangement Gelderland", "provincie-gelderland"
    gelderland_2024 = arrangement(title, province, 2024, (province,), generation=1)
    gelderland_2025 = arrangement(
        title,
        province,
        2025,
        (province,),
        generation=2,
        supersedes=gelderland_2024,
        document=letter,
    )
    utrecht_2025 = arrangement(
        "Ruimtelijk Arrangement Utrecht",
        "provincie-utrecht",
        2025,
        ("provincie-utrecht",),
        generation=1,
    )

    previous = make_agreement(
        gelderland_2024, "2.1", "Water en bodem sturend", types=["beleidsafspraak"]
    )
    water = make_agreement(
        gelderland_2025,
        "2.1",
        "Water en bodem sturend",
        types=["beleidsafspraak"],
        departments=("ienw",),
        parties=("provincie-gelderland",),
        areas=("provincie-gelderland",),
        continues=previous,
        source_passage=passage,
        review_state=ReviewState.PROPOSED,
    )
    housing = make_agreement(
        gelderland_2025,
        "3.1",
        "Woningbouw versnellen",
        types=["uitvoeringsafspraak", "onderzoeksafspraak"],
        departments=("vro",),
        parties=("provincie-gelderland",),
        status=AgreementStatus.IN_PROGRESS,
        review_state=ReviewState.CONFIRMED,
    )
    mobility = make_agreement(
        utrecht_2025,
        "4.2",
        "Bereikbaarheid Utrecht-Amersfoort",
        types=["procesafspraak"],
        all_departments=True,
        parties=("provincie-utrecht",),
        areas=("novex-utrecht-amersfoort",),
        status=AgreementStatus.DONE,
    )
    water_bullet = make_commitment(
        water,
        1,
        "De provincie werkt de drinkwateropgave uit in een gebiedsplan.",
        owner=org("provincie-gelderland"),
        owner_as_written="Provincie Gelderland",
        **deadline("najaar 2025", dt.date(2025, 9, 21), dt.date(2025, 12, 20), "season"),
        review_state=ReviewState.PROPOSED,
    )
    water_second = make_commitment(
        water, 2, "Het Rijk verkent de bodemdaling.", owner=org("ienw"), owner_as_written="IenW"
    )
    housing_bullet = make_commitment(
        housing,
        1,
        "Rijk en provincie versnellen de woningbouw in de Foodvalley.",
        owner=org("vro"),
        **deadline("1 maart 2026", dt.date(2026, 3, 1), dt.date(2026, 3, 1), "day"),
        status=AgreementStatus.IN_PROGRESS,
    )
    mobility_bullet = make_commitment(
        mobility,
        1,
        "De regio levert een mobiliteitsanalyse op.",
        owner=org("provincie-utrecht"),
        **year_deadline(2027),
        status=AgreementStatus.DONE,
    )

    project = Project.objects.create(
        name="A12/A15 Ressen-Oudbroeken (ViA15)",
        slug="via15",
        mirt_region=area("mirt-oost"),
        phase=Phase.REALISATION,
        status=ProjectStatus.PAUSED,
    )
    project.parties.add(org("rws"))
    project.areas.add(area("provincie-gelderland"))
    money_line(
        project,
        MoneyKind.BUDGET,
        "1145000000.00",
        as_written="€ 1.145 mln.",
        party=org("ienw"),
        price_level=2024,
    )
    Milestone.objects.create(
        project=project,
        kind=MilestoneKind.PROJECT,
        description="Tracébesluit",
        **year_deadline(2026),
    )
    Project.objects.create(
        name="Lelylijn", slug="lelylijn", phase=Phase.RESEARCH, is_programme=True
    )
    return Register(
        bundle=bundle,
        letter=letter,
        gelderland_2024=gelderland_2024,
        gelderland_2025=gelderland_2025,
        utrecht_2025=utrecht_2025,
        previous=previous,
        water=water,
        housing=housing,
        mobility=mobility,
        water_bullet=water_bullet,
        water_second=water_second,
        housing_bullet=housing_bullet,
        mobility_bullet=mobility_bullet,
        project=project,
    )


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def editor(make_user, reference_data) -> User:
    """An editor at Gelderland: may change the Gelderland agreements, not Utrecht's."""
    return make_user(
        "redacteur-gelderland", role=Role.EDITOR, organisation=org("provincie-gelderland")
    )


@pytest.fixture
def reader(make_user, reference_data) -> User:
    return make_user("lezer", role=Role.READER, organisation=org("provincie-gelderland"))


@pytest.fixture
def outsider(make_user, reference_data) -> User:
    """An editor at another organisation, not involved in the Gelderland agreements."""
    return make_user("redacteur-zeeland", role=Role.EDITOR, organisation=org("provincie-zeeland"))


def _problem(response) -> dict:
    """The body of a problem response, after checking it is one."""
    assert response["Content-Type"] == "application/problem+json", response.content
    body = response.json()
    assert set(body) >= {"type", "title", "status", "detail", "instance"}
    assert body["status"] == response.status_code
    assert body["instance"] == response.wsgi_request.path
    return body


def _embedded(response, name: str) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["_embedded"][name]


@pytest.fixture
def problem():
    """``problem(response)``: the problem document of an error response, checked."""
    return _problem


@pytest.fixture
def embedded():
    """``embedded(response, "afspraken")``: the records of a 200 collection page."""
    return _embedded
