"""Facet counts of the agreement list: per facet value, how many agreements the other filters
select.

Each facet is one grouped query whatever the number of agreements or values; facets whose
records are reached along several paths (areas, parties, documents) are one raw-SQL UNION
query, built from the model metadata so table and column names follow the models. On a
register of national size the counts cost far more than the rows (docs/performance.md), so
the list page answers without them and fetches them apart (``web:agreement_facets``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Count, Max, Model, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.organisations.models import Area, AreaReach, Organisation, OrganisationKind
from ruimtemonitor.register.filters import AgreementFilter, filter_names, is_active
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment

#: Facet values shown before the rest is folded away.
FACET_VISIBLE = 8


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    url: str = ""
    active: bool = False


@dataclass
class Facet:
    param: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def visible(self) -> list[FacetValue]:
        shown = self.values[:FACET_VISIBLE]
        shown += [v for v in self.values[FACET_VISIBLE:] if v.active]
        return shown

    @property
    def folded(self) -> list[FacetValue]:
        return [v for v in self.values[FACET_VISIBLE:] if not v.active]

    @property
    def selected_label(self) -> str | None:
        for value in self.values:
            if value.active:
                return value.label
        return None


class FacetCounter:
    """Counts per facet value over the agreements the *other* filters select.

    Each facet ignores its own parameter, so its values show what choosing another one would
    give. Each facet is one grouped query. Relations reached along several paths (the areas
    of the arrangement and of the agreement; parties that sign, are named or own a
    commitment) are counted in one UNION query: paths on which an agreement meets each value
    at most once are counted directly, the others as distinct agreements, and those leave
    out what the direct paths already counted.
    """

    def __init__(self, query: QueryDict) -> None:
        self.query = query

    def key(self, param: str) -> tuple:
        """What ``ids(param)`` depends on: equal keys mean the same selection."""
        if not is_active(self.query, without=[param]):
            return ()
        skip = {param, "sorteer"}
        names = set(filter_names())
        return tuple(
            sorted(
                (key, tuple(self.query.getlist(key)))
                for key in self.query
                if key in names and key not in skip
            )
        )

    def ids(self, param: str) -> QuerySet | None:
        """The filtered agreement ids without ``param``; None when nothing else filters."""
        if not is_active(self.query, without=[param]):
            return None
        data = self.query.copy()
        for key in (param, "sorteer"):
            data.pop(key, None)
        return (
            AgreementFilter(data=data, queryset=Agreement.objects.all()).qs.order_by().values("pk")
        )

    def base(self, param: str) -> QuerySet:
        ids = self.ids(param)
        queryset = Agreement.objects.order_by()
        return queryset if ids is None else queryset.filter(pk__in=ids)

    def grouped(self, param: str, *fields: str, **extra: Any) -> list[dict[str, Any]]:
        rows = self.base(param).values(*fields).annotate(n=Count("pk"), **extra)
        return [row for row in rows if row["n"]]

    def union(
        self, param: str, branches: Sequence[Branch], table: str, columns: Sequence[str]
    ) -> list[tuple]:
        """``(columns…, count)`` per row of ``table`` reached by any branch, in one query."""
        ids = self.ids(param)
        quote = connection.ops.quote_name
        params: list[Any] = []
        prefix = ""
        if ids is not None:
            sql, params = ids.query.sql_with_params()
            # PostgreSQL would otherwise materialise the selection without statistics and
            # probe it once per agreement; inlined, each branch plans with the real filter.
            # SQLite does not know the keyword.
            inline = "NOT MATERIALIZED " if connection.vendor == "postgresql" else ""
            prefix = f"WITH filtered_ids (id) AS {inline}({sql}) "
        restricted = ids is not None
        parts = []
        direct = [branch.sql(restricted=restricted) for branch in branches if not branch.repeats]
        if direct:
            parts.append(
                "SELECT d.facet_key, COUNT(*) AS n "
                f"FROM ({' UNION ALL '.join(direct)}) d GROUP BY d.facet_key"
            )
        repeated = [branch.sql(restricted=restricted) for branch in branches if branch.repeats]
        if repeated:
            # UNION (not ALL) drops repeated pairs, with a hash where the database can.
            parts.append(
                "SELECT p.facet_key, COUNT(*) AS n "
                f"FROM ({' UNION '.join(repeated)}) p GROUP BY p.facet_key"
            )
        selected = ", ".join(f"k.{quote(column)}" for column in columns)
        statement = (
            f"{prefix}SELECT {selected}, SUM(c.n) AS n "
            f"FROM ({' UNION ALL '.join(parts)}) c "
            f"JOIN {quote(table)} k ON k.{quote('id')} = c.facet_key "
            f"GROUP BY {selected}"
        )
        with connection.cursor() as cursor:
            cursor.execute(statement, list(params))
            return [(*row[:-1], int(row[-1])) for row in cursor.fetchall()]


@dataclass(frozen=True)
class Branch:
    """One path from agreements to a facet's records: ``agreement_id, facet_key`` pairs.

    ``repeats``: the path may give the same pair more than once (several commitments of one
    owner), so it is counted as distinct agreements; direct paths give each pair once and
    never a pair another path gives.
    """

    agreement: str  # the column holding the agreement id
    key: str  # the column holding the facet record's id
    source: str  # FROM … JOIN …
    condition: str = ""
    repeats: bool = False

    def sql(self, *, restricted: bool) -> str:
        where = [self.condition] if self.condition else []
        if restricted:
            where.append(f"{self.agreement} IN (SELECT id FROM filtered_ids)")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        columns = f"{self.agreement} AS agreement_id, {self.key} AS facet_key"
        return f"SELECT {columns} FROM {self.source}{clause}"


def _table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _column(model: type[Model], name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


def _area_branches() -> list[Branch]:
    """Every area whose reach holds the arrangement's area or one of the agreement's own
    areas: the rule of ``register.involvement.agreements_in_area``, as pairs to count."""
    agreement, arrangement, reach = _table(Agreement), _table(Arrangement), _table(AreaReach)
    through = Agreement.areas.through
    t_table = _table(through)
    a_id, a_arr = _column(Agreement, "id"), _column(Agreement, "arrangement")
    r_id, r_area = _column(Arrangement, "id"), _column(Arrangement, "area")
    x_area, x_part = _column(AreaReach, "area"), _column(AreaReach, "part")
    t_agreement, t_area = _column(through, "agreement"), _column(through, "area")
    joined = (
        f"{agreement} a JOIN {arrangement} r ON r.{r_id} = a.{a_arr} "
        f"JOIN {reach} x ON x.{x_part} = r.{r_area}"
    )
    own = f"{t_table} t JOIN {reach} x ON x.{x_part} = t.{t_area}"
    # Both paths may reach one area for one agreement: counted once (UNION, not UNION ALL).
    return [
        Branch(f"a.{a_id}", f"x.{x_area}", joined, repeats=True),
        Branch(f"t.{t_agreement}", f"x.{x_area}", own, repeats=True),
    ]


def _party_branches() -> list[Branch]:
    """Parties that sign the arrangement, are named in the agreement or own a commitment: the
    rule of ``register.involvement.PARTY_PATHS``, as pairs to count (test_involvement checks
    that both give the same counts)."""
    agreement, commitment = _table(Agreement), _table(Commitment)
    named = Agreement.parties.through
    signs = Arrangement.parties.through
    a_id, a_arr = _column(Agreement, "id"), _column(Agreement, "arrangement")
    c_agreement, c_owner = _column(Commitment, "agreement"), _column(Commitment, "owner")
    s_arrangement, s_organisation = _column(signs, "arrangement"), _column(signs, "organisation")
    n_agreement, n_organisation = _column(named, "agreement"), _column(named, "organisation")

    def unsigned(key: str) -> str:
        return (
            f"NOT EXISTS (SELECT 1 FROM {_table(signs)} s WHERE s.{s_arrangement} = a.{a_arr} "
            f"AND s.{s_organisation} = {key})"
        )

    return [
        Branch(
            f"a.{a_id}",
            f"s.{s_organisation}",
            f"{agreement} a JOIN {_table(signs)} s ON s.{s_arrangement} = a.{a_arr}",
        ),
        Branch(
            f"t.{n_agreement}",
            f"t.{n_organisation}",
            f"{_table(named)} t JOIN {agreement} a ON a.{a_id} = t.{n_agreement}",
            unsigned(f"t.{n_organisation}"),
            repeats=True,
        ),
        Branch(
            f"c.{c_agreement}",
            f"c.{c_owner}",
            f"{commitment} c JOIN {agreement} a ON a.{a_id} = c.{c_agreement}",
            f"c.{c_owner} IS NOT NULL AND {unsigned(f'c.{c_owner}')}",
            repeats=True,
        ),
    ]


def _document_branches() -> list[Branch]:
    """The arrangement's letter, the letter of the agreement's passage and that letter's file.

    An agreement has one of each, and a letter is never its own file, so leaving out the
    arrangement's letter from the other two makes every path direct.
    """
    agreement, arrangement = _table(Agreement), _table(Arrangement)
    passage, document = _table(Passage), _table(Document)
    a_id, a_arr = _column(Agreement, "id"), _column(Agreement, "arrangement")
    a_passage = _column(Agreement, "source_passage")
    p_id, p_document = _column(Passage, "id"), _column(Passage, "document")
    d_id, d_parent = _column(Document, "id"), _column(Document, "parent")
    r_id, r_document = _column(Arrangement, "id"), _column(Arrangement, "document")
    joined = f"{agreement} a JOIN {arrangement} r ON r.{r_id} = a.{a_arr}"
    with_passage = f"{joined} JOIN {passage} p ON p.{p_id} = a.{a_passage}"
    return [
        Branch(f"a.{a_id}", f"r.{r_document}", joined, f"r.{r_document} IS NOT NULL"),
        Branch(
            f"a.{a_id}",
            f"p.{p_document}",
            with_passage,
            f"p.{p_document} <> COALESCE(r.{r_document}, 0)",
        ),
        Branch(
            f"a.{a_id}",
            f"d.{d_parent}",
            f"{with_passage} JOIN {document} d ON d.{d_id} = p.{p_document}",
            f"d.{d_parent} IS NOT NULL AND d.{d_parent} <> COALESCE(r.{r_document}, 0)",
        ),
    ]


def _type_condition(value: str) -> Q:
    if connection.vendor == "postgresql":
        return Q(types__contains=[value])
    return Q(types__icontains=f'"{value}"')


def _sorted(values: list[FacetValue]) -> list[FacetValue]:
    return sorted(values, key=lambda v: (-v.count, v.label.lower()))


def build_facets(query: QueryDict) -> list[Facet]:
    """Every facet of the list page with its values and counts; the page adds the links."""
    counter = FacetCounter(query)
    facets: list[Facet] = []

    def facet(param: str, label: str, values: list[FacetValue], *, keep_order: bool = False):
        current = query.get(param, "")
        for value in values:
            value.active = value.value == current
        facets.append(Facet(param, label, values if keep_order else _sorted(values)))

    # Areas: provinces and other areas, split by kind. The two parameters need their own
    # query only when one of them is chosen; otherwise both count the same selection.
    area_columns = ("slug", "name", "kind")
    area_rows: dict[tuple, list[tuple]] = {}
    for param, label, provinces in (
        ("provincie", _("Province"), True),
        ("gebied", _("Area"), False),
    ):
        key = counter.key(param)
        if key not in area_rows:
            area_rows[key] = counter.union(
                param, _area_branches(), Area._meta.db_table, area_columns
            )
        rows = area_rows[key]
        facet(
            param,
            label,
            [
                FacetValue(slug, name, count)
                for slug, name, kind, count in rows
                if (kind == "provincie") is provinces
            ],
        )

    facet(
        "arrangement",
        _("Arrangement"),
        [
            FacetValue(
                str(row["arrangement_id"]),
                f"{row['arrangement__title']} ({row['arrangement__year']})",
                row["n"],
            )
            for row in counter.grouped(
                "arrangement", "arrangement_id", "arrangement__title", "arrangement__year"
            )
        ],
    )
    facet(
        "jaar",
        _("Year"),
        sorted(
            (
                FacetValue(str(row["arrangement__year"]), str(row["arrangement__year"]), row["n"])
                for row in counter.grouped("jaar", "arrangement__year")
            ),
            key=lambda v: v.value,
            reverse=True,
        ),
        keep_order=True,
    )
    facet(
        "generatie",
        _("Generation"),
        sorted(
            (
                FacetValue(
                    str(row["arrangement__generation"]),
                    _("generation %(number)s") % {"number": row["arrangement__generation"]},
                    row["n"],
                )
                for row in counter.grouped("generatie", "arrangement__generation")
            ),
            key=lambda v: int(v.value),
        ),
        keep_order=True,
    )
    facet(
        "hoofdstuk",
        _("Chapter"),
        sorted(
            (
                FacetValue(
                    row["chapter"],
                    f"{row['chapter']} {row['title'] or ''}".strip(),
                    row["n"],
                )
                for row in counter.grouped("hoofdstuk", "chapter", title=Max("chapter_title"))
                if row["chapter"]
            ),
            key=lambda v: _natural(v.value),
        ),
        keep_order=True,
    )
    type_counts = counter.base("type").aggregate(
        **{value: Count("pk", filter=_type_condition(value)) for value in AgreementType.values}
    )
    facet(
        "type",
        _("Type"),
        [
            FacetValue(value, str(label), type_counts[value])
            for value, label in AgreementType.choices
            if type_counts[value]
        ],
        keep_order=True,
    )
    facet("departement", _("Department"), _department_values(counter))
    facet(
        "partij",
        _("Party"),
        [
            FacetValue(slug, name, count)
            for slug, name, count in counter.union(
                "partij", _party_branches(), Organisation._meta.db_table, ("slug", "name")
            )
        ],
    )
    status_labels = dict(AgreementStatus.choices)
    facet(
        "status",
        _("Status"),
        [
            FacetValue(
                row["status"], str(status_labels.get(row["status"], row["status"])), row["n"]
            )
            for row in counter.grouped("status", "status")
        ],
    )
    review_labels = dict(ReviewState.choices)
    facet(
        "beoordeling",
        _("Review state"),
        [
            FacetValue(
                row["review_state"],
                str(review_labels.get(row["review_state"], row["review_state"])),
                row["n"],
            )
            for row in counter.grouped("beoordeling", "review_state")
        ],
    )
    facet(
        "document",
        _("Source document"),
        [
            FacetValue(str(pk), f"{title} ({plain(as_date(date))})" if date else title, count)
            for pk, title, date, count in counter.union(
                "document", _document_branches(), Document._meta.db_table, ("id", "title", "date")
            )
        ],
    )
    return facets


def _department_values(counter: FacetCounter) -> list[FacetValue]:
    """Named departments, plus every ministry for agreements of *all departments*."""
    ids = counter.ids("departement")
    through = Agreement.departments.through.objects.filter(agreement__all_departments=False)
    if ids is not None:
        through = through.filter(agreement_id__in=ids)
    named = dict(
        through.order_by()
        .values("organisation_id")
        .annotate(n=Count("agreement_id"))
        .values_list("organisation_id", "n")
    )
    everyone = counter.base("departement").filter(all_departments=True).count()
    ministries = Organisation.objects.filter(kind=OrganisationKind.MINISTRY).values_list(
        "pk", "slug", "abbreviation", "name"
    )
    values = [
        FacetValue(slug, abbreviation or name, named.get(pk, 0) + everyone)
        for pk, slug, abbreviation, name in ministries
    ]
    return [value for value in values if value.count]


def _natural(text: str) -> tuple:
    """ "2.10" after "2.9": numbers compare as numbers."""
    parts: list[tuple[int, int | str]] = []
    for part in text.replace("-", ".").split("."):
        parts.append((0, int(part)) if part.isdigit() else (1, part))
    return tuple(parts)


def as_date(value: object) -> object:
    """Raw SQL gives SQLite's dates as ISO text."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def plain(value: object) -> str:
    """A value as a chip or facet label shows it: dates the Dutch way (31-12-2026)."""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)
