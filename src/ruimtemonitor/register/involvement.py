"""Who and where a record concerns, as query conditions: the one rule pages, filters, alerts
and letters use.

Organisations: the same rule as ``Agreement.involved_organisation_ids`` (who may edit, whose
list it is), written for the database so lists page through it. Areas: ``core.areas.reach``
as stored in ``organisations.AreaReach``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from django.db.models import Exists, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KeyTextTransform

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, Mention, MentionKind
from ruimtemonitor.organisations.models import Area, AreaReach
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment


def agreements_involving(organisation_id: int) -> Q:
    """``Agreement.involved_organisation_ids`` as a condition: signs, authority, named, owns."""
    signs = Arrangement.parties.through.objects.filter(
        arrangement_id=OuterRef("arrangement_id"), organisation_id=organisation_id
    )
    department = Agreement.departments.through.objects.filter(
        agreement_id=OuterRef("pk"), organisation_id=organisation_id
    )
    party = Agreement.parties.through.objects.filter(
        agreement_id=OuterRef("pk"), organisation_id=organisation_id
    )
    owns = Commitment.objects.filter(agreement_id=OuterRef("pk"), owner_id=organisation_id)
    return (
        Q(arrangement__area__authority_id=organisation_id)
        | Exists(signs)
        | Exists(department)
        | Exists(party)
        | Exists(owns)
    )


def commitments_involving(organisation_id: int) -> Q:
    """What an organisation must deliver: the commitments it owns, and those without a known
    owner under an agreement that involves it (someone else's bullet is not its deadline)."""
    agreements = Agreement.objects.filter(agreements_involving(organisation_id)).values("pk")
    return Q(owner_id=organisation_id) | Q(owner=None, agreement__in=agreements)


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
    """Tag the agreements and projects read from a file with the areas named in their passage.

    The letters say which places a record is about ("Regionale aandachtspunten: Foodvalley
    regio", "knooppunt Hoevelaken"); the mentions found in the text hold those names with
    their spans. Only records nobody has checked yet (review state *proposed*) get links, and
    only added ones: what a person confirmed or corrected is never changed by running it again.
    """
    root_id = document.parent_id or document.pk  # letters sit one level below their file
    letters = Document.objects.filter(Q(pk=root_id) | Q(parent_id=root_id)).values("pk")
    area = Area.objects.filter(slug=KeyTextTransform("slug", OuterRef("value"))).values("pk")
    named = (
        Mention.objects.filter(document__in=letters, kind=MentionKind.AREA)
        .annotate(area_pk=Subquery(area[:1]))
        .exclude(area_pk=None)
        .values_list("area_pk", "value")
    )
    spans: list[tuple[int, int, int]] = []  # start, end, area id
    for pk, value in named:
        for start, end in (value or {}).get("spans") or []:
            spans.append((int(start), int(end), pk))
    if not spans:
        return 0
    spans.sort()
    starts = [start for start, _end, _area in spans]
    added = 0
    # An agreement is about every place its text names; a project's section of a MIRT-brief
    # says where it lies in its heading and opening lines, and later names neighbours.
    for model, through, key, reach in (
        (Agreement, Agreement.areas.through, "agreement_id", None),
        (Project, Project.areas.through, "project_id", PROJECT_OPENING),
    ):
        records = model.objects.filter(
            source_passage__document__in=letters, review_state=ReviewState.PROPOSED
        ).values_list("pk", "source_passage__start", "source_passage__end")
        wanted = set()
        for pk, start, end in records:
            if start is None:
                continue
            stop = end if reach is None else min(end, start + reach)
            for _start, e, area in spans[bisect_left(starts, start) : bisect_left(starts, stop)]:
                if e <= stop:
                    wanted.add((pk, area))
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
