"""The one "who is involved" rule (register.involvement) gives the same answer in every form.

Each organisation is involved in the agreements of the fixture along one known path; the
query form (lists, review queue, alerts), the per-record form (permissions), the Partij
filter and the party facet must all agree with that, and with each other.
"""

from __future__ import annotations

from collections import Counter

import pytest
from django.http import QueryDict

from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import MoneyKind, MoneyLine, Project
from ruimtemonitor.register.facets import build_facets
from ruimtemonitor.register.filters import AgreementFilter
from ruimtemonitor.register.involvement import (
    PARTY_PATHS,
    agreements_involving,
    agreements_with_party,
    organisations_involved,
    projects_involving,
)
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment

pytestmark = pytest.mark.integration


def org(slug: str) -> Organisation:
    return Organisation.objects.get(slug=slug)


@pytest.fixture
def register(reference_data) -> dict[str, Agreement]:
    """Agreements that each involve organisations along a different path."""
    gelderland_area = Area.objects.get(slug="provincie-gelderland")
    assert gelderland_area.authority == org("provincie-gelderland")
    governed = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT, title="Arrangement Gelderland", year=2025
    )
    governed.area = gelderland_area
    governed.save()
    signed = Arrangement.objects.create(
        kind=ArrangementKind.AFSPRAKENLIJST, title="Afsprakenlijst BO MIRT", year=2024
    )
    signed.parties.add(org("provincie-limburg"), org("prorail"))

    by_authority = Agreement.objects.create(arrangement=governed, number="1.1", title="Gebied")
    by_department = Agreement.objects.create(arrangement=governed, number="1.2", title="Ienw")
    by_department.departments.add(org("ienw"))
    named = Agreement.objects.create(arrangement=signed, number="2.1", title="Genoemd")
    named.parties.add(org("prorail"), org("rws"))  # ProRail also signs
    owned = Agreement.objects.create(arrangement=signed, number="2.2", title="Eigenaar")
    Commitment.objects.create(agreement=owned, position=1, text="a", owner=org("rws"))
    Commitment.objects.create(agreement=owned, position=2, text="b", owner=org("rws"))
    Commitment.objects.create(agreement=owned, position=3, text="c", owner=None)
    everyone = Agreement.objects.create(
        arrangement=governed, number="1.3", title="Alle departementen", all_departments=True
    )
    return {
        "by_authority": by_authority,
        "by_department": by_department,
        "named": named,
        "owned": owned,
        "everyone": everyone,
    }


# What the rule says for the fixture, written out by hand.
INVOLVED = {
    "provincie-gelderland": {"by_authority", "by_department", "everyone"},  # governs the area
    "ienw": {"by_department"},  # named department (not "all departments": that is no name)
    "provincie-limburg": {"named", "owned"},  # signs
    "prorail": {"named", "owned"},  # signs, and is named
    "rws": {"named", "owned"},  # named; owns two commitments
    "provincie-utrecht": set(),
}
PARTIES = {
    "provincie-limburg": {"named", "owned"},
    "prorail": {"named", "owned"},
    "rws": {"named", "owned"},
}


def names(register: dict[str, Agreement], pks: set[int]) -> set[str]:
    return {name for name, agreement in register.items() if agreement.pk in pks}


def test_the_query_and_the_record_forms_of_involvement_agree(register) -> None:
    for slug, expected in INVOLVED.items():
        organisation = org(slug)
        listed = set(
            Agreement.objects.filter(agreements_involving(organisation.pk)).values_list(
                "pk", flat=True
            )
        )
        assert names(register, listed) == expected, slug
        per_record = {
            agreement.pk
            for agreement in register.values()
            if organisation.pk in agreement.involved_organisation_ids()
        }
        assert per_record == listed, slug


def test_a_ministry_also_follows_the_agreements_of_all_departments(register) -> None:
    condition = agreements_involving(org("ienw").pk, all_departments=True)
    listed = set(Agreement.objects.filter(condition).values_list("pk", flat=True))
    assert names(register, listed) == {"by_department", "everyone"}


def test_the_party_filter_and_the_page_read_the_same_parties(register) -> None:
    for slug in INVOLVED:
        expected = PARTIES.get(slug, set())
        filtered = AgreementFilter(data={"partij": slug}, queryset=Agreement.objects.all()).qs
        assert names(register, set(filtered.values_list("pk", flat=True))) == expected, slug
        by_slug = Agreement.objects.filter(agreements_with_party(slug))
        assert set(by_slug.values_list("pk", flat=True)) == set(
            filtered.values_list("pk", flat=True)
        )
    parties = organisations_involved(register["owned"], PARTY_PATHS)
    assert sorted(parties.values_list("slug", flat=True)) == [
        "prorail",
        "provincie-limburg",
        "rws",
    ]


@pytest.mark.parametrize("query", ["", "jaar=2024", "zoek=genoemd"])
def test_the_party_facet_sql_counts_what_the_rule_says(register, query) -> None:
    """The party facet (register.facets.Base.parties) against the Python rule."""
    selected = AgreementFilter(data=QueryDict(query), queryset=Agreement.objects.all()).qs
    expected: Counter[str] = Counter()
    for agreement in selected:
        for slug in organisations_involved(agreement, PARTY_PATHS).values_list("slug", flat=True):
            expected[slug] += 1
    facet = next(f for f in build_facets(QueryDict(query)) if f.param == "partij")
    assert {value.value: value.count for value in facet.values} == dict(expected)
    assert expected or query == "zoek=genoemd"  # the fixture gives the facet something to count


def test_the_query_and_the_record_forms_of_project_involvement_agree(reference_data) -> None:
    party = Project.objects.create(name="A1 Partij", slug="a1")
    party.parties.add(org("rws"))
    funded = Project.objects.create(name="A2 Geld", slug="a2")
    MoneyLine.objects.create(
        project=funded, party=org("provincie-gelderland"), kind=MoneyKind.CONTRIBUTION, amount_eur=1
    )
    Project.objects.create(name="A3 Niemand", slug="a3")
    for slug in ("rws", "provincie-gelderland", "prorail"):
        organisation = org(slug)
        listed = set(
            Project.objects.filter(projects_involving(organisation.pk)).values_list("pk", flat=True)
        )
        per_record = {
            project.pk
            for project in Project.objects.all()
            if organisation.pk in project.involved_organisation_ids()
        }
        assert listed == per_record, slug
    assert Project.objects.filter(projects_involving(org("prorail").pk)).count() == 0
