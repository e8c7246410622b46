"""Regio: everything that touches one area or organisation, and an index of the areas.

A page is found by an area's slug (a province, NOVEX area, MIRT region, housing area)
or, failing that, by an organisation's slug (a region such as Regio Foodvalley is an
organisation imported from CSV, not an area). What "touches" it is read from the
register's links only: the area's parent chain and children, the records tagged with
them, the organisation as party or owner. Funding proposals are the exception: they
are stored as submitted, so they are matched on the names in their columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.dutch import names_pattern
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.organisations.models import (
    Area,
    AreaKind,
    NovexType,
    Organisation,
    OrganisationKind,
)
from ruimtemonitor.projects.mirt import MIRT_SECTIONS
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.involvement import (
    agreements_in_area,
    agreements_involving,
    projects_in_area,
)
from ruimtemonitor.register.models import (
    Agreement,
    Arrangement,
    Commitment,
    Meeting,
    MeetingKind,
)
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.querystrings import agreement_list_url

LISTED = 50


def _live(queryset: QuerySet) -> QuerySet:
    return queryset.exclude(review_state=ReviewState.REJECTED)


@readable
def region_list(request: HttpRequest) -> HttpResponse:
    areas = list(Area.objects.select_related("parent", "authority"))
    by_kind: dict[str, list[Area]] = {}
    for area in areas:
        by_kind.setdefault(area.kind, []).append(area)
    novex = by_kind.get(AreaKind.NOVEX, [])
    novex_groups = [
        (label, [a for a in novex if value in {a.novex_type, a.novex_also}])
        for value, label in NovexType.choices
    ]
    mirt = sorted(
        by_kind.get(AreaKind.MIRT_REGION, []),
        key=lambda a: (MIRT_SECTIONS.index(a.slug) if a.slug in MIRT_SECTIONS else 99, a.name),
    )
    regions = by_kind.get(AreaKind.REGION, [])
    # A region with an area (Regio Foodvalley) is listed once, by its area.
    region_organisations = Organisation.objects.filter(kind=OrganisationKind.REGION).exclude(
        slug__in=[a.slug for a in regions]
    )
    # Each list of links below the provinces and NOVEX areas: (anchor, heading, areas or
    # organisations); a list with nothing in it is left out.
    link_lists = [
        ("regios", _("Regions"), [*regions, *region_organisations]),
        ("mirt-regios", _("MIRT regions"), mirt),
        ("landsdelen", _("Landsdelen of the BO Leefomgeving"), by_kind.get(AreaKind.LANDSDEEL, [])),
        ("woningbouw", _("Large-scale housing areas"), by_kind.get(AreaKind.HOUSING, [])),
    ]
    context = {
        "provinces": by_kind.get(AreaKind.PROVINCE, []),
        "novex_groups": [group for group in novex_groups if group[1]],
        "link_lists": [entry for entry in link_lists if entry[2]],
    }
    return render(request, "web/regions/index.html", context)


@dataclass(frozen=True)
class ProposalMention:
    round: FundingRound
    proposals: list[dict]


def _funding_mentions(names: list[str], province_names: list[str]) -> list[ProposalMention]:
    """Rounds with proposals in the province, or naming the area or organisation.

    Proposals are kept as submitted (JSON), so this reads them: the province column must
    equal the province's name; municipality, area and name columns may contain the name.
    """
    pattern = names_pattern(names, ignore_case=True)
    provinces = {name.casefold() for name in province_names}
    found = []
    for funding_round in FundingRound.objects.only("pk", "name", "peildatum", "proposals"):
        hits = []
        for record in funding_round.proposals or []:
            if not isinstance(record, dict):
                continue
            if str(record.get("provincie", "")).casefold() in provinces:
                hits.append(record)
                continue
            text = " | ".join(str(record.get(k, "")) for k in ("gemeente", "gebied", "naam"))
            if pattern is not None and pattern.search(text):
                hits.append(record)
        if hits:
            found.append(ProposalMention(funding_round, hits))
    return found


@readable
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    area = (
        Area.objects.select_related("parent__parent__parent", "authority").filter(slug=slug).first()
    )
    organisation = area.authority if area else get_object_or_404(Organisation, slug=slug)
    ancestors = area.ancestors() if area else []
    # What lies in it (children and members) and the partnerships it is a member of.
    reach = (
        list(
            Area.objects.filter(reached_from__area=area)
            .exclude(pk=area.pk)
            .select_related("parent__parent")
            .order_by("kind", "name")
        )
        if area
        else []
    )
    partnerships = list(area.member_of.order_by("kind", "name")) if area else []
    descendants = [a for a in reach if a not in partnerships]
    # Listed as its parts: what lies directly in it and its members (a landsdeel's provinces,
    # not their 80 municipalities, which the provinces' pages list).
    direct = (
        set(Area.objects.filter(Q(parent=area) | Q(member_of=area)).values_list("pk", flat=True))
        if area
        else set()
    )
    governed = list(organisation.areas.order_by("kind", "name")) if organisation else []
    own = [area] if area else governed
    # A region spanning provinces lies in each of its members' provinces for its arrangements.
    provinces = {a.parent for a in descendants if a.parent and a.parent.kind == AreaKind.PROVINCE}
    above = ancestors + [p for p in provinces if p not in ancestors and p not in own]
    above += [a for p in provinces for a in p.ancestors() if a not in above]

    arrangement_filter = Q(area__in=own + above + partnerships)
    if organisation:
        arrangement_filter |= Q(parties=organisation)
    arrangements = (
        Arrangement.objects.filter(arrangement_filter)
        .select_related("area", "document", "meeting")
        .annotate(agreement_count=Count("agreements", distinct=True))
        .distinct()
        .order_by("-year", "title")
    )

    # One rule (register.involvement): the agreements that concern the area, and for a
    # page found by an organisation those it is involved in.
    agreement_filter = Q(pk__in=[])
    for subject in own:
        agreement_filter |= agreements_in_area(subject.pk)
    if organisation:
        agreement_filter |= agreements_involving(organisation.pk)
    agreements = (
        _live(Agreement.objects)
        .filter(agreement_filter)
        .select_related("arrangement__document")
        .defer("arrangement__document__extracted_text")
        .order_by("-arrangement__year", "arrangement_id", "chapter", "number", "pk")
    )

    novex = [a for a in ancestors + reach if a.kind == AreaKind.NOVEX and a != area]
    if organisation:
        signed = Area.objects.filter(
            kind=AreaKind.NOVEX, arrangements__parties=organisation
        ).distinct()
        novex += [a for a in signed if a not in novex and a != area]

    project_filter = Q(pk__in=[])
    for subject in own:
        project_filter |= projects_in_area(subject.pk)
    if organisation:
        project_filter |= Q(parties=organisation)
    projects = (
        _live(Project.objects)
        .filter(project_filter)
        .select_related("mirt_region", "source_passage__document")
        .defer("source_passage__document__extracted_text")
        .distinct()
        .order_by("name")
    )

    commitments = (
        _live(Commitment.objects).filter(owner=organisation).select_related("agreement")
        if organisation
        else Commitment.objects.none()
    )

    # Proposals name municipalities and provinces: a region's page finds those of its
    # municipalities, a province's (or landsdeel's) those in its province column.
    names: list[str] = []
    province_names: list[str] = []
    for subject in [area, organisation, *governed, *descendants]:
        if subject is None:
            continue
        if getattr(subject, "kind", "") == AreaKind.PROVINCE:
            province_names.append(subject.name)
            continue
        names += [subject.name, *(subject.aliases or [])]
        if getattr(subject, "abbreviation", ""):
            names.append(subject.abbreviation)

    if area:
        filter_url = agreement_list_url(gebied=area.slug)
    else:
        filter_url = agreement_list_url(partij=organisation.slug)
    context = {
        "area": area,
        "organisation": organisation,
        "subject": area or organisation,
        "ancestors": ancestors,
        "descendants": descendants,
        "partnerships": partnerships,
        "lies_in": sorted(
            (p for p in provinces if p not in ancestors and p not in descendants and p not in own),
            key=lambda a: a.name,
        ),
        "parts": [a for a in descendants if a.pk in direct],
        "governed": [a for a in governed if a != area],
        "arrangements": arrangements,
        "agreement_count": agreements.count(),
        "agreements": agreements[:LISTED],
        "agreements_url": filter_url,
        "novex": novex,
        "projects": projects,
        "commitment_count": commitments.count(),
        "commitments": commitments.order_by("deadline_end", "pk")[:LISTED],
        "funding": _funding_mentions(names, province_names),
        "listed": LISTED,
        "default_meeting": _last_meeting(),
    }
    return render(request, "web/regions/detail.html", context)


_LETTER_MEETINGS = {MeetingKind.BOL: "BOL", MeetingKind.BO_MIRT: "BO MIRT"}


def _last_meeting() -> str:
    """The BO a letter is most likely wanted for: the last one in the register that has taken
    place, else the last one the calendar says has (BOL in spring, BO MIRT in the autumn)."""
    today = timezone.localdate()
    held = (
        Meeting.objects.filter(kind__in=_LETTER_MEETINGS, date__lte=today).order_by("-date").first()
    )
    if held is not None:
        return f"{_LETTER_MEETINGS[held.kind]} {held.year}"
    if today.month == 12:
        return f"BO MIRT {today.year}"
    return f"BOL {today.year}" if today.month >= 6 else f"BO MIRT {today.year - 1}"


urlpatterns = [
    path("regio", region_list, name="region_list"),
    path("regio/<slug:slug>", region_detail, name="region_detail"),
]
