"""Values derived from the register, kept until it changes: facet panels, rendered panels
and the totals of the list pages, cached under the register's version (``register.version``).

A write to any watched table gives the register a new version, so a kept value is never
served for a state of the register it does not describe; old entries simply expire.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import QuerySet
from django.utils.translation import get_language

from ruimtemonitor.register import version

T = TypeVar("T")

#: Seconds a kept value lives; a write to the register retires it sooner (a new version).
CACHE_SECONDS = 3600


def versioned(name: str, parts: str, compute: Callable[[], T]) -> T:
    """``compute()``, cached per register version, language and ``parts``.

    The version is read before computing and again after: the value is kept only when no
    write committed in between, so a cached value always describes one state of the
    register. Inside a transaction nothing is cached (it may see its own uncommitted
    writes, which the version does not show yet on PostgreSQL).
    """
    if not settings.FACET_CACHE or connection.in_atomic_block:
        return compute()
    token = version.current()
    if token is None:
        return compute()
    digest = hashlib.sha256(parts.encode()).hexdigest()[:32]
    key = f"{name}:{token}:{get_language()}:{digest}"
    found = cache.get(key)
    if found is not None:
        return found
    value = compute()
    if version.current() == token:
        cache.set(key, value, CACHE_SECONDS)
    return value


def total(queryset: QuerySet) -> int:
    """``queryset.count()``, kept per register version and statement.

    Only for querysets over the tables the version watches (agreements and what their
    filters read): the count of a selection of 40,000 agreements costs 10–30 ms on every
    page of it, the cached one a cache read.
    """
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        # A condition that selects nothing (``pk__in=[]``, ``none()``): Django builds no SQL
        # for it, and its count is 0 in every version.
        return 0

    def count() -> int:
        # The statement just built, counted as it stands: ``queryset.count()`` would build
        # it again (1–2 ms of a cold page; the plan is the same, the subquery is flattened).
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS counted", params)
            return int(cursor.fetchone()[0])

    return versioned("total", f"{sql}\x00{params!r}", count)


class VersionedCount:
    """A queryset whose ``count()`` is ``total()``: for ``Paginator`` and the API's pages,
    which call ``count()`` and slice."""

    def __init__(self, queryset: QuerySet) -> None:
        self.queryset = queryset

    def count(self) -> int:
        return total(self.queryset)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice | int) -> object:
        return self.queryset[index]

    def __getattr__(self, name: str) -> object:
        return getattr(self.queryset, name)
