"""The Afspraken list: search, facets, chips, sorting and pages.

The list's address carries the whole selection (``AgreementFilter``'s Dutch parameters plus
``pagina``), so a link or a saved filter brings back the same page. Facet counts
(``register.facets``) cost far more than the rows on a register of national size
(docs/performance.md): the list therefore answers without them and ``facets.js`` loads them
from ``/afspraken/facetten`` with the same query string. ``?facetten=1`` renders them
inline, the way without JavaScript.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Document
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.register.facets import Facet, facets_for, plain
from ruimtemonitor.register.filters import SORT_CHOICES, AgreementFilter, filter_names, selection
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement
from ruimtemonitor.register.versioned import VersionedCount, versioned
from ruimtemonitor.web import exports
from ruimtemonitor.web.access import readable
from ruimtemonitor.web.forms import (
    SavedFilterForm,
)
from ruimtemonitor.web.models import SavedFilter
from ruimtemonitor.web.pagination import paginate
from ruimtemonitor.web.querystrings import PAGE_PARAM, query_with
from ruimtemonitor.web.views.agreements.row_markup import render_rows
from ruimtemonitor.web.views.agreements.rows import Row, as_row, list_rows_queryset

PAGE_SIZE = 25
#: ``?facetten=1`` renders the facet counts inside the list page (the link without JavaScript).
FACETS_PARAM = "facetten"

SORTABLE = {  # column -> (header, ascending and descending values of ``sorteer``)
    "number": (gettext_lazy("Number"), "nummer", "-nummer"),
    "title": (gettext_lazy("Title"), "titel", "-titel"),
    "deadline": (gettext_lazy("First deadline"), "deadline", "-deadline"),
}


@dataclass
class SortLink:
    """A column header that sorts the table (``{% table_head %}`` writes it as a link)."""

    label: str
    url: str
    aria_sort: str  # "ascending", "descending" or "none"


def _sort_links(query: QueryDict, current: str) -> dict[str, SortLink]:
    links = {}
    for column, (label, ascending, descending) in SORTABLE.items():
        if current == ascending:
            target, aria_sort = descending, "ascending"
        elif current == descending:
            target, aria_sort = ascending, "descending"
        else:
            target, aria_sort = ascending, "none"
        links[column] = SortLink(label, "?" + query_with(query, sorteer=target), aria_sort)
    return links


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


@readable
@require_GET
def agreement_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.copy()
    filterset = AgreementFilter(data=query, queryset=Agreement.objects.all())
    queryset = filterset.qs
    paged = paginate(query, VersionedCount(list_rows_queryset(queryset)), PAGE_SIZE)
    page = paged["page"]
    # Read only when the rows are rendered (not when their HTML is kept, ``rows_html``).
    rows = SimpleLazyObject(lambda: [as_row(agreement) for agreement in page.object_list])
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
    total = page.paginator.count
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "rows": rows,
        "rows_html": rows_html(query, rows) if total else "",
        **paged,
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


def rows_html(query: QueryDict, rows: Sequence[Row]) -> str:
    """The table rows of the page ``query`` asks for, kept per register version, language and
    query string (``register.versioned``): a page asked for again reads no agreement.

    Everything a row shows is in a table the version watches (agreements, their commitments
    and departments, arrangements, documents), and the fragment is rendered without the
    request, so it is the same for every visitor. It is written by ``row_markup`` (the
    markup of ``web/agreements/_rows.html``, without the template engine's cost per row).
    """

    def rendered() -> str:
        shown = list(rows)
        # Agreements of a made-up sample letter are marked in the list (documents.demo); the
        # rows read their arrangement's document with them (``list_rows_queryset``).
        demo = {
            row.agreement.arrangement_id
            for row in shown
            if row.agreement.arrangement.document is not None
            and row.agreement.arrangement.document.is_demo
        }
        return render_rows(shown, demo)

    key = query_with(query, **{FACETS_PARAM: None})
    # The kept text is the template's own output, escaped as it was rendered.
    return mark_safe(versioned("list-rows", key, rendered))


def facet_panel(query: QueryDict) -> list[Facet]:
    """The facets with their counts, each value a link to the list with it chosen or not."""
    facets = facets_for(query)
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
    query.pop(PAGE_PARAM, None)
    # The fragment depends only on the query string (its links keep every parameter) and
    # the language, so it is kept rendered: a warm panel is then one cache read.
    html = versioned(
        "facets-html",
        query.urlencode(),
        lambda: render_to_string(
            "web/agreements/_facets.html", {"facets": facet_panel(query)}, request
        ),
    )
    response = HttpResponse(html)
    response["X-Robots-Tag"] = "noindex"
    return response
