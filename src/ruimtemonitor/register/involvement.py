"""Who and where a record concerns: the one rule that pages, filters, facets, permissions,
alerts and letters use.

Organisations: ``AGREEMENT_PATHS`` below, each path written once in its two forms: the
agreements an organisation is involved in (a query condition, so lists page through the
database) and the organisations involved in one agreement (``Agreement.involved_organisation_ids``,
who may edit). ``register.facets`` counts the party paths from the link tables for speed;
the tests check that the three agree. Areas: ``core.areas.reach`` as stored in
``organisations.AreaReach``.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce

from django.db.models import Exists, Model, OuterRef, Q, QuerySet

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document
from ruimtemonitor.organisations.models import AreaReach, Organisation
from ruimtemonitor.projects.models import MoneyLine, Project
from ruimtemonitor.register.area_references import (
    agreement_rows,
    letters_of,
    named_area_spans,
    referenced_areas,
)
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment

# -- organisations: the one rule ------------------------------------------------------------
#
# An organisation is involved in an agreement when it
#
#   signs       signed the agreement's arrangement         Arrangement.parties
#   party       is named in the agreement as a party        Agreement.parties
#   owner       owns one of the agreement's commitments     Commitment.owner
#   department  is named in the agreement as a department   Agreement.departments
#   authority   governs the arrangement's area              Arrangement.area -> Area.authority
#
# The first three make it a *party* (the Partij filter and facet, the parties on the page);
# all five make it *involved* (who may edit, the review queue, alerts, the region page and
# the dashboard's deadlines).

OrganisationRef = int | str  # an organisation's id, or its slug (then a join, no extra query)


def _matching(field: str, organisation: OrganisationRef) -> dict[str, object]:
    if isinstance(organisation, str):
        return {f"{field}__slug": organisation}
    return {f"{field}_id": organisation}


@dataclass(frozen=True)
class Path:
    """One way an organisation is involved in an agreement, in both directions."""

    name: str
    #: The agreements the organisation is involved in this way (a condition on Agreement).
    agreements: Callable[[OrganisationRef], Q]
    #: The organisations involved in the agreement this way (a condition on Organisation).
    organisations: Callable[[Agreement], Q]


def _listed(name: str, through: type[Model], column: str, own: str) -> Path:
    """A path through a list of organisations (``through``) kept per agreement or arrangement:
    ``column`` names the record in ``through``, ``own`` the agreement's column holding it."""
    rows = through.objects
    return Path(
        name,
        agreements=lambda org: Q(
            **{f"{own}__in": rows.filter(**_matching("organisation", org)).values(column)}
        ),
        organisations=lambda agreement: Q(
            pk__in=rows.filter(**{column: getattr(agreement, own)}).values("organisation_id")
        ),
    )


SIGNS = _listed("signs", Arrangement.parties.through, "arrangement_id", "arrangement_id")
PARTY = _listed("party", Agreement.parties.through, "agreement_id", "pk")
DEPARTMENT = _listed("department", Agreement.departments.through, "agreement_id", "pk")
OWNER = Path(
    "owner",
    agreements=lambda org: Q(
        pk__in=Commitment.objects.filter(**_matching("owner", org)).values("agreement_id")
    ),
    organisations=lambda agreement: Q(
        pk__in=Commitment.objects.filter(agreement_id=agreement.pk)
        .exclude(owner=None)
        .values("owner_id")
    ),
)
AUTHORITY = Path(
    "authority",
    agreements=lambda org: Q(**_matching("arrangement__area__authority", org)),
    organisations=lambda agreement: Q(
        pk__in=Arrangement.objects.filter(
            pk=agreement.arrangement_id, area__authority__isnull=False
        ).values("area__authority_id")
    ),
)

#: Who takes part in an agreement (in the order the Partij filter has always asked them).
PARTY_PATHS: tuple[Path, ...] = (PARTY, OWNER, SIGNS)
#: Who is involved in an agreement: the parties, its departments and the area's authority.
AGREEMENT_PATHS: tuple[Path, ...] = (SIGNS, AUTHORITY, DEPARTMENT, PARTY, OWNER)


def _any(conditions: Sequence[Q]) -> Q:
    return reduce(operator.or_, conditions)


def agreements_involving(organisation_id: int, *, all_departments: bool = False) -> Q:
    """The agreements the organisation is involved in (every path); with ``all_departments``
    also those made with all departments, which a ministry follows."""
    condition = _any([path.agreements(organisation_id) for path in AGREEMENT_PATHS])
    return condition | Q(all_departments=True) if all_departments else condition


def agreements_with_party(organisation: OrganisationRef) -> Q:
    """The agreements the organisation takes part in: signs, is named as party, owns."""
    return _any([path.agreements(organisation) for path in PARTY_PATHS])


def agreements_with_department(organisation: OrganisationRef) -> Q:
    """The agreements naming the department, and those made with all departments."""
    return Q(all_departments=True) | DEPARTMENT.agreements(organisation)


def organisations_involved(
    agreement: Agreement, paths: Sequence[Path] = AGREEMENT_PATHS
) -> QuerySet:
    """The organisations involved in one agreement along ``paths``, in one query."""
    return Organisation.objects.filter(_any([path.organisations(agreement) for path in paths]))


def involved_organisation_ids(agreement: Agreement) -> set[int]:
    """``Agreement.involved_organisation_ids``: who may edit the agreement, whose list it is."""
    return set(organisations_involved(agreement).values_list("pk", flat=True))


def commitments_involving(organisation_id: int) -> Q:
    """What an organisation must deliver: the commitments it owns, and those without a known
    owner under an agreement that involves it (someone else's bullet is not its deadline)."""
    agreements = Agreement.objects.filter(agreements_involving(organisation_id)).values("pk")
    return Q(owner_id=organisation_id) | Q(owner=None, agreement__in=agreements)


def commitments_concerning(organisation_id: int, via: str = "") -> Q:
    """``Commitment.involved_organisation_ids`` as a condition (who may review or edit it): it
    owns the commitment or is involved in its agreement. ``via`` reaches the commitment from
    another record (``"commitment__"``)."""
    agreements = Agreement.objects.filter(agreements_involving(organisation_id)).values("pk")
    return Q(**{f"{via}owner_id": organisation_id}) | Q(**{f"{via}agreement__in": agreements})


def projects_involving(organisation_id: int) -> Q:
    """``Project.involved_organisation_ids`` as a condition: a party to it, or funding it."""
    party = Project.parties.through.objects.filter(
        project_id=OuterRef("pk"), organisation_id=organisation_id
    )
    funds = MoneyLine.objects.filter(project_id=OuterRef("pk"), party_id=organisation_id)
    return Exists(party) | Exists(funds)


# -- areas: the one rule (core.areas.reach, stored as organisations.AreaReach) ------------


def area_parts(area: int | str) -> QuerySet:
    """The areas whose records concern this area (itself, what lies in it, its partnerships);
    ``area`` is an id or a slug (a subquery then, no extra round trip)."""
    if isinstance(area, str):
        return AreaReach.objects.filter(area__slug=area).values("part_id")
    return AreaReach.objects.filter(area_id=area).values("part_id")


def agreements_in_area(area_id: int | str) -> Q:
    """An agreement concerns an area when its arrangement's area or one of its own areas is in
    the area's reach: Gelderland's page lists all of Gelderland's arrangement, Regio
    Foodvalley's the agreements naming the region, a member or its NOVEX area."""
    parts = area_parts(area_id)
    tagged = Agreement.areas.through.objects.filter(area_id__in=parts).values("agreement_id")
    return Q(arrangement__area_id__in=parts) | Q(pk__in=tagged)


def projects_in_area(area_id: int | str) -> Q:
    """A project concerns an area when it lies in an area of its reach or is of its MIRT region."""
    parts = area_parts(area_id)
    lies_in = Project.areas.through.objects.filter(area_id__in=parts).values("project_id")
    return Q(pk__in=lies_in) | Q(mirt_region_id__in=parts)


PROJECT_OPENING = 400  # characters of a project's passage that say where it lies


def link_named_areas(
    document: Document, on_linked: Callable[[type[Model], list[int]], None] | None = None
) -> int:
    """Tag the agreements and projects read from a file with the areas named in their passage,
    and agreements with the area whose heading a pointer to them stands under.

    The letters say which places a record is about ("Regionale aandachtspunten: Foodvalley
    regio", "knooppunt Hoevelaken"); the mentions found in the text hold those names with
    their spans. An annex may tie agreements to an area without their text naming it (a
    heading naming the area over "zie Afspraak 3.1" lines, ``register.area_references``).
    Only records nobody has checked yet (review state *proposed*) get links, and only added
    ones: what a person confirmed or corrected is never changed by running it again.
    """
    letters = letters_of(document)
    spans = named_area_spans(letters)
    if not spans:
        return 0
    starts = [start for start, _end, _area in spans]
    agreements = agreement_rows(letters)
    pointed: dict[int, set[int]] = {}  # agreement id -> areas an annex ties it to
    for ref in referenced_areas(document, spans, agreements):
        pointed.setdefault(ref.agreement_id, set()).add(ref.area_id)
    unchecked = {
        Agreement: [
            (row[0], row[2], row[3]) for row in agreements if row[-1] == ReviewState.PROPOSED
        ],
        Project: Project.objects.filter(
            source_passage__document__in=letters, review_state=ReviewState.PROPOSED
        ).values_list("pk", "source_passage__start", "source_passage__end"),
    }
    added = 0
    # An agreement is about every place its text names; a project's section of a MIRT-brief
    # says where it lies in its heading and opening lines, and later names neighbours.
    for model, through, key, reach in (
        (Agreement, Agreement.areas.through, "agreement_id", None),
        (Project, Project.areas.through, "project_id", PROJECT_OPENING),
    ):
        wanted = set()
        for pk, start, end in unchecked[model]:
            if start is None:
                continue
            stop = end if reach is None else min(end, start + reach)
            for _start, e, area in spans[bisect_left(starts, start) : bisect_left(starts, stop)]:
                if e <= stop:
                    wanted.add((pk, area))
            if model is Agreement:
                wanted |= {(pk, area) for area in pointed.get(pk, ())}
        if not wanted:
            continue
        existing = set(
            through.objects.filter(**{f"{key}__in": {pk for pk, _area in wanted}}).values_list(
                key, "area_id"
            )
        )
        through.objects.bulk_create(
            [through(**{key: pk, "area_id": area}) for pk, area in wanted - existing]
        )
        if on_linked is not None:
            on_linked(model, sorted({pk for pk, _area in wanted - existing}))
        added += len(wanted - existing)
    return added
