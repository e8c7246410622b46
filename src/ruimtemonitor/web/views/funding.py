"""Financiering: funding rounds, their assessment and allocation, and a new round from the web.

A round's page reads what ``funding.services.save_round`` stored: the engine's result
document (verdicts, ranking, both allocations) next to the proposals as submitted. A new
round goes through the same core calls as ``ruimtemonitor funding assess --save``: the
scheme is loaded and overridden by the core, the file is read and validated by the core
(every problem at once) and the round is stored by the service.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ruimtemonitor.core.funding.errors import InputError, Problem, SchemeError
from ruimtemonitor.core.funding.notation import format_eur, format_int, parse_decimal
from ruimtemonitor.core.funding.reading import PROPOSAL_COLUMNS, read_proposals
from ruimtemonitor.core.funding.service import (
    DEFAULT_TIME_LIMIT,
    Scheme,
    assess,
    load_scheme,
)
from ruimtemonitor.funding import services
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.web import charts
from ruimtemonitor.web.access import readable, refused
from ruimtemonitor.web.exports import csv_response, xlsx_response
from ruimtemonitor.web.pagination import paginate
from ruimtemonitor.web.ratelimit import anonymous_rate_limited

PAGE_SIZE = 25


def _money(value: object) -> Decimal | None:
    """A stored decimal string (``"20000.00"``) as a Decimal; None when absent or unreadable."""
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def exact_eur(value: Decimal | None) -> str:
    """Funding amounts to the cent: a verdict can turn on one cent above 65 %."""
    return "–" if value is None else format_eur(value)


def _allocation(funding_round: FundingRound, method: str) -> dict[str, object]:
    summary = funding_round.allocation(method)
    funded = _money(summary.get("funded_eur"))
    homes = summary.get("new_homes")
    return {
        "count": summary.get("count"),
        "new_homes": homes,
        "new_homes_text": format_int(homes) if isinstance(homes, int) else "–",
        "funded_eur": funded,
        "funded_text": exact_eur(funded),
        "proven_optimal": summary.get("proven_optimal"),
        "solver": summary.get("solver", ""),
    }


@readable
def funding_list(request: HttpRequest) -> HttpResponse:
    rounds = FundingRound.objects.select_related("created_by").order_by("-created_at", "-pk")
    paged = paginate(request.GET, rounds, PAGE_SIZE)
    page = paged["page"]
    rows = [
        {
            "round": item,
            "proposals": len(item.proposals or []),
            "budget_text": exact_eur(item.budget_eur),
            "greedy": _allocation(item, "greedy"),
            "optimal": _allocation(item, "optimal"),
        }
        for item in page.object_list
    ]
    return render(
        request,
        "web/funding/list.html",
        {
            **paged,
            "rows": rows,
            "query": "",
            "may_assess": _is_administrator(request.user),
        },
    )


@dataclass(frozen=True)
class ProposalRow:
    """One assessed proposal: the engine's verdicts next to the columns as submitted."""

    id: str
    anchor: str
    submitted: dict[str, object]
    result: dict[str, object]

    @property
    def knockouts(self) -> list[dict[str, object]]:
        return list(self.result.get("knockouts") or [])

    @property
    def failed(self) -> list[dict[str, object]]:
        return [k for k in self.knockouts if not k.get("passed")]

    def get(self, key: str) -> object:
        return self.result.get(key)

    @property
    def contribution(self) -> Decimal | None:
        return _money(self.result.get("contribution_eur_incl_vat"))

    @property
    def per_home(self) -> Decimal | None:
        return _money(self.result.get("contribution_per_home_eur"))

    @property
    def contribution_text(self) -> str:
        return exact_eur(self.contribution)

    @property
    def per_home_text(self) -> str:
        return exact_eur(self.per_home)


def proposal_rows(funding_round: FundingRound) -> list[ProposalRow]:
    """In the engine's order: ranked proposals first (by rank), then the rejected ones."""
    submitted = {
        str(record.get("id")): record
        for record in funding_round.proposals or []
        if isinstance(record, dict)
    }
    result = funding_round.result if isinstance(funding_round.result, dict) else {}
    rows = []
    for index, item in enumerate(result.get("proposals") or []):
        ident = str(item.get("id", ""))
        rows.append(ProposalRow(ident, _anchor(ident, index), submitted.get(ident, {}), item))
    return rows


def _anchor(ident: str, index: int) -> str:
    return f"voorstel-{slugify(ident) or index}"


BUDGET_SCALE_LIMIT = 20  # the budget is drawn when the largest allocation is at least 1/20 of it


def _comparison_charts(
    funding_round: FundingRound, greedy: dict, optimal: dict
) -> tuple[charts.BarChart, charts.BarChart]:
    allocated = [
        (_("Greedy allocation"), greedy["funded_eur"] or Decimal(0)),
        (_("Optimal allocation"), optimal["funded_eur"] or Decimal(0)),
    ]
    budget = funding_round.budget_eur or Decimal(0)
    largest = max(amount for _label, amount in allocated)
    # Next to a budget far larger than what is spent, the allocations' bars would be a few
    # pixels wide: then the chart compares the allocations and says what the budget is.
    budget_in_chart = largest * BUDGET_SCALE_LIMIT >= budget
    bars = [(_("Budget"), budget), *allocated] if budget_in_chart else allocated
    description = _(
        "The amount each allocation spends: greedy funds proposals in order of rank while "
        "the money lasts, optimal chooses the set with the most new homes within the budget."
    )
    if not budget_in_chart:
        description += " " + _(
            "The budget of %(budget)s is left out of the chart: beside it these amounts "
            "would not be visible."
        ) % {"budget": exact_eur(budget)}
    money = charts.bar_chart(
        bars,
        title=_("Amount allocated"),
        description=description,
        label_header=_("Allocation"),
        value_header=_("Amount"),
        formatter=exact_eur,
        colours=["#4a4a4a", "#a35200", "#154273"] if budget_in_chart else ["#a35200", "#154273"],
    )
    homes = charts.bar_chart(
        [
            (_("Greedy allocation"), greedy["new_homes"] or 0),
            (_("Optimal allocation"), optimal["new_homes"] or 0),
        ],
        title=_("New homes funded"),
        description=_("The number of new homes in the proposals each allocation funds."),
        label_header=_("Allocation"),
        value_header=_("New homes"),
        formatter=format_int,
        colours=["#a35200", "#154273"],
    )
    return money, homes


@readable
def funding_detail(request: HttpRequest, pk: int) -> HttpResponse:
    funding_round = get_object_or_404(FundingRound.objects.select_related("created_by"), pk=pk)
    greedy = _allocation(funding_round, "greedy")
    optimal = _allocation(funding_round, "optimal")
    money_chart, homes_chart = _comparison_charts(funding_round, greedy, optimal)
    rows = proposal_rows(funding_round)
    criteria = [k.get("criterion") for k in (funding_round.scheme_rules or {}).get("knockouts", [])]
    return render(
        request,
        "web/funding/detail.html",
        {
            "round": funding_round,
            "rows": rows,
            "ranked": [row for row in rows if row.get("rank") is not None],
            "rejected": [row for row in rows if row.get("rank") is None],
            "greedy": greedy,
            "optimal": optimal,
            "money_chart": money_chart,
            "homes_chart": homes_chart,
            "criteria": criteria,
            "title": (funding_round.scheme_rules or {}).get("title", ""),
            "budget_text": exact_eur(funding_round.budget_eur),
        },
    )


# -- export -----------------------------------------------------------------------------------
SUBMITTED_COLUMNS = ("naam", "gemeente", "provincie", "woningen", "woningen_al_afgesproken")


def export_table(funding_round: FundingRound) -> tuple[list[str], Iterator[list[object]]]:
    """Headers and rows of the proposals with their verdicts, as the engine's flat table."""
    criteria = [k.get("criterion") for k in (funding_round.scheme_rules or {}).get("knockouts", [])]
    headers = [
        "id",
        *SUBMITTED_COLUMNS,
        "start_bouw",
        "new_homes",
        "contribution_eur_incl_vat",
        "contribution_per_home_eur",
        "share_of_deficit",
        "months_to_start",
        "eligible",
        *(f"{criterion}_passed" for criterion in criteria),
        "score",
        "rank",
        "funded_greedy",
        "funded_optimal",
        "toelichting",
    ]

    def rows() -> Iterator[list[object]]:
        for row in proposal_rows(funding_round):
            verdicts = {k.get("criterion"): k for k in row.knockouts}
            yield [
                row.id,
                *(row.submitted.get(column, "") for column in SUBMITTED_COLUMNS),
                row.submitted.get("start_bouw", ""),
                row.get("new_homes"),
                row.contribution,
                row.per_home,
                _money(row.get("share_of_deficit")),
                row.get("months_to_start"),
                row.get("eligible"),
                *(verdicts.get(c, {}).get("passed") for c in criteria),
                _money(row.get("score")),
                row.get("rank"),
                row.get("funded_greedy"),
                row.get("funded_optimal"),
                " | ".join(f"{k.get('criterion')}: {k.get('explanation')}" for k in row.knockouts),
            ]

    return headers, rows()


@readable
@anonymous_rate_limited
def funding_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    funding_round = get_object_or_404(FundingRound, pk=pk)
    headers, rows = export_table(funding_round)
    filename = f"financieringsronde-{funding_round.pk}-{funding_round.name}"
    if fmt == "csv":
        return csv_response(filename, headers, rows)
    if fmt == "xlsx":
        return xlsx_response(filename, headers, rows, sheet=_("Proposals"))
    raise Http404


# -- a new round --------------------------------------------------------------------------------
def _is_administrator(user: object) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and bool(
        getattr(user, "is_administrator", False)
    )


def proposal_schemes() -> list[tuple[str, str]]:
    """The shipped schemes that assess proposals (the locations scheme classifies instead)."""
    return [
        (name, f"{scheme.title} ({name}, {scheme.version})")
        for name, scheme in services.assessing_schemes()
    ]


class RoundForm(forms.Form):
    naam = forms.CharField(label=gettext_lazy("Name of the round"), max_length=200)
    regeling = forms.ChoiceField(label=gettext_lazy("Scheme"))
    peildatum = forms.DateField(
        label=gettext_lazy("Reference date (peildatum)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
    )
    budget = forms.CharField(
        label=gettext_lazy("Budget in euros"),
        required=False,
        max_length=40,
        help_text=gettext_lazy("Empty: the scheme's budget. For example 30.000.000 or 30000000."),
    )
    max_aandeel = forms.CharField(
        label=gettext_lazy("Maximum share per province"),
        required=False,
        max_length=20,
        help_text=gettext_lazy("A fraction of the budget, for example 0,2; empty: no cap."),
    )
    bestand = forms.FileField(
        label=gettext_lazy("Proposals (CSV or XLSX)"),
        help_text=gettext_lazy(
            "One row per proposal with the columns the scheme needs (listed below); "
            "download the template to start from."
        ),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["regeling"].choices = proposal_schemes()


@dataclass(frozen=True)
class ColumnHelp:
    name: str
    aliases: tuple[str, ...]
    required: bool


def scheme_columns(scheme: Scheme) -> list[ColumnHelp]:
    """The columns of a proposals file for ``scheme``: the ones it needs first."""
    needed = set(scheme.required_columns)
    columns = [
        ColumnHelp(column.name, column.aliases, column.required or column.name in needed)
        for column in PROPOSAL_COLUMNS
    ]
    return sorted(columns, key=lambda column: not column.required)


def _schemes_with_columns() -> list[dict[str, object]]:
    found = []
    for name, label in proposal_schemes():
        try:
            columns = scheme_columns(load_scheme(name))
        except SchemeError:
            continue
        found.append(
            {
                "name": name,
                "label": label,
                "required": [column for column in columns if column.required],
                "optional": [column for column in columns if not column.required],
            }
        )
    return found


def problem_text(problem: Problem) -> str:
    """A problem in the file as a sentence: "rij 3: kolom 'gebied' is leeg; verwacht …"."""
    expected = problem.expected
    where = (
        _("row %(row)s") % {"row": problem.row} if problem.row is not None else _("header (row 1)")
    )
    if problem.column and expected.endswith("(ontbreekt)"):
        return _("Column '%(column)s' is missing from the header (row 1).") % {
            "column": problem.column
        }
    if problem.column and expected.endswith("(leeg)"):
        return _("%(where)s: column '%(column)s' is empty; expected %(expected)s.") % {
            "where": where,
            "column": problem.column,
            "expected": expected.removesuffix("(leeg)").strip(),
        }
    if problem.column:
        return _("%(where)s: column '%(column)s' holds '%(value)s'; expected %(expected)s.") % {
            "where": where,
            "column": problem.column,
            "value": problem.value,
            "expected": expected,
        }
    if problem.value:
        return _("%(where)s: '%(value)s'; expected %(expected)s.") % {
            "where": where,
            "value": problem.value,
            "expected": expected,
        }
    return _("%(where)s: expected %(expected)s.") % {"where": where, "expected": expected}


@readable
def funding_template(request: HttpRequest, scheme_name: str) -> HttpResponse:
    """A CSV with the header row a scheme's proposals file needs, to fill in and upload."""
    if scheme_name not in dict(proposal_schemes()):
        raise Http404
    columns = scheme_columns(load_scheme(scheme_name))
    return csv_response(f"voorstellen-{scheme_name}", [column.name for column in columns], [])


def _refuse_unless_administrator(request: HttpRequest) -> HttpResponse | None:
    return refused(request, _is_administrator, _("Only administrators may assess a funding round."))


def _check_inputs(form: RoundForm) -> Scheme | None:
    """Load the scheme with its cap, check budget and name: every problem as a form error.

    Runs on whatever fields were valid, so a wrong name and a wrong budget are reported
    together with the problems in the file.
    """
    data = form.cleaned_data
    scheme = None
    if data.get("regeling"):
        try:
            scheme = load_scheme(data["regeling"])
        except SchemeError as exc:
            form.add_error("regeling", str(exc))
    if data.get("budget"):
        try:
            if parse_decimal(data["budget"]) < 0:
                form.add_error("budget", _("The budget cannot be negative."))
        except ValueError:
            form.add_error("budget", _("Not an amount: %(value)s") % {"value": data["budget"]})
    cap = (data.get("max_aandeel") or "").strip()
    if cap and scheme is not None:
        try:
            scheme = scheme.with_overrides(max_share_per_province=cap)
        except SchemeError as exc:
            form.add_error("max_aandeel", str(exc))
    if data.get("naam"):
        try:
            services.check_round_name(data["naam"])
        except services.FundingRoundError as exc:
            form.add_error("naam", str(exc))
    upload = data.get("bestand")
    if upload is not None and upload.size > settings.MAX_UPLOAD_MB * 1024 * 1024:
        form.add_error(
            "bestand",
            _("The file is larger than the limit of %(limit)s MB.")
            % {"limit": settings.MAX_UPLOAD_MB},
        )
    return scheme


def funding_new(request: HttpRequest) -> HttpResponse:
    refused = _refuse_unless_administrator(request)
    if refused is not None:
        return refused
    problems: list[str] = []
    if request.method == "POST":
        form = RoundForm(request.POST, request.FILES)
        form.is_valid()
        scheme = _check_inputs(form)
        upload = form.cleaned_data.get("bestand")
        if scheme is not None and upload is not None and "bestand" not in form.errors:
            saved, problems = _assess_and_save(form, upload, scheme, request.user)
            if saved is not None:
                return redirect("web:funding_detail", pk=saved.pk)
    else:
        form = RoundForm()
    has_errors = bool(form.errors or problems)
    return render(
        request,
        "web/funding/new.html",
        {
            "form": form,
            "problems": problems,
            "has_errors": has_errors,
            "schemes": _schemes_with_columns(),
        },
        status=400 if has_errors else 200,
    )


def _stored_copy(upload: UploadedFile, folder: str) -> Path:
    """The upload as a file under its own name: the reader tells CSV from XLSX by the suffix."""
    name = Path((upload.name or "").replace("\\", "/")).name.lstrip(".")
    target = Path(folder) / (name or "voorstellen.csv")
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return target


def _assess_and_save(
    form: RoundForm, upload: UploadedFile, scheme: Scheme, user: object
) -> tuple[FundingRound | None, list[str]]:
    """Read the file (all its problems), then, if nothing else is wrong, assess and store."""
    data = form.cleaned_data
    with tempfile.TemporaryDirectory(prefix="ruimtemonitor-round-") as folder:
        target = _stored_copy(upload, folder)
        try:
            proposals = read_proposals(target, scheme.required_columns)
        except InputError as exc:
            return None, [problem_text(problem) for problem in exc.problems]
        if form.errors:
            return None, []
        try:
            result = assess(
                proposals,
                scheme,
                data["peildatum"],
                data["budget"] or None,
                time_limit=DEFAULT_TIME_LIMIT,
            )
        except InputError as exc:  # duplicate ids are found when assessing
            return None, [problem_text(problem) for problem in exc.problems]
        except SchemeError as exc:
            form.add_error(None, str(exc))
            return None, []
        try:
            saved = services.save_round(
                result,
                name=data["naam"],
                proposals=proposals,
                source_name=target.name,
                source_hash=hashlib.sha256(target.read_bytes()).hexdigest(),
                user=user,
                time_limit=DEFAULT_TIME_LIMIT,
            )
        except services.FundingRoundError as exc:
            form.add_error(None, str(exc))
            return None, []
    return saved, []


urlpatterns = [
    path("financiering", funding_list, name="funding_list"),
    path("financiering/nieuw", funding_new, name="funding_new"),
    path("financiering/sjabloon-<slug:scheme_name>.csv", funding_template, name="funding_template"),
    path("financiering/<int:pk>", funding_detail, name="funding_detail"),
    path("financiering/<int:pk>/export.<str:fmt>", funding_export, name="funding_export"),
]
