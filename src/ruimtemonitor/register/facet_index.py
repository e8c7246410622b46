"""The facet index: per register version, every agreement's facet values, kept in memory.

Counting a facet panel in SQL reads the links of every selected agreement (tens of
thousands for a province or a status) on every new selection. The index reads all of
them once per register version (``register.version``) and gives each agreement, per
facet, a small number naming its set of values (its *signature*: many agreements share
one). A base then costs one read of its agreements' ids; its counts are a tally of
signatures (``collections.Counter`` over a list, in C) expanded to the values of each
distinct signature. The values follow the rules of ``register.facet_sql`` (and so of
``register.involvement``): the tests compare both engines' panels.

Each process keeps one index, for the newest version it has seen; the first panel after a
write rebuilds it (a few seconds at 100,000 agreements) while other requests wait for it.
``RUIMTEMONITOR_FACET_INDEX=false`` counts in SQL instead.
"""

from __future__ import annotations

import threading
from array import array
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet, TextField
from django.db.models.functions import Cast

from ruimtemonitor.organisations.models import OrganisationKind
from ruimtemonitor.register import version
from ruimtemonitor.register.facet_sql import References, _fetch, _grouped, chapter_counts
from ruimtemonitor.register.models import Agreement, AgreementType, Commitment

#: The kinds of values an agreement is counted by; each facet reads one (two for chapters).
KINDS = (
    "arrangement",
    "areas",
    "parties",
    "departments",
    "documents",
    "types",
    "chapter",
    "status",
    "review_state",
)
EMPTY: frozenset[int] = frozenset()


@dataclass
class FacetIndex:
    """Per kind, each agreement's signature (by its position) and what each one stands for."""

    token: str
    refs: References
    position: dict[int, int] = field(default_factory=dict)
    # Arrays, not lists: the garbage collector does not visit their numbers, so its full
    # collections do not walk 100,000 of them per kind (10–12 ms each; docs/performance.md,
    # 6 December 2026).
    signatures: dict[str, array[int]] = field(default_factory=dict)
    keys: dict[str, list[Hashable]] = field(default_factory=dict)
    _everything: dict[str, Counter[int]] = field(default_factory=dict)

    def tally(self, kind: str, positions: list[int] | None) -> Counter[int]:
        """Agreements per signature of ``kind``: of those at ``positions``, or of all."""
        if positions is None:
            if kind not in self._everything:
                self._everything[kind] = Counter(self.signatures[kind])
            return self._everything[kind]
        return Counter(map(self.signatures[kind].__getitem__, positions))

    def positions(self, ids: Iterable[int]) -> list[int]:
        """The index positions of agreement ``ids`` (an id newer than the index is left out:
        its version then differs, and the panel is not kept)."""
        found = map(self.position.get, ids)
        return [position for position in found if position is not None]


def _numbered(keys: Iterable[Hashable]) -> tuple[list[int], list[Hashable]]:
    """Each key's signature (equal keys, equal numbers) and the key of each signature."""
    numbers: dict[Hashable, int] = {}
    signatures = [numbers.setdefault(key, len(numbers)) for key in keys]
    return signatures, list(numbers)


def _memo(compute: Any) -> Any:
    """``compute(*inputs)`` once per distinct inputs: most agreements share theirs."""
    found: dict[tuple, Any] = {}

    def once(*inputs: Any) -> Any:
        value = found.get(inputs)
        if value is None:
            value = found[inputs] = compute(*inputs)
        return value

    return once


def build(token: str) -> FacetIndex:
    """Read every agreement's facet values (a few seconds at 100,000 agreements)."""
    refs = References()
    arrangements, reach, signers = refs.arrangements, refs.reach, refs.signers
    documents = refs.documents
    ministries = frozenset(
        pk for pk, row in refs.organisations.items() if row[2] == OrganisationKind.MINISTRY
    )
    own_areas = _grouped(
        _rows(Agreement.areas.through.objects.values_list("agreement_id", "area_id"))
    )
    own_parties = _grouped(
        _rows(Agreement.parties.through.objects.values_list("agreement_id", "organisation_id"))
    )
    owners = _grouped(
        _rows(
            Commitment.objects.filter(owner__isnull=False)
            .values_list("agreement_id", "owner_id")
            .distinct()
        )
    )
    named = _grouped(
        _rows(Agreement.departments.through.objects.values_list("agreement_id", "organisation_id"))
    )
    rows = _rows(
        Agreement.objects.annotate(types_text=Cast("types", TextField())).values_list(
            "pk",
            "arrangement_id",
            "status",
            "review_state",
            "chapter",
            "chapter_title",
            "all_departments",
            "types_text",
            "source_passage__document_id",
        )
    )
    type_values = list(AgreementType.values)
    arrangement_reach: dict[int | None, frozenset[int]] = {
        pk: reach.get(row[3], EMPTY) for pk, row in arrangements.items()
    }

    @_memo
    def areas_of(arrangement: int | None, own: frozenset[int]) -> frozenset[int]:
        found = set(arrangement_reach.get(arrangement, EMPTY))
        for area in own:
            found.update(reach.get(area, EMPTY))
        return frozenset(found)

    @_memo
    def parties_of(arrangement: int | None, named: frozenset[int], owning: frozenset[int]):
        return signers.get(arrangement, EMPTY) | named | owning

    @_memo
    def departments_of(everyone: bool, own: frozenset[int]) -> frozenset[int]:
        return ministries if everyone else own & ministries

    @_memo
    def documents_of(arrangement: int | None, letter: int | None) -> frozenset[int]:
        own_letter = arrangements[arrangement][4] if arrangement in arrangements else None
        parent = documents[letter][2] if letter in documents else None
        return frozenset({own_letter, letter, parent} - {None})

    @_memo
    def types_of(text: str | None) -> tuple[str, ...]:
        return tuple(value for value in type_values if text and f'"{value}"' in text)

    ids = [row[0] for row in rows]
    keys: dict[str, list[Hashable]] = {
        "arrangement": [row[1] for row in rows],
        "status": [row[2] for row in rows],
        "review_state": [row[3] for row in rows],
        "chapter": [(row[4], row[5]) for row in rows],
        "types": [types_of(row[7]) for row in rows],
        "areas": [areas_of(row[1], own_areas.get(row[0], EMPTY)) for row in rows],
        "parties": [
            parties_of(row[1], own_parties.get(row[0], EMPTY), owners.get(row[0], EMPTY))
            for row in rows
        ],
        "departments": [departments_of(bool(row[6]), named.get(row[0], EMPTY)) for row in rows],
        "documents": [documents_of(row[1], row[8]) for row in rows],
    }
    index = FacetIndex(token, refs, position={pk: n for n, pk in enumerate(ids)})
    for kind in KINDS:
        numbers, index.keys[kind] = _numbered(keys.pop(kind))
        index.signatures[kind] = array("q", numbers)
    return index


def _rows(queryset: QuerySet) -> list[tuple]:
    return _fetch(queryset.order_by())


class IndexedBase:
    """The counts of one base from the index: the interface of ``facet_sql.Base``."""

    def __init__(self, index: FacetIndex, selected: QuerySet | None) -> None:
        self.index = index
        self.refs = index.refs
        if selected is None:
            self.positions: list[int] | None = None
        else:
            ids = _fetch(selected.values_list("pk"))
            self.positions = index.positions(row[0] for row in ids)
        self.per_arrangement: Counter[int] = self._scalars("arrangement")

    def _scalars(self, kind: str) -> Counter[Any]:
        keys = self.index.keys[kind]
        counts: Counter[Any] = Counter()
        for signature, n in self.index.tally(kind, self.positions).items():
            counts[keys[signature]] += n
        return counts

    def _sets(self, kind: str) -> Counter[Any]:
        keys = self.index.keys[kind]
        counts: Counter[Any] = Counter()
        for signature, n in self.index.tally(kind, self.positions).items():
            for value in keys[signature]:  # type: ignore[union-attr]
                counts[value] += n
        return counts

    def areas(self) -> Counter[int]:
        return self._sets("areas")

    def parties(self) -> Counter[int]:
        return self._sets("parties")

    def departments(self) -> Counter[int]:
        return self._sets("departments")

    def documents(self) -> Counter[int]:
        return self._sets("documents")

    def types(self) -> Counter[str]:
        return self._sets("types")

    def total(self, column: str) -> Counter[Any]:
        return self._scalars(column)

    def chapters(self) -> dict[str, tuple[int, str | None]]:
        """chapter -> (count, the greatest chapter title), as ``facet_sql.Base`` gives."""
        return chapter_counts(
            (chapter, title, n) for (chapter, title), n in self._scalars("chapter").items()
        )


_lock = threading.Lock()
_current: FacetIndex | None = None


def current_index() -> FacetIndex | None:
    """The index of the register's current version, built when there is none yet; None when
    it may not be used: switched off, no version kept, or inside a transaction on
    PostgreSQL (whose own writes the version does not show before the commit)."""
    global _current
    if not settings.FACET_INDEX:
        return None
    if connection.in_atomic_block and connection.vendor != "sqlite":
        return None
    token = version.current()
    if token is None:
        return None
    found = _current
    if found is not None and found.token == token:
        return found
    with _lock:
        found = _current
        if found is not None and found.token == token:
            return found
        built = build(token)
        if version.current() == token:  # else a write came in between: use it once only
            _current = built
        return built


def forget() -> None:
    """Drop the kept index (tests that change settings or the database underneath)."""
    global _current
    with _lock:
        _current = None
