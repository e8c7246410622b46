"""The facet counts in SQL: per base (the agreements every filter but a facet's own selects)
one read of the selected agreements' columns and one per link table, summed in Python.

Selected agreements (when a filter selects) are read once, with their arrangement and the
columns their facets need; on PostgreSQL their ids and arrangements then go to the link
queries as constant arrays, so the planner knows how many there are. The rules are those of
``register.involvement`` and ``register.filters``; the integration tests check that every
count equals the number of rows the list gives for that value. ``register.facet_index``
gives the same counts from memory; this engine serves when the index is off or cannot be
used (inside a transaction on PostgreSQL).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Model, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.http import QueryDict

from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.organisations.models import Area, AreaReach, Organisation, OrganisationKind
from ruimtemonitor.register.filters import AgreementFilter, filter_names, is_active
from ruimtemonitor.register.models import Agreement, AgreementType, Arrangement, Commitment

#: The facets' parameters, in the order of the panel.
FACET_PARAMS = (
    "provincie",
    "gebied",
    "arrangement",
    "jaar",
    "generatie",
    "hoofdstuk",
    "type",
    "departement",
    "partij",
    "status",
    "beoordeling",
    "document",
)


class FacetCounter:
    """The base of each facet: the agreements every filter except the facet's own selects.

    Each facet ignores its own parameter, so its values show what choosing another one would
    give.
    """

    def __init__(self, query: QueryDict) -> None:
        self.query = query

    def key(self, param: str) -> tuple:
        """What ``selected(param)`` depends on: equal keys mean the same selection."""
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

    def selected(self, param: str) -> QuerySet | None:
        """The agreements the filters except ``param`` select; None when nothing else filters."""
        if not is_active(self.query, without=[param]):
            return None
        data = self.query.copy()
        for key in (param, "sorteer"):
            data.pop(key, None)
        return AgreementFilter(data=data, queryset=Agreement.objects.all()).qs.order_by()


class References:
    """The small tables facet values are named and reached by, each read once per panel and
    only when a facet needs it."""

    def __init__(self) -> None:
        self._loaded: dict[str, Any] = {}

    def _once(self, name: str, load: Any) -> Any:
        if name not in self._loaded:
            self._loaded[name] = load()
        return self._loaded[name]

    @property
    def arrangements(self) -> dict[int, tuple]:
        """id -> (title, year, generation, area id, document id)."""
        return self._once(
            "arrangements",
            lambda: _by_id(
                Arrangement.objects.order_by(),
                "title",
                "year",
                "generation",
                "area_id",
                "document_id",
            ),
        )

    @property
    def reach(self) -> dict[int, frozenset[int]]:
        """area id -> the areas whose reach holds it (``organisations.AreaReach``)."""
        return self._once(
            "reach",
            lambda: _grouped(AreaReach.objects.order_by().values_list("part_id", "area_id")),
        )

    @property
    def areas(self) -> dict[int, tuple[str, str, str]]:
        """id -> (slug, name, kind)."""
        return self._once("areas", lambda: _by_id(Area.objects.order_by(), "slug", "name", "kind"))

    @property
    def organisations(self) -> dict[int, tuple[str, str, str, str]]:
        """id -> (slug, name, kind, abbreviation), in the organisations' own order."""
        return self._once(
            "organisations",
            lambda: _by_id(Organisation.objects, "slug", "name", "kind", "abbreviation"),
        )

    @property
    def signers(self) -> dict[int, frozenset[int]]:
        """arrangement id -> the organisations that signed it."""
        return self._once(
            "signers",
            lambda: _grouped(
                Arrangement.parties.through.objects.order_by().values_list(
                    "arrangement_id", "organisation_id"
                )
            ),
        )

    @property
    def documents(self) -> dict[int, tuple]:
        """id -> (title, date, parent id)."""
        return self._once(
            "documents", lambda: _by_id(Document.objects.order_by(), "title", "date", "parent_id")
        )


def _by_id(queryset: QuerySet, *columns: str) -> dict[int, Any]:
    """id -> the row's other ``columns``, in one query."""
    return {pk: rest for pk, *rest in queryset.values_list("pk", *columns)}


def _grouped(pairs: Iterable[tuple[int, int]]) -> dict[int, frozenset[int]]:
    """The ``(key, value)`` rows of a link table as key -> every value linked to it."""
    found: dict[int, set[int]] = defaultdict(set)
    for key, value in pairs:
        found[key].add(value)
    return {key: frozenset(values) for key, values in found.items()}


#: The agreement columns a facet counts by, beside the arrangement every facet needs.
COLUMNS = {
    "status": ("status",),
    "beoordeling": ("review_state",),
    "hoofdstuk": ("chapter", "chapter_title"),
    "departement": ("all_departments",),
    "type": ("types_text",),
    "document": ("source_passage_id",),
}
#: Facets that count an agreement's links or its passage's letter.
LINKED = {"provincie", "gebied", "departement", "partij", "document"}


def _fetch(queryset: QuerySet) -> list[tuple]:
    """The rows of a ``values_list`` query as the database driver gives them: no model
    field converters per row (the counts need none). A query that selects nothing by its
    conditions (``pk__in=[]``) has no SQL: it gives no rows."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _array(values: Iterable[int]) -> str:
    """A PostgreSQL array literal of ids (much cheaper to pass than a list adapted per item)."""
    return "{" + ",".join(map(str, values)) + "}"


@dataclass(frozen=True)
class Source:
    """A link table read for a facet: ``column`` per agreement, where ``condition`` holds
    (SQL on the link table, aliased ``t``)."""

    model: type[Model]
    column: str
    condition: str = ""
    params: tuple = ()


class Base:
    """The agreements of one base and the counts of the facets that count over it.

    Selected agreements (when a filter selects) are read once, with their arrangement and
    the columns their facets need; on PostgreSQL their ids and arrangements then go to the
    link queries as constant arrays, so the planner knows how many there are (given the
    repeated filter instead, it guessed ten times too many and scanned whole link tables).
    Links are counted per combination of arrangement and linked values, on PostgreSQL in the
    database, so only those combinations come back. Without a filter, one grouped query
    counts the columns and the link queries join the agreements table.
    """

    def __init__(self, selected: QuerySet | None, params: Iterable[str], refs: References) -> None:
        self.params = set(params)
        self.refs = refs
        self.postgresql = connection.vendor == "postgresql"
        self.restricted = selected is not None
        queryset = Agreement.objects.order_by() if selected is None else selected
        self.subquery = None if selected is None else selected.values("pk")
        columns = ["arrangement_id"]
        for param in FACET_PARAMS:
            if param in self.params:
                columns += COLUMNS.get(param, ())
        self.passage = "source_passage_id" if self.restricted else "source_passage__document_id"
        columns = [self.passage if name == "source_passage_id" else name for name in columns]
        if "types_text" in columns:
            queryset = queryset.annotate(types_text=Cast("types", TextField()))
        self.queryset = queryset
        # Positions in a row of ``self.rows``: (id, arrangement, columns…).
        self.columns = {name: position + 1 for position, name in enumerate(columns)}
        self.rows: list[tuple] = []
        self.per_agreement = self.restricted and bool(self.params & LINKED)
        if self.per_agreement:
            self.rows = _fetch(queryset.values_list("pk", *columns))
        elif self.restricted:
            # One grouped query with every column; each facet sums its own from it.
            grouped = queryset.values_list(*columns).annotate(n=Count("pk")).order_by()
            self.rows = [(None, *row) for row in _fetch(grouped)]
        self._groups: dict[tuple[str, ...], list[tuple]] = {}
        self.per_arrangement: Counter[int] = Counter()
        for row in self.group():
            self.per_arrangement[row[0]] += row[-1]

    def group(self, *columns: str) -> list[tuple]:
        """``(arrangement, columns…, agreements)`` per combination: summed from the rows
        read, or (without a filter) counted by the database, one grouped query each."""
        if columns not in self._groups:
            if self.restricted:
                positions = [1, *(self.columns[name] for name in columns)]
                counted: Counter[tuple] = Counter()
                weighted = not self.per_agreement  # grouped rows end with their count
                for row in self.rows:
                    counted[tuple(row[p] for p in positions)] += row[-1] if weighted else 1
                self._groups[columns] = [(*key, n) for key, n in counted.items()]
            else:
                grouped = self.queryset.values_list("arrangement_id", *columns)
                self._groups[columns] = _fetch(grouped.annotate(n=Count("pk")).order_by())
        return self._groups[columns]

    def total(self, column: str, test: Any = None) -> Counter[Any]:
        """Selected agreements per value of ``column`` (or of ``test(value)``)."""
        counts: Counter[Any] = Counter()
        for _arrangement, value, n in self.group(column):
            counts[value if test is None else test(value)] += n
        return counts

    def _select(self, source: Source, *, named_departments: bool = False) -> tuple[str, list[Any]]:
        """``agreement, arrangement, value`` of a link table for the selected agreements
        (with ``named_departments`` only those not made with all departments)."""
        quote = connection.ops.quote_name
        model = source.model
        agreement = "t." + quote(model._meta.get_field("agreement").column)
        value = "t." + quote(model._meta.get_field(source.column).column)
        where = [source.condition] if source.condition else []
        params: list[Any] = []
        if self.restricted and self.postgresql:
            selected = f"unnest(%s::bigint[], %s::bigint[]) AS s(id, {quote('arrangement_id')})"
            rows = self.rows
            if named_departments:
                position = self.columns["all_departments"]
                rows = [row for row in rows if not row[position]]
            params += [_array(row[0] for row in rows), _array(row[1] for row in rows)]
        else:
            selected = f"{quote(Agreement._meta.db_table)} s"
            if named_departments:
                where.append(f"NOT s.{quote('all_departments')}")
        params += source.params
        if self.subquery is not None and not self.postgresql:
            try:
                sql, subparams = self.subquery.query.sql_with_params()
            except EmptyResultSet:  # the filters select nothing (``pk__in=[]``)
                sql, subparams = "SELECT NULL WHERE 1 = 0", ()
            where.append(f"{agreement} IN ({sql})")
            params += subparams
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        statement = (
            f"SELECT {agreement} AS agreement, s.{quote('arrangement_id')} AS arrangement, "
            f"{value} AS value FROM {quote(model._meta.db_table)} t "
            f"JOIN {selected} ON s.id = {agreement}{clause}"
        )
        return statement, params

    def combinations(self, *sources: Source) -> list[tuple[int, frozenset[int], int]]:
        """``(arrangement, linked values, agreements)``: how many selected agreements of
        each arrangement have exactly these values (in any of ``sources``)."""
        parts, params = [], []
        for source in sources:
            sql, more = self._select(source)
            parts.append(sql)
            params += more
        union = " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            if self.postgresql:
                cursor.execute(
                    "SELECT arrangement, links, COUNT(*) FROM ("
                    "SELECT agreement, arrangement, array_agg(DISTINCT value) AS links "
                    f"FROM ({union}) u GROUP BY agreement, arrangement) x "
                    "GROUP BY arrangement, links",
                    params,
                )
                return [(arr, frozenset(links), n) for arr, links, n in cursor.fetchall()]
            cursor.execute(union, params)
            rows = cursor.fetchall()
        own: dict[int, set[int]] = defaultdict(set)
        arrangement_of: dict[int, int] = {}
        for agreement, arrangement, value in rows:
            own[agreement].add(value)
            arrangement_of[agreement] = arrangement
        alike = Counter((arrangement_of[pk], frozenset(values)) for pk, values in own.items())
        return [(arrangement, values, n) for (arrangement, values), n in alike.items()]

    def by_arrangement(self, values: dict[int, Iterable[int]]) -> Counter[int]:
        """Counts of what each agreement has through its arrangement (``values``)."""
        counts: Counter[int] = Counter()
        for arrangement, n in self.per_arrangement.items():
            for value in values.get(arrangement, ()):
                counts[value] += n
        return counts

    @staticmethod
    def add_own(
        counts: Counter[int],
        combinations: Iterable[tuple[int, frozenset[int], int]],
        inherited: dict[int, frozenset[int]],
        expand: dict[int, frozenset[int]] | None = None,
    ) -> None:
        """Add each agreement's own values once per agreement, leaving out those its
        arrangement already gave it (``inherited``: arrangement id -> values). ``expand``
        maps a linked value to the values it counts for (an area to the areas whose reach
        holds it)."""
        empty: frozenset[int] = frozenset()
        for arrangement, values, n in combinations:
            reached: set[int] = set()
            for value in values:
                reached.update(expand.get(value, empty) if expand is not None else (value,))
            for value in reached - inherited.get(arrangement, empty):
                counts[value] += n

    # -- the counts, by facet ------------------------------------------------------------

    def areas(self) -> Counter[int]:
        """Every area whose reach holds the arrangement's area or one of the agreement's own
        areas: the rule of ``register.involvement.agreements_in_area``."""
        reach = self.refs.reach
        empty: frozenset[int] = frozenset()
        arrangement_reach = {
            pk: reach.get(values[3], empty) for pk, values in self.refs.arrangements.items()
        }
        counts = self.by_arrangement(arrangement_reach)
        own = self.combinations(Source(Agreement.areas.through, "area"))
        self.add_own(counts, own, arrangement_reach, reach)
        return counts

    def parties(self) -> Counter[int]:
        """Parties that sign the arrangement, are named in the agreement or own one of its
        commitments: the rule of ``register.involvement.PARTY_PATHS``."""
        signers = self.refs.signers
        counts = self.by_arrangement(signers)
        owner = connection.ops.quote_name(Commitment._meta.get_field("owner").column)
        own = self.combinations(
            Source(Agreement.parties.through, "organisation"),
            Source(Commitment, "owner", f"t.{owner} IS NOT NULL"),
        )
        self.add_own(counts, own, signers)
        return counts

    def departments(self) -> Counter[int]:
        """Named departments, plus every ministry for agreements of *all departments*."""
        source = Source(Agreement.departments.through, "organisation")
        select, more = self._select(source, named_departments=True)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT value, COUNT(*) FROM ({select}) d GROUP BY value", more)
            named = dict(cursor.fetchall())
        everyone = self.total("all_departments", bool)[True]
        ministries = [
            pk
            for pk, values in self.refs.organisations.items()
            if values[2] == OrganisationKind.MINISTRY
        ]
        counts = {pk: named.get(pk, 0) + everyone for pk in ministries}
        return Counter({pk: n for pk, n in counts.items() if n})

    def documents(self) -> Counter[int]:
        """The arrangement's letter, the letter of the agreement's passage and that letter's
        file; an agreement has one of each, and the arrangement's letter counts once."""
        arrangements = self.refs.arrangements
        documents = self.refs.documents
        counts = self.by_arrangement(
            {pk: (values[4],) for pk, values in arrangements.items() if values[4] is not None}
        )
        letters = self.passage_documents() if self.restricted else None
        for row in self.group(self.passage):
            letter, n = row[1], row[-1]
            if letters is not None:
                letter = letters.get(letter)
            if letter is None:
                continue
            own = arrangements.get(row[0], (None,) * 5)[4] or 0
            if letter != own:
                counts[letter] += n
            parent = documents.get(letter, (None, None, None))[2]
            if parent is not None and parent != own:
                counts[parent] += n
        return counts

    def passage_documents(self) -> dict[int, int]:
        """passage id -> its document, for the selected agreements' passages."""
        passages = Passage.objects.order_by()
        if self.postgresql:
            position = self.columns[self.passage]
            wanted = {row[position] for row in self.rows if row[position] is not None}
            sql = RawSQL("SELECT unnest(%s::bigint[])", [_array(wanted)])
            passages = passages.filter(pk__in=sql)
        else:
            chosen = Agreement.objects.filter(pk__in=self.subquery)
            passages = passages.filter(pk__in=chosen.values("source_passage_id"))
        return dict(_fetch(passages.values_list("pk", "document_id")))

    def types(self) -> Counter[str]:
        """Agreements per type, the stored list read as text (as the SQLite filter does)."""
        counts: Counter[str] = Counter()
        for text, n in self.total("types_text").items():
            for value in AgreementType.values:
                if text and f'"{value}"' in text:
                    counts[value] += n
        return counts

    def chapters(self) -> dict[str, tuple[int, str | None]]:
        """chapter -> (count, the greatest chapter title, as SQL's MAX would give)."""
        return chapter_counts(
            (chapter, title, n)
            for _arrangement, chapter, title, n in self.group("chapter", "chapter_title")
        )


def chapter_counts(
    rows: Iterable[tuple[str, str | None, int]],
) -> dict[str, tuple[int, str | None]]:
    """(chapter, title, count) rows merged into chapter -> (count, the greatest title), rows
    without a chapter left out: one rule, so the in-memory index and SQL count alike."""
    found: dict[str, list] = {}
    for chapter, title, n in rows:
        if not chapter:
            continue
        entry = found.setdefault(chapter, [0, None])
        entry[0] += n
        if title is not None and (entry[1] is None or title > entry[1]):
            entry[1] = title
    return {key: (n, title) for key, (n, title) in found.items()}
