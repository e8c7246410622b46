"""Controleren: the queue of extracted records still proposed, for the people who may decide.

Agreements come first, then commitments, projects, motions, milestones, completions that
letters report and status changes that the official sources report (confirming one of the
last two applies the status). Administrators see everything; editors see the records that
involve their organisation (the same rule as ``accounts.permissions.can_edit``, written as a
query so the queue pages through the database instead of checking records one by one).
Decisions go through ``common.editing.review``: recorded in the history, and a corrected
record is never overwritten by a later ingest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.editing import review
from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState
from ruimtemonitor.documents.passages import SpanInContext, passages_in_context
from ruimtemonitor.projects.models import Milestone, Project
from ruimtemonitor.register import status_reports
from ruimtemonitor.register.involvement import (
    agreements_involving,
    commitments_concerning,
    projects_involving,
)
from ruimtemonitor.register.models import (
    Agreement,
    AgreementType,
    Commitment,
    ParliamentaryItem,
    StatusReport,
)
from ruimtemonitor.sources import linking as source_linking
from ruimtemonitor.sources.models import SourceProposal
from ruimtemonitor.web.forms import ReviewDecisionForm
from ruimtemonitor.web.pagination import paginate
from ruimtemonitor.web.templatetags.register_format import deadline_text

PAGE_SIZE = 20


# -- who may review what, as queries ----------------------------------------------------------


# -- the kinds of records in the queue -------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass
class QueueItem:
    kind: QueueKind
    record: Model
    title: str
    facts: list[Fact]
    passage: SpanInContext | None
    correct_url: str | None
    context_url: str | None

    @property
    def anchor(self) -> str:
        return f"controle-{self.kind.slug}-{self.record.pk}"


@dataclass(frozen=True)
class QueueKind:
    slug: str
    label: Any
    model: type[Model]
    involving: Callable[[int], Q]
    describe: Callable[[Any], tuple[str, list[Fact]]]
    correct_url: Callable[[Any], str | None]
    context_url: Callable[[Any], str | None]
    related: Sequence[str] = ()
    prefetch: Sequence[str] = ()
    order: Sequence[str] = ("pk",)
    decide: Callable[..., Any] = review

    def queryset(self, user: Any) -> QuerySet:
        queryset = self.model.objects.filter(review_state=ReviewState.PROPOSED)
        if not _is_administrator(user):
            queryset = queryset.filter(self.involving(user.organisation_id))
        return queryset.select_related(*self.related).prefetch_related(*self.prefetch)


def _is_administrator(user: Any) -> bool:
    return bool(getattr(user, "is_administrator", False) or user.is_superuser)


def _admin_url(record: Model) -> str | None:
    meta = record._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return None


def _describe_agreement(agreement: Agreement) -> tuple[str, list[Fact]]:
    arrangement = agreement.arrangement
    types = dict(AgreementType.choices)
    departments = (
        _("all departments")
        if agreement.all_departments
        else ", ".join(d.abbreviation or d.name for d in agreement.departments.all()) or "–"
    )
    return (
        f"{agreement.number} {agreement.title}".strip(),
        [
            Fact(_("Arrangement"), f"{arrangement.title} ({arrangement.year})"),
            Fact(_("Chapter"), f"{agreement.chapter} {agreement.chapter_title}".strip() or "–"),
            Fact(_("Type"), ", ".join(str(types.get(t, t)) for t in agreement.types) or "–"),
            Fact(_("Departments"), departments),
            Fact(_("Commitments"), str(getattr(agreement, "commitment_count", "–"))),
        ],
    )


def _describe_commitment(commitment: Commitment) -> tuple[str, list[Fact]]:
    agreement = commitment.agreement
    owner = commitment.owner.name if commitment.owner else None
    written = commitment.owner_as_written
    if owner and written and written != owner:
        owner_text = _("%(owner)s (written as “%(written)s”)") % {
            "owner": owner,
            "written": written,
        }
    else:
        unknown = _("%(written)s (not recognised)") % {"written": written}
        owner_text = owner or (unknown if written else "–")
    interval = ""
    if commitment.deadline_start and commitment.deadline_end:
        interval = f" ({commitment.deadline_start:%d-%m-%Y} – {commitment.deadline_end:%d-%m-%Y})"
    return (
        commitment.text,
        [
            Fact(_("Agreement"), f"{agreement.number} {agreement.title}".strip()),
            Fact(_("Owner"), owner_text),
            Fact(_("Deadline"), deadline_text(commitment) + interval),
        ],
    )


def _describe_project(project: Project) -> tuple[str, list[Fact]]:
    return (
        project.name,
        [
            Fact(_("MIRT region"), project.mirt_region.name if project.mirt_region else "–"),
            Fact(_("Phase"), project.get_phase_display() or "–"),
            Fact(_("Programme"), _("yes") if project.is_programme else _("no")),
        ],
    )


def _describe_parliamentary(item: ParliamentaryItem) -> tuple[str, list[Fact]]:
    return (
        f"{item.get_kind_display()} {item.kamerstuk}".strip(),
        [
            Fact(_("Kamerstuk id"), item.kamerstuk or "–"),
            Fact(_("Member(s)"), item.member or "–"),
            Fact(_("Text"), item.text or "–"),
        ],
    )


def _describe_milestone(milestone: Milestone) -> tuple[str, list[Fact]]:
    return (
        f"{milestone.get_kind_display()}: {milestone.project.name}",
        [
            Fact(_("Project"), milestone.project.name),
            Fact(_("Description"), milestone.description or "–"),
            Fact(_("Planned"), deadline_text(milestone)),
        ],
    )


def _describe_status_report(report: StatusReport) -> tuple[str, list[Fact]]:
    target = report.target
    if isinstance(target, ParliamentaryItem):
        what = f"{target.get_kind_display()} {target.kamerstuk or target.member}".strip()
    else:
        what = target.text
    new = status_reports.new_status(report)
    labels = dict(type(target)._meta.get_field("status").choices)
    return (
        _("Reported as done: %(what)s") % {"what": _short(what)},
        [
            Fact(_("The letter says"), report.as_written),
            Fact(_("Status now"), target.get_status_display()),
            Fact(_("Status when confirmed"), str(labels.get(new, new))),
        ],
    )


def _describe_source_proposal(proposal: SourceProposal) -> tuple[str, list[Fact]]:
    item = proposal.parliamentary_item
    record = proposal.record
    labels = dict(ParliamentaryStatus.choices)
    new = proposal.proposed_status
    return (
        _("%(source)s reports: %(what)s is %(status)s")
        % {
            "source": record.get_source_display(),
            "what": f"{item.get_kind_display()} {item.kamerstuk}".strip(),
            "status": proposal.status_at_source,
        },
        [
            Fact(_("At the source"), _short(record.title) or "–"),
            Fact(
                _("Status at the source"),
                f"{proposal.status_before or '–'} → {proposal.status_at_source}",
            ),
            Fact(_("Status now"), item.get_status_display()),
            Fact(
                _("Status when confirmed"),
                str(labels.get(new, new)) if new else _("unchanged; the note is added"),
            ),
            Fact(_("Note"), proposal.note),
        ],
    )


def _project_url(project: Project) -> str | None:
    try:
        return reverse("web:project_detail", args=[project.slug])
    except NoReverseMatch:
        return None


KINDS: dict[str, QueueKind] = {
    kind.slug: kind
    for kind in (
        QueueKind(
            slug="afspraak",
            label=gettext_lazy("Agreements"),
            model=Agreement,
            involving=agreements_involving,
            describe=_describe_agreement,
            correct_url=lambda a: reverse("web:agreement_detail", args=[a.pk]) + "#bewerken",
            context_url=lambda a: reverse("web:agreement_detail", args=[a.pk]),
            related=("arrangement", "source_passage"),
            prefetch=("departments",),
            order=("arrangement__year", "arrangement_id", "chapter", "number", "pk"),
        ),
        QueueKind(
            slug="toezegging",
            label=gettext_lazy("Commitments"),
            model=Commitment,
            involving=commitments_concerning,
            describe=_describe_commitment,
            correct_url=lambda c: (
                reverse("web:agreement_detail", args=[c.agreement_id])
                + f"#toezegging-{c.pk}-details"
            ),
            context_url=lambda c: reverse("web:agreement_detail", args=[c.agreement_id]),
            related=("agreement", "owner", "source_passage"),
            order=("agreement__arrangement__year", "agreement_id", "position", "pk"),
        ),
        QueueKind(
            slug="project",
            label=gettext_lazy("Projects"),
            model=Project,
            involving=projects_involving,
            describe=_describe_project,
            correct_url=_admin_url,
            context_url=_project_url,
            related=("mirt_region", "source_passage"),
            order=("name", "pk"),
        ),
        QueueKind(
            slug="kamerstuk",
            label=gettext_lazy("Motions and commitments to parliament"),
            model=ParliamentaryItem,
            involving=lambda org: Q(responsible_id=org),
            describe=_describe_parliamentary,
            correct_url=_admin_url,
            context_url=lambda item: None,
            related=("source_passage",),
            order=("kamerstuk", "pk"),
        ),
        QueueKind(
            slug="mijlpaal",
            label=gettext_lazy("Milestones"),
            model=Milestone,
            involving=lambda org: Q(
                project__in=Project.objects.filter(projects_involving(org)).values("pk")
            ),
            describe=_describe_milestone,
            correct_url=_admin_url,
            context_url=lambda m: _project_url(m.project),
            related=("project", "source_passage"),
            order=("project__name", "deadline_start", "pk"),
        ),
        QueueKind(
            slug="voltooiing",
            label=gettext_lazy("Reported as done"),
            model=StatusReport,
            involving=lambda org: (
                Q(parliamentary_item__responsible_id=org)
                | commitments_concerning(org, via="commitment__")
            ),
            describe=_describe_status_report,
            correct_url=_admin_url,
            context_url=lambda r: (
                reverse("web:agreement_detail", args=[r.commitment.agreement_id])
                if r.commitment_id
                else None
            ),
            related=("parliamentary_item", "commitment", "source_passage"),
            order=("-created_at", "pk"),
            decide=status_reports.decide,
        ),
        QueueKind(
            slug="bron",
            label=gettext_lazy("Status changes at the sources"),
            model=SourceProposal,
            involving=lambda org: Q(parliamentary_item__responsible_id=org),
            describe=_describe_source_proposal,
            correct_url=lambda p: _admin_url(p.parliamentary_item),
            context_url=lambda p: reverse("web:source_overview"),
            related=("parliamentary_item", "record"),
            order=("-created_at", "pk"),
            decide=source_linking.decide,
        ),
    )
}


class Queue:
    """All kinds one after the other, sliceable for the paginator: a count per kind, and only
    the kinds that fall on the requested page are read."""

    def __init__(self, user: Any) -> None:
        self.parts = [(kind, kind.queryset(user).order_by(*kind.order)) for kind in KINDS.values()]
        self._counts: list[int] | None = None

    def counts(self) -> list[int]:
        if self._counts is None:
            self._counts = [queryset.count() for _kind, queryset in self.parts]
        return self._counts

    def count(self) -> int:
        return sum(self.counts())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[tuple[QueueKind, Model]]:
        if not isinstance(index, slice):
            raise TypeError("the queue is read in pages")
        start, stop = index.start or 0, index.stop
        found: list[tuple[QueueKind, Model]] = []
        offset = 0
        for (kind, queryset), count in zip(self.parts, self.counts(), strict=True):
            first, last = max(start - offset, 0), min(stop - offset, count)
            if first < last:
                if kind.model is Agreement:
                    queryset = queryset.annotate(commitment_count=Count("commitments"))
                found += [(kind, record) for record in queryset[first:last]]
            offset += count
            if offset >= stop:
                break
        return found


def _items(records: list[tuple[QueueKind, Model]]) -> list[QueueItem]:
    passages = passages_in_context(record.source_passage_id for _kind, record in records)
    items = []
    for kind, record in records:
        title, facts = kind.describe(record)
        items.append(
            QueueItem(
                kind=kind,
                record=record,
                title=title,
                facts=facts,
                passage=passages.get(record.source_passage_id),
                correct_url=kind.correct_url(record),
                context_url=kind.context_url(record),
            )
        )
    return items


@dataclass
class Section:
    kind: QueueKind
    total: int
    items: list[QueueItem]


@login_required
@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not can_edit(user):
        return render(request, "web/review/queue.html", {"may_review": False}, status=200)
    queue = Queue(user)
    paged = paginate(request.GET, queue, PAGE_SIZE)
    page = paged["page"]
    items = _items(list(page.object_list))
    totals = dict(zip((kind.slug for kind in KINDS.values()), queue.counts(), strict=True))
    sections = []
    for item in items:
        if not sections or sections[-1].kind is not item.kind:
            sections.append(Section(item.kind, totals[item.kind.slug], []))
        sections[-1].items.append(item)
    context = {
        "may_review": True,
        **paged,
        "sections": sections,
        "total": page.paginator.count,
        "totals": [(kind, totals[kind.slug]) for kind in KINDS.values()],
    }
    return render(request, "web/review/queue.html", context)


def _next_url(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def review_decide(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Confirm or reject one proposed record; JSON for the keyboard script, else a redirect."""
    spec = KINDS.get(kind)
    if spec is None:
        raise Http404(_("No such kind of record."))
    record = get_object_or_404(spec.model, pk=pk)
    wants_json = _wants_json(request)
    if not can_edit(request.user, record):
        if wants_json:
            return JsonResponse(
                {"ok": False, "message": _("You may not review this record.")}, status=403
            )
        raise PermissionDenied(_("You may not review this record."))
    form = ReviewDecisionForm(request.POST)
    title, _facts = spec.describe(record)
    queue_url = reverse("web:review_queue")
    if not form.is_valid():
        message = _("Choose confirm or reject.")
        if wants_json:
            return JsonResponse({"ok": False, "message": message}, status=400)
        messages.error(request, message)
        return HttpResponseRedirect(_next_url(request, queue_url))
    if record.review_state != ReviewState.PROPOSED:
        message = _("“%(title)s” was already reviewed: %(state)s.") % {
            "title": _short(title),
            "state": record.get_review_state_display(),
        }
        if wants_json:
            return JsonResponse(
                {"ok": False, "message": message, "state": record.review_state}, status=409
            )
        messages.warning(request, message)
        return HttpResponseRedirect(_next_url(request, queue_url))
    decided = spec.decide(record, form.decision(), user=request.user)
    if decided.review_state == ReviewState.CONFIRMED:
        message = _("Confirmed: %(title)s") % {"title": _short(title)}
    else:
        message = _("Rejected: %(title)s") % {"title": _short(title)}
    if wants_json:
        return JsonResponse(
            {
                "ok": True,
                "message": message,
                "state": decided.review_state,
                "state_label": decided.get_review_state_display(),
            }
        )
    messages.success(request, message)
    return HttpResponseRedirect(_next_url(request, queue_url))


def _short(text: str, length: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


urlpatterns = [
    path("controleren", review_queue, name="review_queue"),
    path("controleren/<slug:kind>/<int:pk>", review_decide, name="review_decide"),
]
