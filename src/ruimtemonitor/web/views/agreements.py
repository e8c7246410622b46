"""The Afspraken pages: list with search, facets and export; detail with history; editing.

The list's address carries the whole selection (``AgreementFilter``'s Dutch parameters plus
``pagina``), so a link or a saved filter brings back the same page. Facet counts take one
grouped query per facet whatever the number of agreements or facet values, but on a register
of national size they cost far more than the rows (docs/performance.md): the list therefore
answers without them and ``facets.js`` loads them from ``/afspraken/facetten`` with the same
query string. ``?facetten=1`` renders them inline, the way without JavaScript.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import Case, F, Model, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Greatest, Substr
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.editing import EditConflictError, save_edit
from ruimtemonitor.common.models import PRECISION_CHOICES
from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import TEXT_SUFFIXES, Document, Mention, MentionKind, Passage
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.register.facets import Facet, build_facets, plain
from ruimtemonitor.register.filters import SORT_CHOICES, AgreementFilter, filter_names, selection
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment
from ruimtemonitor.web import exports
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.forms import (
    AgreementEditForm,
    CommitmentEditForm,
    SavedFilterForm,
    VersionedForm,
    owner_choices,
)
from ruimtemonitor.web.models import SavedFilter
from ruimtemonitor.web.querystrings import PAGE_PARAM, query_with
from ruimtemonitor.web.ratelimit import anonymous_rate_limited

PAGE_SIZE = 25
#: ``?facetten=1`` renders the facet counts inside the list page (the link without JavaScript).
FACETS_PARAM = "facetten"
#: Characters of document text shown on each side of a passage.
CONTEXT_CHARS = 300


# -- passages in context ------------------------------------------------------------------


@dataclass(frozen=True)
class SpanInContext:
    """A passage with some text around it, to read it as it stands in the letter."""

    before: str
    text: str
    after: str
    clipped_before: bool
    clipped_after: bool
    page: int | None
    document_id: int
    document_title: str
    passage_id: int | None = None  # to open the document at the page holding the passage
    file_has_pages: bool = True  # a text file's "page 1" is no page: then none is named


def with_context(queryset: QuerySet, chars: int = CONTEXT_CHARS) -> QuerySet:
    """Annotate passages (or mentions) with a window of the file text around their span.

    Offsets are into the root file's text; a letter inside a bundle has none of its own, so
    the text comes from the parent. Only the window is read from the database, not the
    whole text of the file.
    """
    window_start = Greatest(F("start") - Value(chars), Value(0))
    root_text = Case(
        When(document__parent__isnull=True, then=F("document__extracted_text")),
        default=F("document__parent__extracted_text"),
    )
    return queryset.annotate(
        context_from=window_start,
        context_text=Substr(
            root_text, window_start + Value(1), F("end") + Value(chars) - window_start
        ),
        context_title=F("document__title"),
        context_file=Case(
            When(document__parent__isnull=True, then=F("document__original_filename")),
            default=F("document__parent__original_filename"),
        ),
    )


def in_context(row: Passage | Mention, chars: int = CONTEXT_CHARS) -> SpanInContext:
    """Split an annotated row's window into the text before, the span itself and after."""
    window = getattr(row, "context_text", None) or ""
    first = getattr(row, "context_from", 0) or 0
    offset = row.start - first
    length = row.end - row.start
    before, text, after = (
        window[:offset],
        window[offset : offset + length],
        window[offset + length :],
    )
    clipped_before = first > 0
    clipped_after = len(window) >= (row.end + chars - first)
    if clipped_before and " " in before:
        before = before[before.index(" ") + 1 :]
    if clipped_after and " " in after:
        after = after[: after.rindex(" ")]
    return SpanInContext(
        before=before,
        text=text,
        after=after,
        clipped_before=clipped_before,
        clipped_after=clipped_after,
        page=row.page,
        document_id=row.document_id,
        document_title=getattr(row, "context_title", "") or "",
        passage_id=row.pk if isinstance(row, Passage) else None,
        file_has_pages=not (getattr(row, "context_file", "") or "").lower().endswith(TEXT_SUFFIXES),
    )


def passages_in_context(passage_ids: Iterable[int | None]) -> dict[int, SpanInContext]:
    """Passage id -> its text in context, for many passages in one query."""
    wanted = {pk for pk in passage_ids if pk}
    if not wanted:
        return {}
    return {row.pk: in_context(row) for row in with_context(Passage.objects.filter(pk__in=wanted))}


# -- list ----------------------------------------------------------------------------------

SORTABLE = {  # column -> (ascending, descending) values of ``sorteer``
    "number": ("nummer", "-nummer"),
    "title": ("titel", "-titel"),
    "deadline": ("deadline", "-deadline"),
}


@dataclass
class SortLink:
    url: str
    aria_sort: str  # "ascending", "descending" or "none"


def _sort_links(query: QueryDict, current: str) -> dict[str, SortLink]:
    links = {}
    for column, (ascending, descending) in SORTABLE.items():
        if current == ascending:
            links[column] = SortLink("?" + query_with(query, sorteer=descending), "ascending")
        elif current == descending:
            links[column] = SortLink("?" + query_with(query, sorteer=ascending), "descending")
        else:
            links[column] = SortLink("?" + query_with(query, sorteer=ascending), "none")
    return links


@dataclass
class Row:
    """An agreement as one line of the list and of the export."""

    agreement: Agreement
    commitment_count: int
    first_deadline: Commitment | None

    @property
    def departments(self) -> list[str]:
        if self.agreement.all_departments:
            return [_("all departments")]
        return [d.abbreviation or d.name for d in self.agreement.departments.all()]

    @property
    def type_labels(self) -> list[str]:
        labels = dict(AgreementType.choices)
        return [str(labels.get(value, value)) for value in self.agreement.types or []]


def _first_deadline(commitments: Iterable[Commitment]) -> Commitment | None:
    dated = [c for c in commitments if c.deadline_end is not None]
    if dated:
        return min(dated, key=lambda c: (c.deadline_end, c.position, c.pk))
    written = [c for c in commitments if c.deadline_as_written]
    return written[0] if written else None


def _rows_queryset(queryset: QuerySet) -> QuerySet:
    queryset = queryset.select_related("arrangement", "source_passage", "source_passage__document")
    queryset = queryset.defer("search_document", "source_passage__document__extracted_text")
    return queryset.prefetch_related(
        Prefetch(
            "departments",
            queryset=Organisation.objects.only("pk", "name", "abbreviation").order_by(
                "abbreviation", "name"
            ),
        ),
        Prefetch(
            "commitments",
            queryset=Commitment.objects.only(
                "pk",
                "agreement_id",
                "position",
                "deadline_as_written",
                "deadline_start",
                "deadline_end",
                "deadline_precision",
            ),
        ),
    )


def _row(agreement: Agreement) -> Row:
    commitments = list(agreement.commitments.all())
    return Row(agreement, len(commitments), _first_deadline(commitments))


@dataclass
class Chip:
    label: str
    value: str
    url: str


def chip_labels(query: QueryDict) -> dict[str, str]:
    """The chosen facet values as their facets name them, without counting anything.

    The list page shows its chips before (and without) the facet counts, so the names come
    from the few records chosen: at most one small query per kind of record.
    """
    chosen = {key: query.get(key, "").strip() for key in filter_names()}
    labels: dict[str, str] = {}
    area_params = [key for key in ("provincie", "gebied") if chosen[key]]
    if area_params:
        names = dict(
            Area.objects.filter(slug__in=[chosen[key] for key in area_params]).values_list(
                "slug", "name"
            )
        )
        labels.update({key: names[chosen[key]] for key in area_params if chosen[key] in names})
    organisation_params = [key for key in ("departement", "partij") if chosen[key]]
    if organisation_params:
        found = {
            slug: (abbreviation, name)
            for slug, abbreviation, name in Organisation.objects.filter(
                slug__in=[chosen[key] for key in organisation_params]
            ).values_list("slug", "abbreviation", "name")
        }
        for key in organisation_params:
            if chosen[key] in found:
                abbreviation, name = found[chosen[key]]
                labels[key] = (abbreviation or name) if key == "departement" else name
    if chosen["arrangement"].isdigit():
        arrangement = (
            Arrangement.objects.filter(pk=int(chosen["arrangement"]))
            .values_list("title", "year")
            .first()
        )
        if arrangement is not None:
            labels["arrangement"] = f"{arrangement[0]} ({arrangement[1]})"
    if chosen["document"].isdigit():
        document = (
            Document.objects.filter(pk=int(chosen["document"])).values_list("title", "date").first()
        )
        if document is not None:
            title, date = document
            labels["document"] = f"{title} ({plain(date)})" if date else title
    if chosen["generatie"].isdigit():
        labels["generatie"] = _("generation %(number)s") % {"number": chosen["generatie"]}
    for key, choices in (
        ("status", AgreementStatus.choices),
        ("beoordeling", ReviewState.choices),
        ("type", AgreementType.choices),
    ):
        label = dict(choices).get(chosen[key])
        if label is not None:
            labels[key] = str(label)
    return labels


def _chips(query: QueryDict, filterset: AgreementFilter) -> list[Chip]:
    labels = chip_labels(query)
    filterset.form.is_valid()  # cleaned_data then holds the values that are valid
    cleaned = filterset.form.cleaned_data
    chips = []
    for name, filter_ in filterset.filters.items():
        if name == "sorteer" or name not in query or not query.get(name):
            continue
        value = cleaned.get(name)
        if value in (None, ""):
            continue
        shown = labels.get(name) or plain(value)
        chips.append(
            Chip(str(filter_.label).capitalize(), shown, "?" + query_with(query, **{name: None}))
        )
    return chips


def _pages(page: Page) -> list[int | None]:
    """Page numbers around the current one, the first and the last; None marks a gap."""
    last = page.paginator.num_pages
    near = {1, last, *range(max(1, page.number - 2), min(last, page.number + 2) + 1)}
    numbers: list[int | None] = []
    for number in sorted(near):
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def _page_url(query: QueryDict) -> str:
    """The list's address without its page number; the template appends the number."""
    rest = query_with(query, **{PAGE_PARAM: None})
    return f"?{rest}&{PAGE_PARAM}=" if rest else f"?{PAGE_PARAM}="


@readable
@require_GET
def agreement_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.copy()
    filterset = AgreementFilter(data=query, queryset=Agreement.objects.all())
    queryset = filterset.qs
    paginator = Paginator(_rows_queryset(queryset), PAGE_SIZE)
    page = paginator.get_page(query.get(PAGE_PARAM))
    rows = [_row(agreement) for agreement in page.object_list]
    # The counts come with the page only when asked for (no JavaScript); else facets.js
    # fetches them from ``agreement_facets`` with the same selection.
    inline_facets = query.get(FACETS_PARAM) == "1"
    facets = facet_panel(query) if inline_facets else None
    current_sort = query.get("sorteer") or "nummer"
    if current_sort not in dict(SORT_CHOICES):
        current_sort = "nummer"
    chosen = selection(query)
    saved = (
        list(SavedFilter.objects.filter(user=request.user, page="agreement_list"))
        if request.user.is_authenticated
        else []
    )
    total = paginator.count
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "rows": rows,
        # Agreements of a made-up sample letter are marked in the list (documents.demo).
        "demo_arrangements": set(
            Arrangement.objects.filter(document__is_demo=True).values_list("pk", flat=True)
        )
        if rows
        else set(),
        "page": page,
        "page_numbers": _pages(page),
        "page_url": _page_url(query),
        "total": total,
        "facets": facets,
        "facets_query": _facets_query(query),
        "facets_page_query": _with_inline_facets(query),
        "chips": _chips(query, filterset),
        "sort_links": _sort_links(query, current_sort),
        "sort_choices": SORT_CHOICES,
        "current_sort": current_sort,
        "hidden_params": [
            (key, chosen[key])
            for key in chosen
            if key not in {"zoek", "deadlineVan", "deadlineTot", "sorteer"}
        ],
        "selection_query": chosen.urlencode(),
        "clear_url": reverse("web:agreement_list"),
        "export_allowed": total <= exports.MAX_EXPORT_ROWS,
        "max_export_rows": exports.MAX_EXPORT_ROWS,
        "saved_filters": saved,
        "saved_filter_form": SavedFilterForm(initial={"query": chosen.urlencode()}),
        "register_empty": total == 0 and not Agreement.objects.exists(),
    }
    return render(request, "web/agreements/list.html", context)


def facet_panel(query: QueryDict) -> list[Facet]:
    """The facets with their counts, each value a link to the list with it chosen or not."""
    facets = build_facets(query)
    list_url = reverse("web:agreement_list")
    for facet in facets:
        for value in facet.values:
            choice = None if value.active else value.value
            value.url = f"{list_url}?{query_with(query, **{facet.param: choice})}"
    return facets


def _with_inline_facets(query: QueryDict) -> str:
    """The same page (page number included) with the facet counts rendered inline."""
    updated = query.copy()
    updated[FACETS_PARAM] = "1"
    return updated.urlencode()


def _facets_query(query: QueryDict) -> str:
    """The list's query string as the facet panel needs it: no page, no inline switch."""
    return query_with(query, **{FACETS_PARAM: None})


@readable
@require_GET
def agreement_facets(request: HttpRequest) -> HttpResponse:
    """The facet panel of the list for the same query string, as an HTML fragment.

    Counted apart from the list because the counts take most of the time on a large
    register; the list page shows its rows first and fetches this with ``facets.js``.
    """
    query = request.GET.copy()
    query.pop(FACETS_PARAM, None)
    response = render(request, "web/agreements/_facets.html", {"facets": facet_panel(query)})
    response["X-Robots-Tag"] = "noindex"
    return response


# -- export ----------------------------------------------------------------------------------

EXPORT_CHUNK = 1000


def export_headers() -> list[str]:
    return [
        _("Number"),
        _("Title"),
        _("Arrangement"),
        _("Year"),
        _("Chapter"),
        _("Types"),
        _("Departments"),
        _("Status"),
        _("Review state"),
        _("First deadline"),
        _("First deadline until"),
        _("Commitments"),
        _("Source document"),
        _("Page"),
        _("URL"),
    ]


def export_rows(request: HttpRequest, queryset: QuerySet) -> Iterator[list[object]]:
    """The rows of the list in its order, all pages, read in chunks for the streaming writer."""
    status_labels = dict(AgreementStatus.choices)
    review_labels = dict(ReviewState.choices)
    sample = reverse("web:agreement_detail", args=[1])
    detail_prefix = request.build_absolute_uri(sample[: -len("1")])
    for agreement in _rows_queryset(queryset).iterator(chunk_size=EXPORT_CHUNK):
        row = _row(agreement)
        passage = agreement.source_passage
        first = row.first_deadline
        yield [
            agreement.number,
            agreement.title,
            agreement.arrangement.title,
            agreement.arrangement.year,
            agreement.chapter,
            row.type_labels,
            row.departments,
            str(status_labels.get(agreement.status, agreement.status)),
            str(review_labels.get(agreement.review_state, agreement.review_state)),
            (first.deadline_as_written or "") if first else "",
            first.deadline_end if first else None,
            row.commitment_count,
            passage.document.title if passage else "",
            passage.page if passage else None,
            f"{detail_prefix}{agreement.pk}",
        ]


@readable
@require_GET
@anonymous_rate_limited
def agreement_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "xlsx"}:
        raise Http404(_("Export as CSV or XLSX."))
    filterset = AgreementFilter(data=request.GET.copy(), queryset=Agreement.objects.all())
    queryset = filterset.qs
    total = queryset.count()
    if total > exports.MAX_EXPORT_ROWS:
        return render(
            request,
            "web/agreements/export_too_large.html",
            {
                "total": total,
                "max_export_rows": exports.MAX_EXPORT_ROWS,
                "back_url": reverse("web:agreement_list")
                + "?"
                + selection(request.GET).urlencode(),
            },
            status=400,
        )
    filename = f"afspraken-{timezone.localdate():%Y-%m-%d}"
    rows = export_rows(request, queryset)
    if fmt == "csv":
        return exports.csv_response(filename, export_headers(), rows)
    return exports.xlsx_response(filename, export_headers(), rows, sheet=_("Agreements"))


# -- saved filters -------------------------------------------------------------------------


@login_required
@require_POST
def saved_filter_save(request: HttpRequest) -> HttpResponse:
    form = SavedFilterForm(request.POST)
    list_url = reverse("web:agreement_list")
    if not form.is_valid():
        messages.error(request, _("Give the selection a name (at most 100 characters)."))
        return redirect(
            list_url + "?" + selection(QueryDict(request.POST.get("query", ""))).urlencode()
        )
    query = selection(QueryDict(form.cleaned_data["query"])).urlencode()
    SavedFilter.objects.update_or_create(
        user=request.user,
        page="agreement_list",
        name=form.cleaned_data["name"],
        defaults={"query": query},
    )
    messages.success(
        request, _("Selection “%(name)s” saved.") % {"name": form.cleaned_data["name"]}
    )
    return redirect(list_url + ("?" + query if query else ""))


@login_required
@require_POST
def saved_filter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedFilter, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("Selection “%(name)s” deleted.") % {"name": saved.name})
    return redirect("web:agreement_list")


# -- history --------------------------------------------------------------------------------


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: dt.datetime
    who: str
    subject: str
    kind: str
    reason: str
    changes: list[FieldChange]
    anchor: str = ""


HIDDEN_HISTORY_FIELDS = {"id", "version", "created_at", "updated_at", "search_document"}


class ValueFormatter:
    """Turns stored values into what a person reads: labels, names, Dutch dates.

    Names of related records are read once for all history rows of the page.
    """

    def __init__(self) -> None:
        self.organisations: dict[int, str] = {}
        self.areas: dict[int, str] = {}
        self.agreements: dict[int, str] = {}
        self._wanted: dict[str, set[int]] = {
            "organisations": set(),
            "areas": set(),
            "agreements": set(),
        }

    def want(self, kind: str, ids: Iterable[int | None]) -> None:
        self._wanted[kind].update(pk for pk in ids if pk)

    def load(self) -> None:
        if self._wanted["organisations"]:
            self.organisations = {
                pk: abbreviation or name
                for pk, name, abbreviation in Organisation.objects.filter(
                    pk__in=self._wanted["organisations"]
                ).values_list("pk", "name", "abbreviation")
            }
        if self._wanted["areas"]:
            self.areas = dict(
                Area.objects.filter(pk__in=self._wanted["areas"]).values_list("pk", "name")
            )
        if self._wanted["agreements"]:
            self.agreements = {
                agreement.pk: str(agreement)
                for agreement in Agreement.objects.filter(pk__in=self._wanted["agreements"]).only(
                    "pk", "number", "title"
                )
            }

    def show(self, model: type[Model], name: str, value: object) -> str:
        if value is None or value == "" or value == [] or value == set():
            return "–"
        if name == "owner" or name == "responsible":
            return self.organisations.get(value, f"#{value}")  # type: ignore[arg-type]
        if name == "continues":
            return self.agreements.get(value, f"#{value}")  # type: ignore[arg-type]
        if name in {"departments", "parties"}:
            return ", ".join(sorted(self.organisations.get(pk, f"#{pk}") for pk in value))  # type: ignore[union-attr]
        if name == "areas":
            return ", ".join(sorted(self.areas.get(pk, f"#{pk}") for pk in value))  # type: ignore[union-attr]
        if name == "types":
            labels = dict(AgreementType.choices)
            return ", ".join(str(labels.get(v, v)) for v in value)  # type: ignore[union-attr]
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if isinstance(value, dt.date):
            return value.strftime("%d-%m-%Y")
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a field that no longer exists shows as stored
            return str(value)
        if model_field.choices:
            return str(dict(model_field.flatchoices).get(value, value))
        return str(value)


M2M_FIELDS = ("departments", "parties", "areas")


def _tracked(history_model: type[Model]) -> list[str]:
    return [
        f.attname if f.is_relation else f.name
        for f in history_model.tracked_fields
        if f.editable and f.name not in HIDDEN_HISTORY_FIELDS
    ]


def _label(model: type[Model], attname: str) -> str:
    name = attname[:-3] if attname.endswith("_id") else attname
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:  # a field that no longer exists keeps its name
        return name


def history_entries(agreement: Agreement) -> list[HistoryEntry]:
    """Every change of the agreement and its commitments (also deleted ones), newest first."""
    agreement_rows = list(
        Agreement.history.filter(id=agreement.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    m2m: dict[str, dict[int, set[int]]] = {name: {} for name in M2M_FIELDS}
    history_ids = [row.history_id for row in agreement_rows]
    for name in M2M_FIELDS if agreement_rows else ():
        through = getattr(agreement_rows[0], name).model  # the historical through model
        target = "area_id" if name == "areas" else "organisation_id"
        for history_id, target_id in through.objects.filter(history_id__in=history_ids).values_list(
            "history_id", target
        ):
            m2m[name].setdefault(history_id, set()).add(target_id)
    commitment_rows = list(
        Commitment.history.filter(agreement_id=agreement.pk)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    formatter = ValueFormatter()
    for row in agreement_rows:
        formatter.want("agreements", [row.continues_id])
        for name in ("departments", "parties"):
            formatter.want("organisations", m2m[name].get(row.history_id, ()))
        formatter.want("areas", m2m["areas"].get(row.history_id, ()))
    formatter.want("organisations", (row.owner_id for row in commitment_rows))
    formatter.load()

    entries = []
    agreement_fields = _tracked(Agreement.history.model)
    previous = None
    for row in agreement_rows:
        changes = _diff(Agreement, agreement_fields, previous, row, formatter)
        if previous is not None:
            for name in M2M_FIELDS:
                old = m2m[name].get(previous.history_id, set())
                new = m2m[name].get(row.history_id, set())
                if old != new:
                    changes.append(
                        FieldChange(
                            _label(Agreement, name),
                            formatter.show(Agreement, name, old),
                            formatter.show(Agreement, name, new),
                        )
                    )
        entries.append(_entry(row, _("Agreement"), changes, "afspraak"))
        previous = row
    commitment_fields = _tracked(Commitment.history.model)
    previous = None
    for row in commitment_rows:
        if previous is not None and previous.id != row.id:
            previous = None
        changes = _diff(Commitment, commitment_fields, previous, row, formatter)
        subject = _("Commitment %(position)s: %(text)s") % {
            "position": row.position,
            "text": _shorten(row.text, 60),
        }
        entries.append(_entry(row, subject, changes, f"toezegging-{row.id}"))
        previous = row
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def _diff(
    model: type[Model],
    fields: list[str],
    old: Model | None,
    new: Model,
    formatter: ValueFormatter,
) -> list[FieldChange]:
    if old is None:
        return []
    changes = []
    for attname in fields:
        before, after = getattr(old, attname), getattr(new, attname)
        if before != after:
            name = attname[:-3] if attname.endswith("_id") else attname
            changes.append(
                FieldChange(
                    _label(model, attname),
                    formatter.show(model, name, before),
                    formatter.show(model, name, after),
                )
            )
    return changes


HISTORY_KINDS = {
    "+": gettext_lazy("created"),
    "~": gettext_lazy("changed"),
    "-": gettext_lazy("deleted"),
}


def _entry(row: Model, subject: str, changes: list[FieldChange], anchor: str) -> HistoryEntry:
    user = row.history_user
    if user is not None:
        who = user.get_full_name() or user.get_username()
    elif (row.history_change_reason or "") == "ingest":
        who = _("ingestion of the letter")
    else:
        who = _("not recorded")
    return HistoryEntry(
        when=row.history_date,
        who=who,
        subject=subject,
        kind=str(HISTORY_KINDS.get(row.history_type, row.history_type)),
        reason=row.history_change_reason or "",
        changes=changes,
        anchor=anchor,
    )


def _shorten(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# -- detail ---------------------------------------------------------------------------------


class _Involved:
    """The organisations involved in a record, computed once for all of a page's checks."""

    def __init__(self, ids: set[int]) -> None:
        self.ids = ids

    def involved_organisation_ids(self) -> set[int]:
        return self.ids


@dataclass
class CommitmentView:
    commitment: Commitment
    passage: SpanInContext | None
    form: CommitmentEditForm | None
    conflict: Conflict | None = None


@dataclass
class Conflict:
    message: str
    rows: list[FieldChange]  # label, your value, the current value


def _document_date(agreement: Agreement) -> dt.date | None:
    passage = agreement.source_passage
    if passage is not None and passage.document.date:
        return passage.document.date
    document = agreement.arrangement.document
    return document.date if document is not None else None


def _agreement_queryset() -> QuerySet:
    """With its documents, but without their (large) text: passages read only a window."""
    return Agreement.objects.select_related(
        "arrangement",
        "arrangement__area",
        "arrangement__meeting",
        "arrangement__document",
        "source_passage",
        "source_passage__document",
        "continues",
        "continues__arrangement",
    ).defer(
        "search_document",
        "arrangement__document__extracted_text",
        "source_passage__document__extracted_text",
        "continues__search_document",
    )


def _load_agreement(pk: int) -> Agreement:
    return get_object_or_404(_agreement_queryset(), pk=pk)


def _references(agreement: Agreement) -> list[tuple[Mention, SpanInContext]]:
    """Cross-references ("zie afspraak 2.1") in the same letter pointing at this number."""
    if not agreement.number:
        return []
    documents = {
        pk
        for pk in (
            getattr(agreement.source_passage, "document_id", None),
            agreement.arrangement.document_id,
        )
        if pk
    }
    if not documents:
        return []
    number = agreement.number
    mentions = with_context(
        Mention.objects.filter(document_id__in=documents, kind=MentionKind.REFERENCE)
        .filter(Q(value__number=number) | Q(value__resolved_number=number))
        .order_by("start")
    )
    return [(mention, in_context(mention)) for mention in mentions]


def detail_context(
    request: HttpRequest,
    agreement: Agreement,
    *,
    agreement_form: AgreementEditForm | None = None,
    agreement_conflict: Conflict | None = None,
    commitment_forms: dict[int, CommitmentEditForm] | None = None,
    commitment_conflicts: dict[int, Conflict] | None = None,
) -> dict[str, Any]:
    commitments = list(agreement.commitments.select_related("owner").order_by("position", "pk"))
    departments = list(agreement.departments.order_by("abbreviation", "name"))
    # Who and where, as the register's one rule reads them: the arrangement's signatories and
    # area with what the agreement itself names and who owns its commitments.
    parties = list(
        Organisation.objects.filter(
            Q(agreements__pk=agreement.pk)
            | Q(arrangements__pk=agreement.arrangement_id)
            | Q(pk__in=[c.owner_id for c in commitments if c.owner_id])
        )
        .distinct()
        .order_by("name")
    )
    areas = list(
        Area.objects.filter(
            Q(agreements__pk=agreement.pk) | Q(arrangements__pk=agreement.arrangement_id)
        )
        .distinct()
        .order_by("name")
    )
    passages = passages_in_context(
        [agreement.source_passage_id, *(c.source_passage_id for c in commitments)]
    )
    user = request.user
    involved: set[int] | None = None
    if user.is_authenticated and can_edit(user):
        involved = agreement.involved_organisation_ids()
    may_edit = involved is not None and can_edit(user, _Involved(involved))
    document_date = _document_date(agreement)
    choices = owner_choices() if involved is not None else None
    commitment_forms = commitment_forms or {}
    commitment_conflicts = commitment_conflicts or {}
    views = []
    for commitment in commitments:
        form = None
        if involved is not None and can_edit(
            user, _Involved(involved | ({commitment.owner_id} if commitment.owner_id else set()))
        ):
            form = commitment_forms.get(commitment.pk) or CommitmentEditForm.for_record(
                commitment, document_date=document_date, owner_choices=choices
            )
        views.append(
            CommitmentView(
                commitment,
                passages.get(commitment.source_passage_id),
                form,
                commitment_conflicts.get(commitment.pk),
            )
        )
    if may_edit and agreement_form is None:
        agreement_form = AgreementEditForm.for_record(agreement)
    continued_by = list(
        agreement.continued_by.select_related("arrangement").order_by("arrangement__year", "pk")
    )
    return {
        "agreement": agreement,
        "demo_record": Document.objects.filter(
            is_demo=True, passages__pk=agreement.source_passage_id
        ).exists(),
        "arrangement": agreement.arrangement,
        "type_labels": Row(agreement, 0, None).type_labels,
        "departments": departments,
        "parties": parties,
        "areas": areas,
        "passage": passages.get(agreement.source_passage_id),
        "commitments": views,
        "continued_by": continued_by,
        "lineage": agreement.changes_as_new.exclude(review_state=ReviewState.REJECTED).first(),
        "references": _references(agreement),
        "history": history_entries(agreement),
        "may_edit": may_edit,
        "agreement_form": agreement_form if may_edit else None,
        "agreement_conflict": agreement_conflict,
        "precision_labels": dict(PRECISION_CHOICES),
        "list_url": reverse("web:agreement_list"),
    }


@readable
@require_GET
def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _load_agreement(pk)
    return render(request, "web/agreements/detail.html", detail_context(request, agreement))


def _conflict(
    form: VersionedForm, model: type[Model], current: Model, error: EditConflictError
) -> Conflict:
    formatter = ValueFormatter()
    yours = form.changes()
    formatter.want(
        "organisations",
        [
            getattr(yours.get("owner"), "pk", None),
            getattr(current, "owner_id", None),
        ],
    )
    formatter.load()
    rows = []
    for name, value in yours.items():
        attname = "owner_id" if name == "owner" else name
        mine = getattr(value, "pk", value)
        now = getattr(current, attname)
        rows.append(
            FieldChange(
                _label(model, name),
                formatter.show(model, name, mine),
                formatter.show(model, name, now),
            )
        )
    return Conflict(str(error), rows)


def _edit_response(
    request: HttpRequest,
    agreement: Agreement,
    status: int,
    **overrides: Any,
) -> HttpResponse:
    context = detail_context(request, agreement, **overrides)
    return render(request, "web/agreements/detail.html", context, status=status)


@require_POST
def agreement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _load_agreement(pk)
    if not can_edit(request.user, agreement):
        raise PermissionDenied(_("You may not change this record."))
    form = AgreementEditForm(request.POST, prefix="afspraak")
    if form.is_valid():
        try:
            save_edit(
                agreement,
                form.changes(),
                version=form.cleaned_data["version"],
                user=request.user,
                reason=form.cleaned_data["reason"],
            )
        except EditConflictError as error:
            current = _load_agreement(pk)
            return _edit_response(
                request,
                current,
                409,
                agreement_conflict=_conflict(form, Agreement, current, error),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The agreement has been saved."))
            return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + "#bewerken")
    return _edit_response(request, agreement, 400, agreement_form=form)


@require_POST
def commitment_edit(request: HttpRequest, pk: int, commitment_pk: int) -> HttpResponse:
    agreement = _load_agreement(pk)
    commitment = get_object_or_404(Commitment, pk=commitment_pk, agreement=agreement)
    if not can_edit(request.user, commitment):
        raise PermissionDenied(_("You may not change this record."))
    form = CommitmentEditForm(
        request.POST,
        prefix=f"toezegging-{commitment.pk}",
        document_date=_document_date(agreement),
        owner_choices=owner_choices(),
        current=commitment.deadline,
    )
    anchor = f"#toezegging-{commitment.pk}"
    if form.is_valid():
        try:
            save_edit(
                commitment,
                form.changes(),
                version=form.cleaned_data["version"],
                user=request.user,
                reason=form.cleaned_data["reason"],
            )
        except EditConflictError as error:
            current = Commitment.objects.get(pk=commitment.pk)
            return _edit_response(
                request,
                agreement,
                409,
                commitment_conflicts={commitment.pk: _conflict(form, Commitment, current, error)},
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The commitment has been saved."))
            return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + anchor)
    return _edit_response(request, agreement, 400, commitment_forms={commitment.pk: form})


def _add_errors(form: VersionedForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


@require_GET
def edit_redirect(request: HttpRequest, pk: int, commitment_pk: int | None = None) -> HttpResponse:
    """The edit addresses only take POSTs; a visitor of one lands on the form in the page."""
    anchor = f"#toezegging-{commitment_pk}" if commitment_pk else "#bewerken"
    return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + anchor)


def _edit_or_redirect(view: Any) -> Any:
    def dispatch(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "GET":
            return edit_redirect(request, *args, **kwargs)
        return view(request, *args, **kwargs)

    dispatch.__name__ = view.__name__
    dispatch.__doc__ = view.__doc__
    return dispatch


urlpatterns = [
    path("afspraken", agreement_list, name="agreement_list"),
    path("afspraken/facetten", agreement_facets, name="agreement_facets"),
    path("afspraken/export.<str:fmt>", agreement_export, name="agreement_export"),
    path("afspraken/selecties", saved_filter_save, name="saved_filter_save"),
    path(
        "afspraken/selecties/<int:pk>/verwijderen",
        saved_filter_delete,
        name="saved_filter_delete",
    ),
    path("afspraken/<int:pk>", agreement_detail, name="agreement_detail"),
    path("afspraken/<int:pk>/bewerken", _edit_or_redirect(agreement_edit), name="agreement_edit"),
    path(
        "afspraken/<int:pk>/toezeggingen/<int:commitment_pk>/bewerken",
        _edit_or_redirect(commitment_edit),
        name="commitment_edit",
    ),
]
