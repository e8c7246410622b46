"""Projecten: MIRT projects by region and phase, and one project in detail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ruimtemonitor.common.statuses import ProjectStatus, ReviewState
from ruimtemonitor.documents.models import Passage
from ruimtemonitor.organisations.models import Area, AreaKind, Organisation
from ruimtemonitor.projects.mirt import MIRT_SECTIONS
from ruimtemonitor.projects.models import MoneyKind, MoneyLine, Phase, Project
from ruimtemonitor.web import charts
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.pagination import paginate
from ruimtemonitor.web.templatetags.register_format import euro

PAGE_SIZE = 25

PHASE_COLOURS = {
    Phase.RESEARCH: "#5b2c83",
    Phase.EXPLORATION: "#005a9c",
    Phase.PLAN_ELABORATION: "#9a4a00",
    Phase.REALISATION: "#1e6b2e",
    Phase.DELIVERED: "#4a4a4a",
}
"""One colour per MIRT phase, as the MIRT Overzicht colours its phases; always with the label."""


def mirt_regions() -> list[tuple[str, Area]]:
    """The MIRT regions with the section numbers 2.1-2.6 of the MIRT-brief."""
    regions = {a.slug: a for a in Area.objects.filter(kind=AreaKind.MIRT_REGION)}
    numbered = [
        (f"2.{index}", regions[slug])
        for index, slug in enumerate(MIRT_SECTIONS, start=1)
        if slug in regions
    ]
    numbered += [("", a) for slug, a in sorted(regions.items()) if slug not in MIRT_SECTIONS]
    return numbered


class ProjectFilterForm(forms.Form):
    zoek = forms.CharField(label=gettext_lazy("Search by name"), required=False, max_length=200)
    regio = forms.ChoiceField(label=gettext_lazy("MIRT region"), required=False)
    fase = forms.ChoiceField(
        label=gettext_lazy("Phase"),
        required=False,
        choices=[("", gettext_lazy("all phases")), *Phase.choices],
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("all statuses")), *ProjectStatus.choices],
    )

    def __init__(self, *args: object, regions: list[tuple[str, Area]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["regio"].choices = [
            ("", _("all regions")),
            *((area.slug, f"{number} {area.name}".strip()) for number, area in regions),
        ]


@readable
def project_list(request: HttpRequest) -> HttpResponse:
    regions = mirt_regions()
    form = ProjectFilterForm(request.GET or None, regions=regions)
    # Regions in the order of the MIRT-brief's sections, then any other, then none.
    section = Case(
        *(When(mirt_region__slug=slug, then=Value(i)) for i, slug in enumerate(MIRT_SECTIONS)),
        default=Value(len(MIRT_SECTIONS)),
        output_field=IntegerField(),
    )
    projects = (
        Project.objects.exclude(review_state=ReviewState.REJECTED)
        .select_related("mirt_region")
        .annotate(section=section, is_sample=F("source_passage__document__is_demo"))
        .order_by("section", F("mirt_region__name").asc(nulls_last=True), "name", "pk")
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["zoek"]:
            projects = projects.filter(name__icontains=data["zoek"])
        if data["regio"]:
            projects = projects.filter(mirt_region__slug=data["regio"])
        if data["fase"]:
            projects = projects.filter(phase=data["fase"])
        if data["status"]:
            projects = projects.filter(status=data["status"])
    paged = paginate(request.GET, projects, PAGE_SIZE)
    page = paged["page"]
    numbers = {area.pk: number for number, area in regions}
    groups: list[tuple[str, list[Project]]] = []
    for project in page.object_list:
        if project.mirt_region is None:
            label = _("No MIRT region")
        else:
            number = numbers.get(project.mirt_region_id, "")
            label = f"{number} {project.mirt_region.name}".strip()
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(project)
    return render(
        request,
        "web/projects/list.html",
        {
            "form": form,
            **paged,
            "groups": groups,
            "phases": [(value, label, PHASE_COLOURS[value]) for value, label in Phase.choices],
        },
    )


@dataclass(frozen=True)
class Source:
    """Where a record of this project comes from: a passage, shown as a link to its page."""

    record: str
    passage: Passage

    @property
    def url(self) -> str:
        target = reverse("web:document_detail", args=[self.passage.document_id])
        return f"{target}?passage={self.passage.pk}#passage-{self.passage.pk}"


def _sorted_milestones(project: Project) -> list:
    milestones = list(
        project.milestones.exclude(review_state=ReviewState.REJECTED).select_related(
            "source_passage__document"
        )
    )
    return sorted(
        milestones,
        key=lambda m: (
            (m.achieved_on or m.deadline_start) is None,
            m.achieved_on or m.deadline_start or m.deadline_end,
            m.pk,
        ),
    )


def _money_chart(lines: list[MoneyLine]) -> charts.BarChart:
    """Each budget and estimate line on its own: lines of other price levels do not add up."""
    wanted = sorted(
        (line for line in lines if line.kind in {MoneyKind.BUDGET, MoneyKind.ESTIMATE}),
        key=lambda line: (line.kind, line.pk),
    )
    colours = {MoneyKind.BUDGET: "#154273", MoneyKind.ESTIMATE: "#b3005a"}
    items = []
    for line in wanted:
        label = line.get_kind_display()
        if line.price_level:
            label += " " + _("(price level %(year)s)") % {"year": line.price_level}
        items.append((f"{label}: {line.as_written or euro(line.amount_eur)}", line.amount_eur))
    return charts.money_chart(
        items,
        title=_("Budget and estimate"),
        description=_(
            "Each budget and estimate of this project as the letters state it; the bars compare "
            "the amounts (the lower bound of a range)."
        ),
        label_header=_("Money line"),
        colours=[colours[line.kind] for line in wanted] or ["#154273"],
        label_width=300,
    )


def _contributions(lines: list[MoneyLine]) -> charts.BarChart:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        if line.party_id and line.kind in {MoneyKind.CONTRIBUTION, MoneyKind.COFINANCING}:
            totals[line.party.name] += line.amount_eur
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return charts.money_chart(
        ordered,
        title=_("Contributions per party"),
        description=_(
            "Sum of the contributions and co-financing each party makes to this project."
        ),
        label_header=_("Party"),
    )


LIVE = [s for s in ReviewState.values if s != ReviewState.REJECTED]


@readable
def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    project = get_object_or_404(
        Project.objects.select_related("mirt_region", "source_passage__document"), slug=slug
    )
    areas = list(project.areas.order_by("name"))
    # Parties named for the project and those contributing money to it.
    parties = list(
        Organisation.objects.filter(
            Q(projects__pk=project.pk)
            | Q(money_lines__project_id=project.pk, money_lines__review_state__in=LIVE)
        )
        .distinct()
        .order_by("name")
    )
    milestones = _sorted_milestones(project)
    lines = list(
        project.money_lines.exclude(review_state=ReviewState.REJECTED).select_related(
            "party", "source_passage__document"
        )
    )
    sources = []
    if project.source_passage:
        sources.append(Source(_("Project"), project.source_passage))
    for milestone in milestones:
        if milestone.source_passage:
            sources.append(Source(str(milestone), milestone.source_passage))
    for line in lines:
        if line.source_passage:
            sources.append(Source(f"{line.get_kind_display()}: {line}", line.source_passage))
    timeline = charts.timeline(
        [
            (m.get_kind_display(), m.deadline_start, m.deadline_end, m.achieved_on)
            for m in milestones
        ],
        title=_("Decisions timeline"),
        description=_(
            "The milestones of this project on a time axis: a bar for the planned period, "
            "a dot for the date a decision was taken. The table below lists the same."
        ),
    )
    return render(
        request,
        "web/projects/detail.html",
        {
            "project": project,
            "demo_record": bool(project.source_passage and project.source_passage.document.is_demo),
            "areas": areas,
            "parties": parties,
            "milestones": milestones,
            "timeline": timeline,
            "lines": lines,
            "money_chart": _money_chart(lines),
            "contributions": _contributions(lines),
            "sources": sources,
            "phase_colour": PHASE_COLOURS.get(project.phase, ""),
        },
    )


urlpatterns = [
    path("projecten", project_list, name="project_list"),
    path("projecten/<slug:slug>", project_detail, name="project_detail"),
]
